import { readFileSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
const base = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const a = readFileSync(base + '2025-05-28T00-30-56Z.md', 'utf8'), b = readFileSync(base + '2025-06-16T12-31-49Z.md', 'utf8');
const c = readFileSync(base + '2025-04-23T12-31-08Z.md', 'utf8');
for (let i = 0; i < 6; i++) { const r = analyzePolicyChange(a, b); const r2 = analyzePolicyChange(c, a); console.log(r.stats.ms, r2.stats.ms); }

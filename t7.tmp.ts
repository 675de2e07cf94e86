import { readFileSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
import { resetAnalysisCaches } from './src/analysis/analyze';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const a = readFileSync(dir + '2022-07-11T14-58-05Z.md', 'utf8'), b = readFileSync(dir + '2026-08-22T00-30-50Z.md', 'utf8');
const t: number[] = [];
for (let i = 0; i < 15; i++) { resetAnalysisCaches(); const c0 = process.cpuUsage(); analyzePolicyChange(a, b); t.push(process.cpuUsage(c0).user / 1000); }
console.log(t.map((x) => x.toFixed(0)).join(' '));

import { readFileSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
import { clearPreparedTexts } from './src/analysis/analyze';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const a = readFileSync(dir + '2022-07-11T14-58-05Z.md', 'utf8'), b = readFileSync(dir + '2026-08-22T00-30-50Z.md', 'utf8');
const c = readFileSync(dir + '2025-04-23T12-31-08Z.md', 'utf8'), d = readFileSync(dir + '2025-05-28T00-30-56Z.md', 'utf8');
for (let i = 0; i < 10; i++) { clearPreparedTexts(); analyzePolicyChange(a, b); clearPreparedTexts(); analyzePolicyChange(c, d); }

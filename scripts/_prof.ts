import { readdirSync, readFileSync } from 'node:fs';
import { resetAnalysisCaches } from '../src/analysis/analyze';
import { analyzePolicyChange } from '../src/analysis/index';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const files = readdirSync(dir).sort();
const a = readFileSync(dir + files.find((f) => f.startsWith('2022-07-11')), 'utf8');
const b = readFileSync(dir + files.find((f) => f.startsWith('2026-08-22')), 'utf8');
const times: number[] = [];
const marks: Record<string, number> = {};
for (let i = 0; i < 15; i++) {
  resetAnalysisCaches();
  const t = performance.now();
  const r = analyzePolicyChange(a, b);
  times.push(performance.now() - t);
  if (i === 0) console.log(r.stats, r.flags.length);
}
times.sort((x, y) => x - y);
console.log('median', times[7]?.toFixed(1), JSON.stringify(marks));
console.log(Object.fromEntries(Object.entries((globalThis as any).T).map(([k, v]) => [k, ((v as number) / 15).toFixed(1)])));
console.log(Object.fromEntries(Object.entries((globalThis as any).C).map(([k, v]) => [k, ((v as number) / 15).toFixed(1)])));

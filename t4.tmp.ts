import { readdirSync, readFileSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const texts = readdirSync(dir).sort().map((f) => readFileSync(dir + f, 'utf8'));
for (let run = 0; run < 3; run++) {
  const s = performance.now();
  const times: number[] = [];
  for (let i = 1; i < texts.length; i++) { const t = performance.now(); analyzePolicyChange(texts[i - 1]!, texts[i]!); times.push(performance.now() - t); }
  console.log('series', (performance.now() - s).toFixed(0), 'max', Math.max(...times).toFixed(0), times.map((t) => t.toFixed(0)).join(' '));
}
console.log(process.memoryUsage().heapUsed / 1e6);

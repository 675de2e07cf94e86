import { readFileSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
const [a, b] = process.argv.slice(2);
const base = '/work/shared/corpus/versions/';
const r = analyzePolicyChange(readFileSync(base + a, 'utf8'), readFileSync(base + b, 'utf8'));
console.log(JSON.stringify({ ...r.stats, material: r.material, lang: r.language, capture: r.capture }));
for (const f of r.flags) console.log(`- ${f.severity} ${f.kind}${f.basis ? ':' + f.basis : ''}${f.from ? ' from ' + f.from : ''} ${f.change} | ${f.section.slice(-60)}\n   B: ${(f.before ?? '').slice(0, 160)}\n   A: ${(f.after ?? '').slice(0, 160)}`);

import { readdirSync, readFileSync } from 'node:fs';
import { getLexicon } from '../src/analysis/lexicon';
import { normalizePolicyText } from '../src/analysis/normalize';
import { segment } from '../src/analysis/segment';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const files = readdirSync(dir).sort();
const b = readFileSync(dir + files.find((f) => f.startsWith('2026-08-22')), 'utf8');
const en = getLexicon('en');
const blocks = segment(normalizePolicyText(b), en);
const l = en as any;
const names = ['anyBasis','ai','sensitive','minors','sharing','transfer','retention','objection','automated'];
const counts: Record<string, number> = {};
let t = performance.now();
for (const bl of blocks) for (const n of names) if (l[n].test(bl.text)) counts[n] = (counts[n] ?? 0) + 1;
console.log(blocks.length, counts, (performance.now() - t).toFixed(1));
let none = 0;
for (const bl of blocks) if (!names.some((n) => l[n].test(bl.text))) none++;
console.log('none', none);
for (const n of names) { t = performance.now(); for (let i=0;i<5;i++) for (const bl of blocks) l[n].test(bl.text); console.log(n, ((performance.now()-t)/5).toFixed(2)); }

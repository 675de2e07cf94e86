import { readFileSync } from 'node:fs';
import { normalizePolicyText } from './src/analysis/normalize';
import { segment } from './src/analysis/segment';
import { getLexicon } from './src/analysis/lexicon';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const lex = getLexicon('en');
const a = segment(normalizePolicyText(readFileSync(dir + '2022-07-11T14-58-05Z.md', 'utf8')), lex);
const b = segment(normalizePolicyText(readFileSync(dir + '2026-08-22T00-30-50Z.md', 'utf8')), lex);
for (let r = 0; r < 5; r++) {
  let t = performance.now(); let n = 0;
  const voc = new Map<string, number>();
  for (const blk of [...a, ...b]) { const ids = new Set<number>(); for (const w of blk.key.match(/[\p{L}\p{N}]+/gu) ?? []) { let id = voc.get(w); if (id === undefined) { id = voc.size; voc.set(w, id); } ids.add(id); } n += Int32Array.from(ids).sort().length; }
  console.log('sets', (performance.now() - t).toFixed(1), n);
  t = performance.now();
  let m = 0; for (const blk of [...a, ...b]) m += (blk.key.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  console.log('regex only', (performance.now() - t).toFixed(1), m);
}

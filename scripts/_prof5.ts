import { readdirSync, readFileSync } from 'node:fs';
import { AnyMatcherPretest, getLexicon } from '../src/analysis/lexicon';
import { normalizePolicyText } from '../src/analysis/normalize';
import { segment } from '../src/analysis/segment';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const files = readdirSync(dir).sort();
const b = readFileSync(dir + files.find((f) => f.startsWith('2026-08-22')), 'utf8');
const en = getLexicon('en');
const blocks = segment(normalizePolicyText(b), en).map((x) => `\n${x.text}`);
const l = en as any;
const p = new AnyMatcherPretest(['anyBasis','ai','sensitive','minors','sharing','transfer','retention','objection','automated'].map((n) => l[n]));
for (let r = 0; r < 3; r++) {
const t = performance.now(); let c = 0;
for (const x of blocks) if (p.mayMatch(x)) c++;
console.log('pretest', (performance.now() - t).toFixed(2), c, blocks.length, blocks.reduce((s, x) => s + x.length, 0));
}
console.log((p as any).anchors.source);

import { readdirSync, readFileSync } from 'node:fs';
import { getLexicon } from '../src/analysis/lexicon';
import { normalizePolicyText } from '../src/analysis/normalize';
import { segment } from '../src/analysis/segment';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const files = readdirSync(dir).sort();
const b = readFileSync(dir + files.find((f) => f.startsWith('2026-08-22')), 'utf8');
const en = getLexicon('en');
const blocks = segment(normalizePolicyText(b), en).map((x) => x.text);
const l = en as any;
for (const n of ['sensitive', 'anyBasis', 'ai']) {
  const m = l[n];
  const anchors: RegExp = m.anchors; const full: RegExp = m.patterns[0];
  const fullNoI = new RegExp(full.source, 'u');
  const fullV = new RegExp(full.source.replace(/\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, ''), 'iu');
  const lower = blocks.map((t) => t.toLowerCase());
  const bench = (name: string, f: () => number) => { const t = performance.now(); let c = 0; for (let i = 0; i < 5; i++) c = f(); console.log(n, name, ((performance.now() - t) / 5).toFixed(2), c); };
  bench('anchors', () => lower.filter((t) => anchors.test(t)).length);
  bench('full iu', () => blocks.filter((t) => full.test(t)).length);
  bench('full u lower', () => lower.filter((t) => fullNoI.test(t)).length);
  bench('full iu no lookbehind', () => blocks.filter((t) => fullV.test(t)).length);
  console.log(anchors.source.slice(0, 300));
}

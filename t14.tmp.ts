import { readFileSync } from 'node:fs';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const a = readFileSync(dir + '2025-05-28T00-30-56Z.md', 'utf8');
const LINK = /(!?)\[((?:\\.|[^\\[\]])*)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const tests: Record<string, (s: string) => string> = {
  link: (s) => s.replace(LINK, (_w, i, l) => `[${l}]`),
  ws: (s) => s.replace(/\s+/g, ' '),
  esc: (s) => s.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, '$1'),
  emph: (s) => s.replace(/\*\*|__/g, '').replace(/(^|[\s([{"'/])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[\s)\]}"'.,;:!?/]|$)/g, '$1$2'),
  typo: (s) => s.replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026]/g, (c) => "'"),
  br: (s) => s.replace(/<br\s*\/?>/gi, '\uE001').replace(/<\/?[a-z][^>]*>/gi, ' '),
  foot: (s) => s.replace(/\\?\[\d{1,3}\\?\]/g, ''),
  lines: (s) => s.split('\n').map((l) => /^\s*\|/.test(l) ? l : l).join('\n'),
};
const lines = a.split('\n');
for (const [name, f] of Object.entries(tests)) {
  for (let w = 0; w < 3; w++) for (const l of lines) f(l);
  const t = performance.now();
  for (let r = 0; r < 10; r++) for (const l of lines) f(l);
  console.log(name, ((performance.now() - t) / 10).toFixed(2));
}

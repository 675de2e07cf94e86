import { readFileSync } from 'node:fs';
import { normalizePolicyText } from './src/analysis/normalize';
import { segment } from './src/analysis/segment';
import { getLexicon } from './src/analysis/lexicon';
import { alignBlocks } from './src/analysis/align';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const lex = getLexicon('en');
const a = segment(normalizePolicyText(readFileSync(dir + '2022-07-11T14-58-05Z.md', 'utf8')), lex);
const b = segment(normalizePolicyText(readFileSync(dir + '2026-08-22T00-30-50Z.md', 'utf8')), lex);
for (let i = 0; i < 16; i++) { const c0 = process.cpuUsage(); const s = performance.now(); const r = alignBlocks(a, b, { overBudget: () => false }); console.log((performance.now() - s).toFixed(1), "cpu", (process.cpuUsage(c0).user / 1000).toFixed(1), a.length, b.length, r.pairs.filter(p => p.kind === 'modified').length, r.pairs.filter(p => p.kind === 'equal').length); }

import { readFileSync } from 'node:fs';
import { normalizePolicyText } from './src/analysis/normalize';
import { segment } from './src/analysis/segment';
import { getLexicon } from './src/analysis/lexicon';
import { detectLanguage } from './src/analysis/language';
import { alignBlocks } from './src/analysis/align';
import { assessNormalizedCapture } from './src/analysis/capture';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const a = readFileSync(dir + '2024-12-01T00-30-41Z.md', 'utf8'), b = readFileSync(dir + '2024-12-01T12-30-41Z.md', 'utf8');
const lex = getLexicon('en');
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const na = normalizePolicyText(a); const nb = normalizePolicyText(b);
  const t1 = performance.now();
  detectLanguage(nb); detectLanguage(na);
  const t2 = performance.now();
  assessNormalizedCapture(nb, na);
  const t3 = performance.now();
  const sa = segment(na, lex), sb = segment(nb, lex);
  const t4 = performance.now();
  alignBlocks(sa, sb, { overBudget: () => false });
  const t5 = performance.now();
  console.log('norm', (t1 - t0).toFixed(1), 'lang', (t2 - t1).toFixed(1), 'cap', (t3 - t2).toFixed(1), 'seg', (t4 - t3).toFixed(1), 'align', (t5 - t4).toFixed(1));
}

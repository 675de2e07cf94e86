import { normalizePolicyText } from './src/analysis/normalize';
import { segment } from './src/analysis/segment';
import { getLexicon } from './src/analysis/lexicon';
import { readVersion } from './src/analysis/testing/corpus';
import { basesMentioned } from './src/analysis/lexicon';
const lex = getLexicon('fr');
const blocks = segment(normalizePolicyText(readVersion(process.argv[2]!)), lex);
let last = '';
for (const b of blocks) {
  const bases = basesMentioned(lex, b.text);
  if (b.type !== 'row' && bases.length) console.log(b.index, b.type, JSON.stringify(bases), b.text.slice(0, 140));
  if (b.type === 'row' && `${b.basis}` !== last) { console.log(b.index, 'ROW basis', b.basis, b.section.join(' > ').slice(-80), b.text.slice(0, 80)); last = `${b.basis}`; }
}

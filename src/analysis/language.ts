import { LEXICON_DATA } from './lexicon';
import type { Language } from './types';

const SAMPLE_WORDS = 4_000;

/** The language of a text, by counting each lexicon's stopwords in a sample of its words; English when unsure. */
export function detectLanguage(text: string): Language {
  const words = (
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? []
  ).slice(0, SAMPLE_WORDS);
  let best: Language = 'en';
  let bestCount = 0;
  for (const data of Object.values(LEXICON_DATA)) {
    const stopwords = new Set(data.stopwords);
    let count = 0;
    for (const word of words) if (stopwords.has(word)) count++;
    if (count > bestCount) {
      best = data.language;
      bestCount = count;
    }
  }
  return best;
}

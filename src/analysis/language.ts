import { LEXICON_DATA } from './lexicon';
import type { Language } from './types';

/** About a thousand words: plenty to tell the languages apart, cheap on a 200 KB policy. */
const SAMPLE_CHARS = 8_000;

const STOPWORDS = Object.values(LEXICON_DATA).map((data) => ({
  language: data.language,
  words: new Set(data.stopwords),
}));

/** The language of a text, by counting each lexicon's stopwords in a sample of its words; English when unsure. */
export function detectLanguage(text: string): Language {
  // Skip the first block or two (titles, banners, navigation) when the text is long enough.
  const start = text.length > SAMPLE_CHARS * 2 ? Math.floor(text.length / 4) : 0;
  const words =
    text
      .slice(start, start + SAMPLE_CHARS)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [];
  let best: Language = 'en';
  let bestCount = 0;
  for (const { language, words: stopwords } of STOPWORDS) {
    let count = 0;
    for (const word of words) if (stopwords.has(word)) count++;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

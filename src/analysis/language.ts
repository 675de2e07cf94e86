import { LEXICON_DATA } from './lexicon';
import type { Language } from './types';

/** About a thousand words: plenty to tell the languages apart, cheap on a 200 KB policy. */
const SAMPLE_CHARS = 8_000;

const STOPWORDS = Object.values(LEXICON_DATA).map((data) => ({
  language: data.language,
  words: new Set(data.stopwords),
}));

/**
 * Below this share of a lexicon's stopwords among the sampled words, the text is in none of our languages (a Hindi
 * page: English stopwords only in product names and menus). Real policies in EN/DE/FR run at 25-45 %.
 */
const MIN_STOPWORD_SHARE = 0.08;
const MIN_SAMPLE_WORDS = 40;

/** The language of a text among the ones the analysis reads, or null when it is in another language. */
export function detectSupportedLanguage(text: string): Language | null {
  return languageOf(text).supported;
}

/** detectLanguage and detectSupportedLanguage from one count: `supported` is null for a text in another language. */
export function languageOf(text: string): { language: Language; supported: Language | null } {
  const { language, share, words } = bestLanguage(text);
  // A few words (a title, a stub) say too little to call a text foreign; the capture check judges those.
  return { language, supported: words >= MIN_SAMPLE_WORDS && share < MIN_STOPWORD_SHARE ? null : language };
}

/** The language of a text, by counting each lexicon's stopwords in a sample of its words; English when unsure. */
export function detectLanguage(text: string): Language {
  return bestLanguage(text).language;
}

function bestLanguage(text: string): { language: Language; share: number; words: number } {
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
  return { language: best, share: bestCount / Math.max(1, words.length), words: words.length };
}

import { isPlainLatin, WORD_CLASS } from './latin';
import { LEXICON_DATA } from './lexicon';
import type { Language } from './types';

// The language of a policy, decided over the whole text block by block (one block a line of the normalised text): a
// long cookie table or a list of product names says nothing of the language and does not outvote the prose, wherever
// it stands. Linear in the text; a long text is read in blocks spread evenly over it (about 10,000 words).

const STOPWORDS = Object.values(LEXICON_DATA).map((data) => ({
  language: data.language,
  words: new Set(data.stopwords),
}));

/**
 * Below this share of a lexicon's stopwords among a block's words, the block is in none of our languages (a Hindi
 * paragraph: English stopwords only in product names and menus; a cookie table row). Real policy prose in EN/DE/FR runs
 * at 25-45 %.
 */
const MIN_STOPWORD_SHARE = 0.08;
const MIN_SAMPLE_WORDS = 40;
/** A block this short (a title, a table cell of names) does not vote. */
const MIN_BLOCK_WORDS = 6;
/** The text is in one of our languages when at least this share of its voting words is. */
const MIN_SUPPORTED_SHARE = 0.3;
/** Words read at most, spread over the text, so that a huge text costs no more than a long policy. */
const MAX_WORDS_READ = 10_000;

/** Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): no word to count. */
const UNSPACED_LETTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** About how many letters of such a script make a word, to weigh its blocks against spaced ones. */
const LETTERS_PER_UNSPACED_WORD = 2;
const WORD = /\p{L}+/gu;
/** Words of plain Latin text (latin.ts): the same words, without the slow Unicode class. */
const PLAIN_WORD = new RegExp(`[${WORD_CLASS}]+`, 'g');

interface Tally {
  /** Words of the blocks in each of our languages. */
  words: Map<Language, number>;
  /** Stopwords of each language over the whole text: the best guess when no block votes. */
  stopwords: Map<Language, number>;
  /** Words of voting blocks in none of our languages (scripts without spaces counted by letters). */
  otherWords: number;
  totalWords: number;
}

function tallyBlock(block: string, tally: Tally, plain: boolean): void {
  const unspaced = plain ? 0 : (block.match(UNSPACED_LETTER)?.length ?? 0);
  if (unspaced > 0) {
    const words = Math.ceil(unspaced / LETTERS_PER_UNSPACED_WORD);
    tally.otherWords += words;
    tally.totalWords += words;
  }
  const words = block.toLowerCase().match(plain ? PLAIN_WORD : WORD) ?? [];
  tally.totalWords += words.length;
  let best: Language | null = null;
  let bestCount = 0;
  for (const { language, words: stopwords } of STOPWORDS) {
    let count = 0;
    for (const word of words) if (stopwords.has(word)) count++;
    tally.stopwords.set(language, (tally.stopwords.get(language) ?? 0) + count);
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  if (words.length < MIN_BLOCK_WORDS) return;
  if (best && bestCount / words.length >= MIN_STOPWORD_SHARE)
    tally.words.set(best, (tally.words.get(best) ?? 0) + words.length);
  // A table row without prose (cookie names, hosts, durations) is in no language at all: it does not vote.
  else if (!block.startsWith('|')) tally.otherWords += words.length;
}

function tallyText(text: string): Tally {
  const tally: Tally = { words: new Map(), stopwords: new Map(), otherWords: 0, totalWords: 0 };
  const blocks = text.split('\n');
  // A rough word count per character bounds the blocks read: every n-th block of a very long text.
  const estimatedWords = text.length / 6;
  const stride = Math.max(1, Math.ceil(estimatedWords / MAX_WORDS_READ));
  const plain = isPlainLatin(text);
  for (let index = 0; index < blocks.length; index += stride) {
    const block = blocks[index] as string;
    if (block.trim() !== '') tallyBlock(block, tally, plain);
  }
  return tally;
}

function largest(counts: Map<Language, number>): { language: Language; count: number } {
  let language: Language = 'en';
  let count = 0;
  for (const [candidate, value] of counts) {
    if (value > count) {
      language = candidate;
      count = value;
    }
  }
  return { language, count };
}

/** The language of a text among the ones the analysis reads, or null when it is in another language. */
export function detectSupportedLanguage(text: string): Language | null {
  return languageOf(text).supported;
}

/** detectLanguage and detectSupportedLanguage from one count: `supported` is null for a text in another language. */
export function languageOf(text: string): { language: Language; supported: Language | null } {
  const tally = tallyText(text);
  const byBlocks = largest(tally.words);
  const language = byBlocks.count > 0 ? byBlocks.language : largest(tally.stopwords).language;
  // A few words (a title, a stub) say too little to call a text foreign; the capture check judges those.
  if (tally.totalWords < MIN_SAMPLE_WORDS) return { language, supported: language };
  const voting = byBlocks.count + tally.otherWords;
  const supported = voting > 0 && byBlocks.count / voting >= MIN_SUPPORTED_SHARE ? language : null;
  return { language, supported };
}

/** The language of a text, by the blocks written in each of our languages; English when unsure. */
export function detectLanguage(text: string): Language {
  return languageOf(text).language;
}

/**
 * Most of the text is in a script written without spaces: it has few "words" but is no empty page, it is a language
 * we do not read (capture.ts asks before calling a capture empty).
 */
export function mostlyUnspacedScript(text: string): boolean {
  const unspaced = text.match(UNSPACED_LETTER)?.length ?? 0;
  if (unspaced === 0) return false;
  const spacedWords = text.match(WORD)?.length ?? 0;
  return unspaced / LETTERS_PER_UNSPACED_WORD > spacedWords;
}

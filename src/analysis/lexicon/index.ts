import type { Language, LegalBasis } from '../types';
import { LEGAL_BASES } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { LexiconData, TermList } from './types';

export type { LexiconData, TermList } from './types';

/** Every language the analysis knows. A new language = a new data file here + its tests. */
export const LEXICON_DATA: Record<Language, LexiconData> = { en, de, fr };

const WORD_CHAR = '[\\p{L}\\p{N}]';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termToPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (word === '*') return `${WORD_CHAR}+(?:[-'’]${WORD_CHAR}+)*`;
      const stem = word.endsWith('*') && word.length > 1;
      const body = escapeRegex(stem ? word.slice(0, -1) : word).replace(/['’]/g, "['’]");
      return stem ? `${body}${WORD_CHAR}*` : body;
    })
    .join('\\s+');
}

/**
 * The terms as one global regex that ends at a word end. The start of a word is checked by `nextMatch` rather than by
 * a look-behind: a leading look-behind runs at every position of the text and makes the regex two to three times
 * slower, and this is the classifier's hottest loop.
 */
function compileTerms(terms: string[], flags: string): RegExp | null {
  if (terms.length === 0) return null;
  // Longest first, so that the reported match is the most specific phrase.
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${sorted.map(termToPattern).join('|')})(?!${WORD_CHAR})`, `${flags}g`);
}

const ENDS_WITH_WORD_CHAR = new RegExp(`${WORD_CHAR}$`, 'u');

/** The next match of a compiled term list at or after `from` that starts a word, or null. */
function nextMatch(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // Two code units: a letter outside the Basic Multilingual Plane is a surrogate pair.
    if (match.index === 0 || !ENDS_WITH_WORD_CHAR.test(text.slice(Math.max(0, match.index - 2), match.index))) {
      return match;
    }
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** A compiled term list: whole-word, case-insensitive except for the exact (acronym) terms. */
/**
 * The longest literal run of letters or digits in a term: every match contains it, so a text without any term's
 * anchor cannot match and the (slow, Unicode, case-insensitive) regex need not run.
 */
function anchorOf(term: string, commonWords: ReadonlySet<string> = NO_WORDS): string {
  const runs = term.replace(/\*/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [''];
  // A word found in most paragraphs ("information") rules nothing out: anchor on a rarer word of the term if it has one.
  const telling = runs.filter((run) => !commonWords.has(run.toLowerCase()));
  const candidates = telling.length > 0 ? telling : runs;
  return candidates.reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

const NO_WORDS: ReadonlySet<string> = new Set();

// Every matcher asks for the lower-case form of the same sentence in turn; compute it once.
let lastText = '';
let lastLower = '';
function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

function literalAlternation(words: string[]): RegExp | null {
  return words.length > 0 ? new RegExp([...new Set(words)].map(escapeRegex).join('|')) : null;
}

/**
 * The pre-test of several matchers in one scan: false when no matcher can match the text. A changed block of a large
 * rewrite usually names nothing the classifier looks for, and one scan rules it out instead of one per word list.
 */
export class AnyMatcherPretest {
  private readonly anchors: RegExp | null;
  private readonly exactAnchors: RegExp | null;

  constructor(matchers: Matcher[]) {
    this.anchors = literalAlternation(matchers.flatMap((matcher) => matcher.anchorWords.lower));
    this.exactAnchors = literalAlternation(matchers.flatMap((matcher) => matcher.anchorWords.exact));
  }

  mayMatch(text: string): boolean {
    if (this.exactAnchors?.test(text)) return true;
    return this.anchors?.test(lowerCase(text)) ?? false;
  }
}

export class Matcher {
  /** Global regexes (see compileTerms); only used through nextMatch. */
  private readonly patterns: RegExp[];
  /** Literal alternations (no Unicode classes, no look-behind): fast to reject text that cannot match. */
  private readonly anchors: RegExp | null;
  private readonly exactAnchors: RegExp | null;
  /** The literal anchors (lower case) and the exact ones (as written), to combine several matchers' pre-tests. */
  readonly anchorWords: { lower: string[]; exact: string[] };

  /** `commonWords` (lower case): words too frequent in policies to be a useful anchor. */
  constructor(list: TermList, commonWords: ReadonlySet<string> = NO_WORDS) {
    this.anchorWords = {
      lower: list.terms.map((term) => anchorOf(term, commonWords).toLowerCase()),
      exact: (list.exact ?? []).map((term) => anchorOf(term)),
    };
    this.anchors = literalAlternation(this.anchorWords.lower);
    this.exactAnchors = literalAlternation(this.anchorWords.exact);
    this.patterns = [compileTerms(list.terms, 'iu'), compileTerms(list.exact ?? [], 'u')].filter(
      (pattern): pattern is RegExp => pattern !== null,
    );
  }

  /** Cheap pre-test: could the text contain a match at all? */
  private mayMatch(text: string): boolean {
    if (this.exactAnchors?.test(text)) return true;
    return this.anchors?.test(lowerCase(text)) ?? false;
  }

  test(text: string): boolean {
    return this.mayMatch(text) && this.patterns.some((pattern) => nextMatch(pattern, text, 0) !== null);
  }

  /** Position of the first match, or -1. */
  firstIndex(text: string): number {
    if (!this.mayMatch(text)) return -1;
    let first = -1;
    for (const pattern of this.patterns) {
      const match = nextMatch(pattern, text, 0);
      if (match && (first < 0 || match.index < first)) first = match.index;
    }
    return first;
  }

  /** Every match with its position, in text order. */
  find(text: string): Array<{ index: number; text: string }> {
    const found: Array<{ index: number; text: string }> = [];
    if (!this.mayMatch(text)) return found;
    for (const pattern of this.patterns) {
      for (
        let match = nextMatch(pattern, text, 0);
        match !== null;
        match = nextMatch(pattern, text, pattern.lastIndex)
      ) {
        found.push({ index: match.index, text: match[0] });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

export interface Lexicon {
  language: Language;
  data: LexiconData;
  stopwords: Set<string>;
  basis: Array<{ basis: LegalBasis; matcher: Matcher }>;
  /** Any basis at all: a cheap first test before asking which. */
  anyBasis: Matcher;
  basisStatement: Matcher;
  ai: Matcher;
  train: Matcher;
  develop: Matcher;
  developObject: 'after' | 'either';
  instrumental: Set<string>;
  userData: Matcher;
  sensitive: Matcher;
  minors: Matcher;
  sharing: Matcher;
  sharingExcept: Matcher;
  transfer: Matcher;
  retention: Matcher;
  objection: Matcher;
  automated: Matcher;
  condition: Matcher;
  dateLine: Matcher;
  months: Set<string>;
  abbreviations: string[];
}

export function compileLexicon(data: LexiconData): Lexicon {
  // Function words and the words for user data ("information", "Daten", "données") occur in nearly every paragraph.
  const commonWords = new Set([
    ...data.stopwords.map((word) => word.toLowerCase()),
    ...data.userData.terms.flatMap((term) => term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
  ]);
  const matcher = (list: TermList) => new Matcher(list, commonWords);
  return {
    language: data.language,
    data,
    stopwords: new Set(data.stopwords),
    basis: LEGAL_BASES.map((basis) => ({ basis, matcher: matcher(data.basis[basis]) })),
    anyBasis: matcher({
      terms: LEGAL_BASES.flatMap((basis) => data.basis[basis].terms),
      exact: LEGAL_BASES.flatMap((basis) => data.basis[basis].exact ?? []),
    }),
    basisStatement: matcher(data.basisStatement),
    ai: matcher(data.ai),
    train: matcher(data.train),
    develop: matcher(data.develop),
    developObject: data.developObject,
    instrumental: new Set(data.instrumental),
    userData: matcher(data.userData),
    sensitive: matcher(data.sensitive),
    minors: matcher(data.minors),
    sharing: matcher(data.sharing),
    sharingExcept: matcher(data.sharingExcept),
    transfer: matcher(data.transfer),
    retention: matcher(data.retention),
    objection: matcher(data.objection),
    automated: matcher(data.automated),
    condition: matcher(data.condition),
    dateLine: matcher(data.dateLine),
    months: new Set(data.months),
    abbreviations: data.abbreviations.map((abbreviation) => abbreviation.toLowerCase()),
  };
}

const compiled = new Map<Language, Lexicon>();

/** The compiled lexicon of a language (compiled once, then cached). */
export function getLexicon(language: Language): Lexicon {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    lexicon = compileLexicon(LEXICON_DATA[language]);
    compiled.set(language, lexicon);
  }
  return lexicon;
}

/** The legal bases a text names, in order of first mention, without repeats. */
export function basesMentioned(lexicon: Lexicon, text: string): LegalBasis[] {
  if (!lexicon.anyBasis.test(text)) return [];
  const hits: Array<{ basis: LegalBasis; index: number }> = [];
  for (const { basis, matcher } of lexicon.basis) {
    const index = matcher.firstIndex(text);
    if (index >= 0) hits.push({ basis, index });
  }
  return hits.sort((a, b) => a.index - b.index).map((hit) => hit.basis);
}

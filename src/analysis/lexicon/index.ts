import { isPlainLatin, isWordCode, WORD_CLASS } from '../latin';
import { memoize } from '../memo';
import type { AiDataKind, Language, LegalBasis } from '../types';
import { AI_DATA_KINDS, LEGAL_BASES } from '../types';
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

function termToPattern(term: string, wordChar: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => {
      // Any one word, with the comma that may follow it ("share information, including ..., with").
      if (word === '*') return `${wordChar}+(?:[-'’]${wordChar}+)*,?`;
      const stem = word.endsWith('*') && word.length > 1;
      const body = escapeRegex(stem ? word.slice(0, -1) : word).replace(/['’]/g, "['’]");
      return stem ? `${body}${wordChar}*` : body;
    })
    .join('\\s+');
}

/**
 * The terms as one global regex that ends at a word end. The start of a word is checked by `nextMatch` rather than by
 * a look-behind: a leading look-behind runs at every position of the text and makes the regex two to three times
 * slower, and this is the classifier's hottest loop. `terms` are sorted longest first, so that the reported match is
 * the most specific phrase.
 */
function compileTerms(sorted: string[], flags: string, wordChar: string): RegExp | null {
  if (sorted.length === 0) return null;
  return new RegExp(`(?:${sorted.map((term) => termToPattern(term, wordChar)).join('|')})(?!${wordChar})`, `${flags}g`);
}

const byLengthDescending = (terms: string[]) => [...terms].sort((a, b) => b.length - a.length);

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

/**
 * nextMatch for plain Latin text (see latin.ts): `searched` is the text the pattern runs on (the text itself or its
 * lower case, of the same length), `text` the original, whose code unit before a match tells whether it starts a word.
 */
function nextPlainMatch(pattern: RegExp, searched: string, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let match = pattern.exec(searched); match !== null; match = pattern.exec(searched)) {
    if (match.index === 0 || !isWordCode(text.charCodeAt(match.index - 1))) return match;
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

// Every matcher asks for the lower-case form of the same few texts in turn (a sentence, its changed words, its block),
// and whether each is plain Latin: the last few are kept.
const RECENT = 4;
const recentTexts: string[] = new Array(RECENT).fill('');
const recentLower: string[] = new Array(RECENT).fill('');
const recentPlain: Array<boolean | null> = new Array(RECENT).fill(true);
let recentNext = 0;

function recentSlot(text: string): number {
  for (let slot = 0; slot < RECENT; slot++) if (recentTexts[slot] === text) return slot;
  const slot = recentNext;
  recentNext = (recentNext + 1) % RECENT;
  recentTexts[slot] = text;
  recentLower[slot] = text.toLowerCase();
  recentPlain[slot] = null;
  return slot;
}

function lowerCase(text: string): string {
  return recentLower[recentSlot(text)] as string;
}

function plainLatin(text: string): boolean {
  const slot = recentSlot(text);
  let plain = recentPlain[slot];
  if (plain === null || plain === undefined) {
    plain = isPlainLatin(text);
    recentPlain[slot] = plain;
  }
  return plain;
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

/** A compiled term list for one kind of text: the regex, and whether it runs on the lower-cased text. */
interface CompiledList {
  pattern: RegExp;
  lower: boolean;
}

export class Matcher {
  /** The case-insensitive terms, then the exact ones, longest first (see compileTerms). */
  private readonly terms: string[];
  private readonly exact: string[];
  /** For plain Latin text (latin.ts): no Unicode classes, no case folding. Null when a term is not plain Latin. */
  private readonly plainPatterns: CompiledList[] | null;
  /** For any other text: compiled when first needed (compiling them costs more than most analyses). */
  private unicodePatterns: CompiledList[] | null = null;
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
    this.terms = byLengthDescending(list.terms);
    this.exact = byLengthDescending(list.exact ?? []);
    const plainClass = `[${WORD_CLASS}]`;
    const lowered = this.terms.map((term) => term.toLowerCase());
    this.plainPatterns = [...lowered, ...this.exact].every(isPlainLatin)
      ? compiledLists(compileTerms(lowered, '', plainClass), compileTerms(this.exact, '', plainClass))
      : null;
  }

  /** The regexes for this text, and the text each runs on. */
  private listsFor(text: string): { lists: CompiledList[]; plain: boolean } {
    if (this.plainPatterns && plainLatin(text)) return { lists: this.plainPatterns, plain: true };
    this.unicodePatterns ??= compiledLists(
      compileTerms(this.terms, 'iu', WORD_CHAR),
      compileTerms(this.exact, 'u', WORD_CHAR),
    );
    return { lists: this.unicodePatterns, plain: false };
  }

  /** Cheap pre-test: could the text contain a match at all? */
  private mayMatch(text: string): boolean {
    if (this.exactAnchors?.test(text)) return true;
    return this.anchors?.test(lowerCase(text)) ?? false;
  }

  /** The first match of one list at or after `from` that starts a word. */
  private next(list: CompiledList, plain: boolean, text: string, from: number): RegExpExecArray | null {
    if (!plain) return nextMatch(list.pattern, text, from);
    return nextPlainMatch(list.pattern, list.lower ? lowerCase(text) : text, text, from);
  }

  test(text: string): boolean {
    if (!this.mayMatch(text)) return false;
    const { lists, plain } = this.listsFor(text);
    return lists.some((list) => this.next(list, plain, text, 0) !== null);
  }

  /** Position of the first match, or -1. */
  firstIndex(text: string): number {
    if (!this.mayMatch(text)) return -1;
    const { lists, plain } = this.listsFor(text);
    let first = -1;
    for (const list of lists) {
      const match = this.next(list, plain, text, 0);
      if (match && (first < 0 || match.index < first)) first = match.index;
    }
    return first;
  }

  /** Every match with its position, in text order. */
  find(text: string): Array<{ index: number; text: string }> {
    const found: Array<{ index: number; text: string }> = [];
    if (!this.mayMatch(text)) return found;
    const { lists, plain } = this.listsFor(text);
    for (const list of lists) {
      for (
        let match = this.next(list, plain, text, 0);
        match !== null;
        match = this.next(list, plain, text, list.pattern.lastIndex)
      ) {
        // The match as written (a lower-cased text has the same length).
        found.push({ index: match.index, text: text.slice(match.index, match.index + match[0].length) });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

function compiledLists(caseless: RegExp | null, exact: RegExp | null): CompiledList[] {
  const lists: CompiledList[] = [];
  if (caseless) lists.push({ pattern: caseless, lower: true });
  if (exact) lists.push({ pattern: exact, lower: false });
  return lists;
}

/** The text with every match of `matcher` replaced by spaces (positions kept, so overlapping matches are safe). */
export function blankOut(text: string, matcher: Matcher): string {
  // Built once from the kept runs (rebuilding the text per match was quadratic on "whether or not" repeated).
  const matches = matcher.find(text);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { index, text: found } of matches) {
    const end = index + found.length;
    if (end <= at) continue;
    const start = Math.max(index, at);
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
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
  model: Matcher;
  negation: Matcher;
  negationExcept: Matcher;
  trainedPeople: Matcher;
  aiData: Array<{ kind: AiDataKind; matcher: Matcher }>;
  /** Any AI data kind: a cheap first test. */
  anyAiData: Matcher;
  introduction: Matcher;
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
  articles: Set<string>;
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
    model: matcher(data.model),
    negation: matcher(data.negation),
    negationExcept: matcher(data.negationExcept),
    trainedPeople: matcher(data.trainedPeople),
    aiData: AI_DATA_KINDS.map((kind) => ({ kind, matcher: matcher(data.aiData[kind]) })),
    anyAiData: matcher({
      terms: AI_DATA_KINDS.flatMap((kind) => data.aiData[kind].terms),
      exact: AI_DATA_KINDS.flatMap((kind) => data.aiData[kind].exact ?? []),
    }),
    introduction: matcher(data.introduction),
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
    articles: new Set(data.articles),
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

const ARTICLE_LETTER_BASES: Record<string, LegalBasis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interests',
  e: 'public-task',
  f: 'legitimate-interests',
};

/**
 * Art. 6(1)(a)–(f) GDPR in the ways policies write it, in any of our languages: "Art. 6(1)(f) GDPR", "Article 6 (1) (f)",
 * "Art. 6 Abs. 1 lit. f DSGVO", "Art. 6 Abs. 1 S. 1 lit. f", "article 6, paragraphe 1, point f) du RGPD", "Art. 6.1.f",
 * "Art. 6(1)(a) and (b)". Group 1 is the first letter; the rest are matched by ARTICLE_MORE_LETTERS.
 */
const ARTICLE_SIX =
  /\b(?:Art(?:icle|ikel|\.)?|Artt?\.)\s*6\s*(?:\(\s*1\s*\)|[.,]?\s*(?:Abs(?:atz|\.)?|para(?:graph(?:e)?|\.)?|paragraphe|al(?:inéa|\.)?|§)\s*1|\.\s*1|\s1)\s*(?:,?\s*(?:S(?:atz|\.)|UAbs\.|Unterabs(?:atz|\.))\s*1)?\s*[,.]?\s*(?:(?:lit(?:t|era)?\.?|Buchst(?:abe|\.)?|point|sub)\s*)?\(?\s*([a-f])\s*\)?(?![\p{L}\p{N}])/giu;
const ARTICLE_MORE_LETTERS =
  /^\s*(?:,|and|or|und|oder|bzw\.|et|ou|\/|&)\s*(?:(?:lit(?:t|era)?\.?|Buchst\.?|point)\s*)?\(?\s*([a-f])\s*\)(?![\p{L}\p{N}])/iu;
/** After "lit. a" the further letters may stand bare ("lit. a, b und f"); after "(a)" a bare "a" is an article. */
const ARTICLE_MORE_BARE_LETTERS = /^\s*(?:,|und|oder|bzw\.|et|ou|and|or)\s*([a-f])(?![\p{L}\p{N}])/iu;
const LETTER_KEYWORD = /lit|Buchst|point/i;

/** The bases named only by article (Art. 6(1)(x) GDPR), with where each is named. */
export function articleBases(text: string): Array<{ basis: LegalBasis; index: number }> {
  if (!/art/i.test(text) || !text.includes('6')) return [];
  const hits: Array<{ basis: LegalBasis; index: number }> = [];
  ARTICLE_SIX.lastIndex = 0;
  for (let match = ARTICLE_SIX.exec(text); match !== null; match = ARTICLE_SIX.exec(text)) {
    const first = ARTICLE_LETTER_BASES[(match[1] ?? '').toLowerCase()];
    if (first) hits.push({ basis: first, index: match.index });
    let rest = text.slice(match.index + match[0].length);
    let offset = match.index + match[0].length;
    const nextLetter = LETTER_KEYWORD.test(match[0])
      ? (input: string) => ARTICLE_MORE_LETTERS.exec(input) ?? ARTICLE_MORE_BARE_LETTERS.exec(input)
      : (input: string) => ARTICLE_MORE_LETTERS.exec(input);
    for (let more = nextLetter(rest); more !== null; more = nextLetter(rest)) {
      const basis = ARTICLE_LETTER_BASES[(more[1] ?? '').toLowerCase()];
      if (basis) hits.push({ basis, index: offset });
      offset += more[0].length;
      rest = rest.slice(more[0].length);
    }
  }
  return hits;
}

/**
 * A per-lexicon memo of a pure question about a text: the reading of each version and the classifier ask the same
 * questions about the same sentences, and consecutive versions share nearly all of them.
 */
export function perLexicon<T>(compute: (lexicon: Lexicon, text: string) => T): (lexicon: Lexicon, text: string) => T {
  const memos = new Map<Lexicon, (text: string) => T>();
  return (lexicon, text) => {
    let memo = memos.get(lexicon);
    if (!memo) {
      memo = memoize((input) => compute(lexicon, input));
      memos.set(lexicon, memo);
    }
    return memo(text);
  };
}

/** Where a text names each basis (its first mention), in text order. Shared: callers must not change it. */
const basisHits = perLexicon((lexicon: Lexicon, text: string): ReadonlyArray<{ basis: LegalBasis; index: number }> => {
  const hits = articleBases(text);
  if (lexicon.anyBasis.test(text)) {
    for (const { basis, matcher } of lexicon.basis) {
      const index = matcher.firstIndex(text);
      if (index >= 0) hits.push({ basis, index });
    }
  }
  const seen = new Set<LegalBasis>();
  return hits
    .sort((a, b) => a.index - b.index)
    .filter((hit) => !seen.has(hit.basis) && seen.add(hit.basis) !== undefined);
});

/** The legal bases a text names, by words or by article, in order of first mention, without repeats. Shared. */
export const basesMentioned: (lexicon: Lexicon, text: string) => readonly LegalBasis[] = perLexicon((lexicon, text) =>
  basisHits(lexicon, text).map((hit) => hit.basis),
);

/**
 * The bases a text names, those named after its first statement phrase first: in "where we are unable to process
 * your information on the grounds of contractual necessity, we rely on our legitimate interests" the basis relied on
 * is legitimate interests, not the contract that comes first.
 */
export function basesStated(lexicon: Lexicon, text: string): LegalBasis[] {
  const hits = basisHits(lexicon, text);
  const statementAt = lexicon.basisStatement.firstIndex(text);
  if (statementAt < 0 || hits.length < 2) return hits.map((hit) => hit.basis);
  const after = hits.filter((hit) => hit.index > statementAt);
  return [...new Set([...after, ...hits].map((hit) => hit.basis))];
}

/** The text states that something relies on a basis: a statement phrase, or a basis cited by article. */
export const statesBasis: (lexicon: Lexicon, text: string) => boolean = perLexicon(
  (lexicon, text) => lexicon.basisStatement.test(text) || articleBases(text).length > 0,
);

// Fast paths for text in Latin script, which is nearly every policy we read. Unicode-aware, case-insensitive regexes
// (`[\p{L}\p{N}]` under /iu) are slow to compile (a large lexicon took ~170 ms in a fresh process) and slow to run.
// On text whose every code unit lies in PLAIN_LATIN they can be replaced by plain regexes run on the lower-cased text,
// with the same result: in that range lower-casing maps code unit to code unit, a letter matches a lower-case letter
// under /iu exactly when its lower case is that letter, and WORD_CLASS holds exactly the letters and digits.
// latin.test.ts checks all three over the whole range. Any other text takes the Unicode path.

/**
 * Basic Latin, Latin-1, Latin Extended-A and -B, IPA extensions, general punctuation, currency signs; without U+0130
 * (İ lower-cases to two code units), U+017F (ſ matches "s" under /iu but lower-cases to itself), U+023A and U+023E
 * (their lower cases lie outside the range).
 */
export const PLAIN_LATIN_RANGES =
  '\\0-\\u012f\\u0131-\\u017e\\u0180-\\u0239\\u023b-\\u023d\\u023f-\\u02af\\u2000-\\u206f\\u20a0-\\u20cf';
const NOT_PLAIN = new RegExp(`[^${PLAIN_LATIN_RANGES}]`, 'g');

/**
 * Other code units that change nothing for the fast paths: symbols and marks such as "ⓘ", "™", "✨" or "ﬁ", which are
 * no letter or digit even under case folding, lower-case to themselves and match no plain Latin character under /iu.
 * Judged one by one when first met (rare: 59 of 30,871 corpus blocks have any code unit outside the range).
 */
const harmless = new Map<number, boolean>();
let caselessWord: RegExp | null = null;
let caselessPlain: RegExp | null = null;

function isHarmless(code: number): boolean {
  let known = harmless.get(code);
  if (known === undefined) {
    const char = String.fromCharCode(code);
    caselessWord ??= /[\p{L}\p{N}]/iu;
    caselessPlain ??= new RegExp(`[${PLAIN_LATIN_RANGES}]`, 'iu');
    // A surrogate is half of a character outside the Basic Multilingual Plane, which may be a letter.
    known =
      (code < 0xd800 || code > 0xdfff) &&
      char.toLowerCase() === char &&
      !caselessWord.test(char) &&
      !caselessPlain.test(char);
    harmless.set(code, known);
  }
  return known;
}

/** True when every code unit of the text lies in PLAIN_LATIN_RANGES or is harmless (see isHarmless). */
export function isPlainLatin(text: string): boolean {
  NOT_PLAIN.lastIndex = 0;
  for (let match = NOT_PLAIN.exec(text); match !== null; match = NOT_PLAIN.exec(text)) {
    if (!isHarmless(text.charCodeAt(match.index))) return false;
  }
  return true;
}

/** `[\p{L}\p{N}]` restricted to PLAIN_LATIN_RANGES (where it is closed under case), as a class body. */
export const WORD_CLASS =
  '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af';

const WORD_CODES = (() => {
  const table = new Uint8Array(0x2b0);
  const pattern = new RegExp(`[${WORD_CLASS}]`);
  for (let code = 0; code < table.length; code++) table[code] = pattern.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

/** Whether a code unit of plain Latin text is a letter or digit (`[\p{L}\p{N}]`). */
export function isWordCode(code: number): boolean {
  return code < 0x2b0 && WORD_CODES[code] === 1;
}

/**
 * Calls `visit(start, end)` for each run of letters or digits (`[\p{L}\p{N}]+`) of plain Latin text, in order, until
 * it returns true. Without a regex: most words of a policy are counted this way.
 */
export function visitPlainWords(text: string, visit: (start: number, end: number) => boolean | undefined): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (visit(start, i)) return;
      start = -1;
    }
  }
}

// Text as it really arrives, folded for matching: Unicode NFKC (fullwidth letters, ligatures), every invisible format
// character removed (category Cf: U+200E, U+2063, U+180E, the soft hyphen, ...; also U+034F and the Mongolian
// variation selectors, which are marks that show nothing), and letters of another script that look Latin (one Cyrillic
// "а" in "train") replaced by the Latin letter when they stand inside a Latin word. Only matching uses the folded
// text: quoted sentences stay the page's own. Linear in the text; text with nothing to fold is returned as it is.

/** Any code unit that folding may change: a cheap scan rules out nearly every sentence. */
// Any code unit that folding may change: NFKC's changes (no-break and other spaces, superscripts, ligatures, letterlike
// symbols, fullwidth forms, decomposed accents, characters outside the Basic Multilingual Plane), invisible characters
// and lookalike scripts. A cheap scan that rules out nearly every sentence; a text that has one is folded whole, so
// the same words fold the same way wherever they stand. Marks are listed apart (a class may not mix letters and marks).
const MAY_FOLD = new RegExp(
  [
    '[\\u0300-\\u036f]',
    '\\u180b|\\u180c|\\u180d|\\u180f|[\\ufe00-\\ufe0f]',
    '[\\u00a0\\u00a8\\u00aa\\u00ad\\u00af\\u00b2-\\u00b5\\u00b8-\\u00ba\\u00bc-\\u00be\\u0132\\u0133\\u013f\\u0140\\u0149\\u017f\\u01c4-\\u01cc\\u01f1-\\u01f3]',
    '[\\u02b0-\\u02ff\\u0370-\\u04ff\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u1d00-\\u1dbf]',
    '[\\u2000-\\u200f\\u2011\\u2024-\\u2026\\u202a-\\u202f\\u2033-\\u2037\\u203c\\u203e\\u2047-\\u2049\\u2057\\u205f-\\u206f]',
    '[\\u2070-\\u2fff\\u3000-\\u33ff\\uf900-\\ufaff\\ufb00-\\ufb4f\\ufe10-\\ufe6f\\ufeff\\uff00-\\uffef\\ufff9-\\ufffb]',
    '[\\ud800-\\udfff]',
  ].join('|'),
);
const INVISIBLE = /\p{Cf}|\u034f|\u180b|\u180c|\u180d|\u180f|[\ufe00-\ufe0f]|[\u115f\u1160\u17b4\u17b5]/gu;

/** Cyrillic and Greek letters drawn like Latin ones (lower and upper case). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const WORD = /\p{L}+/gu;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const LOOKALIKE = /[а-яА-ЯіјѕԁһӏԛԝІЈЅα-ωΑ-Ω]/;

/** Lookalikes replaced inside words that also hold Latin letters (not in Russian or Greek words): one pass. */
function foldLookalikes(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(WORD, (word) =>
    LATIN_LETTER.test(word) && LOOKALIKE.test(word)
      ? Array.from(word, (letter) => LOOKALIKES[letter] ?? letter).join('')
      : word,
  );
}

const RECENT = 8;
const recentIn: string[] = new Array(RECENT).fill('');
const recentOut: string[] = new Array(RECENT).fill('');
let recentNext = 0;

/** The text folded for matching (see the header); the same string when there is nothing to fold. */
export function foldForMatching(text: string): string {
  if (!MAY_FOLD.test(text)) return text;
  for (let slot = 0; slot < RECENT; slot++) if (recentIn[slot] === text) return recentOut[slot] as string;
  const folded = foldLookalikes(text.normalize('NFKC').replace(INVISIBLE, ''));
  recentIn[recentNext] = text;
  recentOut[recentNext] = folded;
  recentNext = (recentNext + 1) % RECENT;
  return folded;
}

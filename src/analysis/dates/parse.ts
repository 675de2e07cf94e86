import type { Language } from '../../i18n/languages';

// Calendar dates written in a policy, in every English, German and French form: month in words before or after the
// day ("July 23, 2026", "23 July 2026", "23. Juli 2026", "1er juin 2024"), ISO ("2026-07-23") and numeric dates in
// the locale's order ("23.07.2026", "23/07/2026"; English slashes only when the order cannot be mistaken). Every
// pattern has bounded quantifiers only, so a scan is linear whatever the text. A date that does not exist
// (31 April) is no date.

export interface DateMention {
  /** The date as YYYY-MM-DD. */
  date: string;
  /** Offsets of the date's words in the text scanned. */
  start: number;
  end: number;
}

/** Month names and abbreviations of the three languages; they never disagree ("mars" and "Mar" are both March). */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  januar: 1,
  jänner: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  'févr.': 2,
  march: 3,
  mar: 3,
  märz: 3,
  maerz: 3,
  mär: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juni: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juli: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  août: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  okt: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  dezember: 12,
  dez: 12,
  décembre: 12,
  decembre: 12,
  déc: 12,
};

// Longest first, so that "juillet" is not read as "juil".
const MONTH = Object.keys(MONTHS)
  .filter((name) => !name.endsWith('.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Not inside a longer word: the month is followed by neither a letter nor a Latin-1 letter. */
const END_OF_WORD = '(?![a-zà-öø-ÿ])';
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})(?!\\d)';
const NOT_AFTER_DIGIT = '(?<![\\d.,/-])';

/** "23 July 2026", "23. Juli 2026", "1er juin 2024", "23rd of July, 2026". */
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_AFTER_DIGIT}${DAY}(?:st|nd|rd|th|er|\\.)?[ \\u00a0]{0,2}(?:of[ \\u00a0])?(${MONTH})${END_OF_WORD}\\.?,?[ \\u00a0]{1,2}${YEAR}`,
  'gi',
);
/** "July 23, 2026", "Jul. 23rd 2026". */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![a-zà-öø-ÿ])(${MONTH})${END_OF_WORD}\\.?[ \\u00a0]{1,2}${DAY}(?:st|nd|rd|th)?(?!\\d),?[ \\u00a0]{1,2}${YEAR}`,
  'gi',
);
/** "2026-07-23". */
const ISO = new RegExp(`${NOT_AFTER_DIGIT}(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`, 'g');
/** "23.07.2026", "23/07/2026", "07/23/2026": read in the language's order. */
const NUMERIC = new RegExp(`${NOT_AFTER_DIGIT}(\\d{1,2})([./])(\\d{1,2})\\2${YEAR}`, 'g');

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/**
 * Day and month of a numeric date. German and French write the day first; English pages are American or British,
 * so an English date is read only when one number cannot be a month ("23/07/2026", "07/23/2026"). A dotted date is
 * day first in every language.
 */
function numericOrder(
  a: number,
  b: number,
  separator: string,
  language: Language,
): [day: number, month: number] | null {
  if (separator === '.' || language !== 'en') return [a, b];
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  if (a === b) return [a, b];
  return null;
}

function collect(pattern: RegExp, text: string, read: (m: RegExpExecArray) => string | null, out: DateMention[]) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const date = read(m);
    if (date) out.push({ date, start: m.index, end: m.index + m[0].length });
  }
}

/** Every date the text writes, in order of position (two readings of the same words keep the first pattern's). */
export function findDates(text: string, language: Language): DateMention[] {
  const found: DateMention[] = [];
  collect(
    DAY_MONTH_YEAR,
    text,
    (m) => {
      const month = monthNumber(m[2]!);
      return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    },
    found,
  );
  collect(
    MONTH_DAY_YEAR,
    text,
    (m) => {
      const month = monthNumber(m[1]!);
      return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
    },
    found,
  );
  collect(ISO, text, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])), found);
  collect(
    NUMERIC,
    text,
    (m) => {
      const order = numericOrder(Number(m[1]), Number(m[3]), m[2]!, language);
      return order ? isoDate(Number(m[4]), order[1], order[0]) : null;
    },
    found,
  );
  found.sort((a, b) => a.start - b.start);
  return found.filter((mention, i) => i === 0 || mention.start >= found[i - 1]!.end);
}

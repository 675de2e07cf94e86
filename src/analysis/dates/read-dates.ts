import type { Language } from '../../i18n/languages';
import { type Block, sectionPath } from '../segment';
import {
  CHANGE_EVENT,
  DATE_LINE_START,
  EFFECTIVE_LEAD,
  FUTURE,
  LAW,
  ON_LEAD,
  OWN_POLICY,
  PAST,
  STARTING_LEAD,
  UPDATED_LEAD,
} from './cues';
import { type DateMention, findDates } from './parse';
import type { DatedSentence, PolicyDates } from './types';

// The dates a version states about itself (effective, last updated) and the dates it announces a change for. A wrong
// date is worse than none: a date counts only with the words that say what it is, right before it, and a sentence
// about a law, a past change or anything else gives none.

/** How far before a date its lead words may start. */
const LEAD_WINDOW = 80;
/** Longest sentence read for a date (a longer "sentence" is a run of text without punctuation). */
const MAX_SENTENCE = 1_200;
/** A sentence ends at . ! ? followed by space, but not after a day's number ("23. Juli 2026" is one date). */
const SENTENCE_END = /(?<!(?:^|\D)\d{1,2})[.!?]["')\]»”]{0,3}\s/g;

type DateRole = 'effective' | 'updated' | 'announced';

interface Sentence {
  text: string;
  start: number;
}

/** The sentence of the block text around [start, end). */
function sentenceAround(text: string, start: number, end: number): Sentence {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  from = Math.max(from, start - MAX_SENTENCE);
  to = Math.min(to, end + MAX_SENTENCE);
  return { text: text.slice(from, to).trim(), start: from };
}

/** Lower-case words before the date, markup (emphasis, link brackets, table bars) as spaces. */
function leadOf(text: string, start: number, sentenceStart: number): string {
  return text
    .slice(Math.max(sentenceStart, start - LEAD_WINDOW), start)
    .toLowerCase()
    .replace(/[*_[\]|#>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trimStart();
}

/** A date in a sentence about a law ("the Act of 1 January 2020") belongs to the law. */
function aboutALaw(sentence: string): boolean {
  return LAW.test(sentence) && !OWN_POLICY.test(sentence);
}

function isAnnouncement(lead: string, sentence: string): boolean {
  if (PAST.test(sentence) || !FUTURE.test(sentence)) return false;
  if (STARTING_LEAD.test(lead)) return true;
  return ON_LEAD.test(lead) && CHANGE_EVENT.test(sentence);
}

/** What the date is, from the words before it and its sentence; null for any other date. */
export function dateRole(lead: string, sentence: string): DateRole | null {
  const lower = sentence.toLowerCase();
  if (aboutALaw(lower)) return null;
  if (isAnnouncement(lead, lower)) return 'announced';
  if (EFFECTIVE_LEAD.test(lead) || DATE_LINE_START.test(lead)) return 'effective';
  if (UPDATED_LEAD.test(lead)) return 'updated';
  return null;
}

/** Cheap test before looking for dates: a four-digit number that could be a year. */
const YEAR_LIKE = /(?:19|20)\d\d/;

function datesOfBlock(block: Block, language: Language, visit: (role: DateRole, dated: DatedSentence) => void) {
  const text = block.text;
  if (!YEAR_LIKE.test(text)) return;
  const mentions: DateMention[] = findDates(text, language);
  for (const mention of mentions) {
    const sentence = sentenceAround(text, mention.start, mention.end);
    const role = dateRole(leadOf(text, mention.start, sentence.start), sentence.text);
    if (role) visit(role, { date: mention.date, sentence: sentence.text, section: sectionPath(block) });
  }
}

/** The dates a version states: its effective and last-updated dates and the dates it announces changes for. */
export function readDates(blocks: readonly Block[], language: Language): PolicyDates {
  const dates: PolicyDates = { effective: null, updated: null, announced: [] };
  const announcedDays = new Set<string>();
  for (const block of blocks) {
    const own: Array<[DateRole, DatedSentence]> = [];
    datesOfBlock(block, language, (role, dated) => own.push([role, dated]));
    // A banner's "Updated on 4 March 2026" over "This change takes effect on 4 March 2026" is the announcement's date.
    const announcedHere = new Set(own.filter(([role]) => role === 'announced').map(([, dated]) => dated.date));
    for (const [role, dated] of own) {
      if (role === 'announced') {
        if (!announcedDays.has(dated.date)) dates.announced.push(dated);
        announcedDays.add(dated.date);
      } else if (!dates[role] && !announcedHere.has(dated.date)) dates[role] = dated;
    }
  }
  return dates;
}

import type { Lexicon } from './lexicon';
import type { Block } from './segment';
import type { EditOp, Token } from './word-diff';

// What is not a change: an edit made only of punctuation, a link label that gains or loses words (Meta's labels
// dropped their "Privacy Center" / "Help Center" suffixes), or a new date on an "Effective ..." / "Last updated" line.
// Link targets, tracking parameters, typography, whitespace and list numbering never reach this point: normalisation
// already removed them.

interface Hunk {
  removed: Token[];
  added: Token[];
}

function hunks(ops: EditOp[]): Hunk[] {
  const result: Hunk[] = [];
  let current: Hunk | null = null;
  for (const op of ops) {
    if (op.op === 'equal') {
      current = null;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [] };
      result.push(current);
    }
    if (op.op === 'remove') current.removed.push(...op.tokens);
    else current.added.push(...op.tokens);
  }
  return result;
}

const ORDINAL = /^(\d{1,4}(st|nd|rd|th|er|e|\.)?|1er|st|nd|rd|th|er)$/;

function isDateToken(token: Token, lexicon: Lexicon): boolean {
  if (!token.word) return true;
  const word = token.norm.replace(/\.$/, '');
  return ORDINAL.test(word) || lexicon.months.has(word) || /^\d{1,4}([./-]\d{1,4}){1,2}$/.test(word);
}

function isNoiseHunk(hunk: Hunk, block: Block, lexicon: Lexicon): boolean {
  const tokens = [...hunk.removed, ...hunk.added];
  if (tokens.every((token) => !token.word)) return true;
  const onlyOneSide = hunk.removed.length === 0 || hunk.added.length === 0;
  if (onlyOneSide && tokens.every((token) => token.inLink || !token.word)) return true;
  if (tokens.every((token) => isDateToken(token, lexicon)) && datelessKey(block, lexicon) !== null) return true;
  return false;
}

/** The comparison key of a date line without its date ("effective"), or null for blocks that carry no date line. */
export function datelessKey(block: Block, lexicon: Lexicon): string | null {
  if (block.key.length > 200) return null;
  const words = block.key.split(' ');
  const kept = words.filter((word) => !(ORDINAL.test(word) || lexicon.months.has(word)));
  // A line that is only a date ("August 6, 2026") is a date line whatever words stand around it.
  const onlyADate = kept.length === 0 && words.some((word) => lexicon.months.has(word) || /^\d{4}$/.test(word));
  if (!onlyADate && !lexicon.dateLine.test(block.text)) return null;
  return kept.length < words.length ? kept.join(' ') : null;
}

/** True when every edit between the two versions of a block is noise. */
export function isNoiseEdit(ops: EditOp[], after: Block, lexicon: Lexicon): boolean {
  return hunks(ops).every((hunk) => isNoiseHunk(hunk, after, lexicon));
}

/** Words only: what is left of a run of blocks once punctuation, link brackets and spacing are ignored. */
export function wordsOnly(blocks: Block[]): string {
  return blocks.map((block) => block.key).join(' ');
}

/** One short link label alone on its line ("[Return to top]", "[Play Video]"). */
const SHORT_LINK_ALONE = /^\[\s*[^\]\s]+(?:\s+[^\]\s]+){0,2}\s*\]$/;

/**
 * A paragraph that is one short link label is page furniture (navigation, video controls): Meta's pages gain and
 * lose "[Return to top]" and "[Play Video]" from one capture to the next. A link in a list ("- [Gemini Apps]" among
 * the services a policy covers) or a longer one (a banner "[Our new Privacy Policy can be found here ...]") is text.
 */
export function isShortLinkAlone(block: Block): boolean {
  return block.type === 'paragraph' && SHORT_LINK_ALONE.test(block.text);
}

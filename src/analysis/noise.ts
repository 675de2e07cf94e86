import { type Lexicon, statesBasis } from './lexicon';
import type { Block } from './segment';
import type { EditOp, Token } from './word-diff';

// What is not a change: an edit made only of punctuation, a link label that gains or loses words (Meta's labels
// dropped their "Privacy Center" / "Help Center" suffixes), or a new date on an "Effective ..." / "Last updated" line.
// Link targets, tracking parameters, typography, whitespace and list numbering never reach this point: normalisation
// already removed them. Nor is a typo fixed: a doubled word struck, an article added or dropped, a word spelt the UK
// or the US way, a doubled letter ("Hddn." -> "Hdn."), or a date line that gains or loses its label.

interface Hunk {
  removed: Token[];
  added: Token[];
  /** The last word before the hunk and the first after it (for a doubled word). */
  wordBefore: string | null;
  wordAfter: string | null;
}

function lastWord(tokens: Token[]): string | null {
  for (let index = tokens.length - 1; index >= 0; index--) if (tokens[index]?.word) return tokens[index]?.norm ?? null;
  return null;
}

function hunks(ops: EditOp[]): Hunk[] {
  const result: Hunk[] = [];
  let current: Hunk | null = null;
  let previousEqual: Token[] = [];
  for (const op of ops) {
    if (op.op === 'equal') {
      if (current) current.wordAfter = op.tokens.find((token) => token.word)?.norm ?? null;
      current = null;
      previousEqual = op.tokens;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [], wordBefore: lastWord(previousEqual), wordAfter: null };
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

/**
 * One spelling of a word: UK and US forms (-ise/-ize, -our/-or, -tre/-ter, -ce/-se, -yse/-yze) and doubled letters
 * collapse to one form. Words of three letters or fewer keep theirs ("of" is not "off").
 */
function spelling(word: string): string {
  if (word.length <= 3) return word;
  return word
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|ful|ite|ites)?$/, 'or$1')
    .replace(/tre(s|d)?$/, 'ter$1')
    .replace(/ence$/, 'ense')
    .replace(/(\p{L})\1/gu, '$1');
}

/** The same words, spelt another way, one for one. */
function respelt(hunk: Hunk): boolean {
  const removed = hunk.removed.filter((token) => token.word);
  const added = hunk.added.filter((token) => token.word);
  return (
    removed.length > 0 &&
    removed.length === added.length &&
    removed.every((token, index) => spelling(token.norm) === spelling(added[index]?.norm ?? ''))
  );
}

/** One word struck or written next to the same word ("and and" -> "and"). */
function doubledWord(hunk: Hunk): boolean {
  const words = [...hunk.removed, ...hunk.added].filter((token) => token.word);
  if (words.length !== 1 || (hunk.removed.length > 0 && hunk.added.length > 0)) return false;
  const word = words[0]?.norm;
  return word === hunk.wordBefore || word === hunk.wordAfter;
}

/**
 * A whole link written into (or struck from) a sentence that states what relies on a basis names a new item there
 * ("features such as Voice Match, [Memory], and ..."): the label is the item, not decoration.
 */
function namesNewItem(hunk: Hunk, block: Block, lexicon: Lexicon): boolean {
  const side = hunk.added.length > 0 ? hunk.added : hunk.removed;
  const wholeLink = side.some((token) => token.norm === '[') && side.some((token) => token.norm === ']');
  return wholeLink && statesBasis(lexicon, block.text) && lexicon.anyBasis.test(block.text);
}

function isNoiseHunk(hunk: Hunk, block: Block, lexicon: Lexicon): boolean {
  const tokens = [...hunk.removed, ...hunk.added];
  if (tokens.every((token) => !token.word)) return true;
  const onlyOneSide = hunk.removed.length === 0 || hunk.added.length === 0;
  if (onlyOneSide && tokens.every((token) => token.inLink || !token.word) && !namesNewItem(hunk, block, lexicon))
    return true;
  const dateLine = datelessKey(block, lexicon) !== null;
  if (tokens.every((token) => isDateToken(token, lexicon)) && dateLine) return true;
  // A date line that gains or loses its label ("January 5, 2026" -> "Effective January 5, 2026").
  if (dateLine && onlyOneSide && tokens.every((token) => !token.word || lexicon.dateLine.test(token.norm))) return true;
  if (onlyOneSide && tokens.every((token) => !token.word || lexicon.articles.has(token.norm))) return true;
  return respelt(hunk) || doubledWord(hunk);
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

import { type Lexicon, perLexicon } from './lexicon';
import type { Block } from './segment';

const BOUNDARY = /[.!?]["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;

/**
 * Splits prose into sentences, keeping abbreviations ("e.g.", "z. B.") and initials inside their sentence. Memoised per
 * language: the reading of each version, the classifier and the sentence index all split the same blocks. Shared:
 * callers must not change the array.
 */
export function splitSentences(text: string, lexicon: Lexicon): readonly string[] {
  return sentencesOf(lexicon, text);
}

const sentencesOf = perLexicon((lexicon: Lexicon, text: string): string[] => {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = text.slice(Math.max(start, (match.index ?? 0) - 12), (match.index ?? 0) + 1).toLowerCase();
    const lastWord = /(?:^|\s)(\S+)$/.exec(before)?.[1] ?? '';
    if (/^\p{L}\.$/u.test(lastWord) || lexicon.abbreviations.some((abbreviation) => before.endsWith(abbreviation))) {
      continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
});

/** The sentences of one table cell, split at its line breaks first. */
export function cellSentences(cell: string, lexicon: Lexicon): string[] {
  const sentences: string[] = [];
  for (const part of cell.split(' <br> ')) {
    const clean = part.replace(/^(#+|[*-])\s*/, '').trim();
    if (clean) sentences.push(...splitSentences(clean, lexicon));
  }
  return sentences;
}

/** The sentences of a block; a table row is split into cells first. */
export function blockSentences(block: Block, lexicon: Lexicon): readonly string[] {
  if (block.type !== 'row') return splitSentences(block.text, lexicon);
  return (block.cells ?? []).flatMap((cell) => cellSentences(cell, lexicon));
}

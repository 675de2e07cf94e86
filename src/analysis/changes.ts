import { jaccard } from './align';
import type { Lexicon } from './lexicon';
import { isNoiseEdit } from './noise';
import type { Block } from './segment';
import { comparisonKey } from './segment';
import { blockSentences } from './sentences';
import type { ChangeKind } from './types';
import { diffTokens, type EditOp, tokenize } from './word-diff';

// From changed blocks to changed sentences: the unit the classifier reads and quotes.

export interface ChangedPair {
  kind: 'added' | 'removed' | 'modified' | 'moved';
  before: Block | null;
  after: Block | null;
  ops: EditOp[] | null;
}

export interface SentenceChange {
  change: ChangeKind;
  before: string | null;
  after: string | null;
  /** What the change brought: the whole sentence when added, the added words when modified. */
  addedText: string;
  /** What the change took away. */
  removedText: string;
}

const MAX_SENTENCE_COMPARISONS = 2_500;
const MIN_SENTENCE_SIMILARITY = 0.3;

function words(text: string): Set<string> {
  return new Set(comparisonKey(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

function modifiedSentence(before: string, after: string, afterBlock: Block, lexicon: Lexicon): SentenceChange | null {
  const ops = diffTokens(tokenize(before), tokenize(after), 200);
  if (!ops) return { change: 'modified', before, after, addedText: after, removedText: before };
  if (isNoiseEdit(ops, afterBlock, lexicon)) return null;
  const pick = (op: EditOp['op']) =>
    ops
      .filter((entry) => entry.op === op)
      .map((entry) => entry.tokens.map((token) => token.text).join(''))
      .join(' … ');
  return { change: 'modified', before, after, addedText: pick('add'), removedText: pick('remove') };
}

export function sentenceChanges(pair: ChangedPair, lexicon: Lexicon): SentenceChange[] {
  if (pair.kind === 'added' && pair.after) {
    return blockSentences(pair.after, lexicon).map((after) => ({
      change: 'added',
      before: null,
      after,
      addedText: after,
      removedText: '',
    }));
  }
  if (pair.kind === 'removed' && pair.before) {
    return blockSentences(pair.before, lexicon).map((before) => ({
      change: 'removed',
      before,
      after: null,
      addedText: '',
      removedText: before,
    }));
  }
  if (!pair.before || !pair.after) return [];
  return alignSentences(blockSentences(pair.before, lexicon), blockSentences(pair.after, lexicon), pair.after, lexicon);
}

/** Sentence-level changes between two versions of a block (or of a table cell). */
export function alignSentences(
  oldSentences: readonly string[],
  newSentences: readonly string[],
  afterBlock: Block,
  lexicon: Lexicon,
): SentenceChange[] {
  const oldKeys = new Map<string, number[]>();
  oldSentences.forEach((sentence, index) => {
    const key = comparisonKey(sentence);
    const list = oldKeys.get(key);
    if (list) list.push(index);
    else oldKeys.set(key, [index]);
  });
  const oldUsed = new Uint8Array(oldSentences.length);
  const newLeft: number[] = [];
  newSentences.forEach((sentence, index) => {
    const list = oldKeys.get(comparisonKey(sentence));
    const match = list?.find((candidate) => !oldUsed[candidate]);
    if (match === undefined) newLeft.push(index);
    else oldUsed[match] = 1;
  });
  const oldLeft = oldSentences.map((_, index) => index).filter((index) => !oldUsed[index]);
  const pairedOldOf = new Map<number, number>();
  if (oldLeft.length * newLeft.length <= MAX_SENTENCE_COMPARISONS) {
    const candidates: Array<{ score: number; a: number; b: number }> = [];
    const oldSets = new Map(oldLeft.map((index) => [index, words(oldSentences[index] ?? '')]));
    for (const b of newLeft) {
      const set = words(newSentences[b] ?? '');
      for (const a of oldLeft) {
        const score = jaccard(oldSets.get(a) ?? new Set(), set);
        if (score >= MIN_SENTENCE_SIMILARITY) candidates.push({ score, a, b });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    const takenOld = new Set<number>();
    for (const { a, b } of candidates) {
      if (takenOld.has(a) || pairedOldOf.has(b)) continue;
      takenOld.add(a);
      pairedOldOf.set(b, a);
    }
  }
  const result: SentenceChange[] = [];
  const pairedOld = new Set(pairedOldOf.values());
  for (const a of oldLeft) {
    if (pairedOld.has(a)) continue;
    const before = oldSentences[a] ?? '';
    result.push({ change: 'removed', before, after: null, addedText: '', removedText: before });
  }
  for (const b of newLeft) {
    const after = newSentences[b] ?? '';
    const a = pairedOldOf.get(b);
    if (a === undefined) {
      result.push({ change: 'added', before: null, after, addedText: after, removedText: '' });
      continue;
    }
    const modified = modifiedSentence(oldSentences[a] ?? '', after, afterBlock, lexicon);
    if (modified) result.push(modified);
  }
  return result;
}

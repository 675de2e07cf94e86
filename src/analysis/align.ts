import type { Block } from './segment';

// Block alignment. Exact matches first (by comparison key, wherever the block now sits), the longest in-order chain
// of them as anchors, the rest of the exact matches as moves. Blocks left between two anchors are paired by word-set
// similarity inside that gap; what is still left is paired across the document through an inverted index (a row
// that moves to another table with edits). Every step is bounded, so the cost follows the size of the change.

export type PairKind = 'equal' | 'moved' | 'modified' | 'added' | 'removed';

export interface BlockPair {
  kind: PairKind;
  before: Block | null;
  after: Block | null;
}

export interface AlignOptions {
  /** Returns true when the time budget is spent: remaining blocks are then left unpaired (coarse). */
  overBudget: () => boolean;
  /**
   * A looser identity for blocks that carry a version date ("Effective May 27, 2025"): blocks with the same loose key
   * in a gap are the same block with a new date, however little else they share.
   */
  datelessKey?: (block: Block) => string | null;
}

export interface Alignment {
  pairs: BlockPair[];
  coarse: boolean;
}

const MIN_SIMILARITY_IN_GAP = 0.35;
const MIN_SIMILARITY_ACROSS = 0.55;
const MAX_GAP_COMPARISONS = 20_000;
const MAX_POSTINGS = 40;
const RAREST_WORDS = 8;
const MAX_BRUTE_FORCE_PAIRS = 200_000;

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A block's distinct words as sorted interned ids: intersections become a linear merge. */
type WordIds = Int32Array;

function sortedJaccard(a: WordIds, b: WordIds, minimum: number): number {
  if (a.length === 0 && b.length === 0) return 1;
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  // Jaccard is at most small / large: skip the merge when even that is below the threshold.
  if (small < minimum * large) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Indices (into seq) of a longest strictly increasing subsequence, patience style. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const value = seq[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const chain = new Set<number>();
  let at = tails[tails.length - 1] ?? -1;
  while (at >= 0) {
    chain.add(at);
    at = previous[at] ?? -1;
  }
  return chain;
}

function compatible(a: Block, b: Block): boolean {
  if (a.type === 'row' || b.type === 'row') return a.type === b.type && a.rowRole === b.rowRole;
  if (a.type === 'heading' || b.type === 'heading') return a.type === b.type;
  return true;
}

export function alignBlocks(before: Block[], after: Block[], options: AlignOptions): Alignment {
  let coarse = false;
  const oldByKey = new Map<string, number[]>();
  for (const block of before) {
    const list = oldByKey.get(block.key);
    if (list) list.push(block.index);
    else oldByKey.set(block.key, [block.index]);
  }
  const matchOfNew = new Int32Array(after.length).fill(-1);
  const matchOfOld = new Int32Array(before.length).fill(-1);
  const used = new Map<string, number>();
  for (const block of after) {
    const list = oldByKey.get(block.key);
    if (!list) continue;
    const next = used.get(block.key) ?? 0;
    if (next >= list.length) continue;
    used.set(block.key, next + 1);
    const oldIndex = list[next] as number;
    matchOfNew[block.index] = oldIndex;
    matchOfOld[oldIndex] = block.index;
  }

  const matchedNew: number[] = [];
  for (let i = 0; i < after.length; i++) if ((matchOfNew[i] ?? -1) >= 0) matchedNew.push(i);
  const chain = longestIncreasing(matchedNew.map((i) => matchOfNew[i] ?? 0));
  const isAnchorNew = new Uint8Array(after.length);
  matchedNew.forEach((newIndex, position) => {
    if (chain.has(position)) isAnchorNew[newIndex] = 1;
  });

  // Similarity pairing inside each gap between consecutive anchors.
  const pairedNew = new Int32Array(after.length).fill(-1);
  const pairedOld = new Int32Array(before.length).fill(-1);
  // Word ids per block: the comparison key is lower case with single spaces, so splitting on spaces is enough
  // (punctuation stays attached to a word, which matters little for similarity and is much cheaper than a regex).
  const vocabulary = new Map<string, number>();
  const sets = new Map<Block, WordIds>();
  let stamp = new Int32Array(1024);
  let stampValue = 0;
  const setOf = (block: Block): WordIds => {
    let set = sets.get(block);
    if (!set) {
      stampValue++;
      const ids: number[] = [];
      for (const word of block.key.split(' ')) {
        if (word === '') continue;
        let id = vocabulary.get(word);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(word, id);
          if (id >= stamp.length) {
            const grown = new Int32Array(stamp.length * 2);
            grown.set(stamp);
            stamp = grown;
          }
        }
        if (stamp[id] !== stampValue) {
          stamp[id] = stampValue;
          ids.push(id);
        }
      }
      set = Int32Array.from(ids).sort();
      sets.set(block, set);
    }
    return set;
  };

  const pairGap = (oldGap: Block[], newGap: Block[]) => {
    if (oldGap.length === 0 || newGap.length === 0) return;
    if (options.overBudget()) {
      coarse = true;
      return;
    }
    // One block replaced by one block of the same kind: a modification, however different (a changed date line).
    if (oldGap.length === 1 && newGap.length === 1) {
      const [a, b] = [oldGap[0] as Block, newGap[0] as Block];
      if (compatible(a, b) && a.type === b.type) {
        pairedNew[b.index] = a.index;
        pairedOld[a.index] = b.index;
        return;
      }
    }
    if (options.datelessKey) {
      const oldByDateless = new Map<string, Block>();
      for (const a of oldGap) {
        const key = options.datelessKey(a);
        if (key !== null && !oldByDateless.has(key)) oldByDateless.set(key, a);
      }
      for (const b of newGap) {
        const key = oldByDateless.size > 0 ? options.datelessKey(b) : null;
        const a = key === null ? undefined : oldByDateless.get(key);
        if (!a || (pairedOld[a.index] ?? -1) >= 0 || !compatible(a, b)) continue;
        pairedNew[b.index] = a.index;
        pairedOld[a.index] = b.index;
      }
    }
    const window = Math.max(8, Math.floor(MAX_GAP_COMPARISONS / Math.max(1, newGap.length)));
    // The two best old blocks for each new block are enough for a greedy best-first assignment, and keep the
    // candidate list (and its sort) proportional to the gap rather than to the comparisons made.
    const candidates: Array<{ score: number; a: Block; b: Block }> = [];
    // Each old block is compared with up to 2 * window new ones: look its words up once.
    const oldSets = oldGap.map(setOf);
    newGap.forEach((b, position) => {
      if ((pairedNew[b.index] ?? -1) >= 0) return;
      const center = Math.round((position * oldGap.length) / newGap.length);
      const from = Math.max(0, center - window);
      const to = Math.min(oldGap.length, center + window + 1);
      const wordsB = setOf(b);
      let best: { score: number; a: Block } | null = null;
      let second: { score: number; a: Block } | null = null;
      for (let i = from; i < to; i++) {
        const a = oldGap[i] as Block;
        if (!compatible(a, b)) continue;
        const score = sortedJaccard(oldSets[i] as WordIds, wordsB, MIN_SIMILARITY_IN_GAP);
        if (score < MIN_SIMILARITY_IN_GAP) continue;
        if (!best || score > best.score) {
          second = best;
          best = { score, a };
        } else if (!second || score > second.score) second = { score, a };
      }
      if (best) candidates.push({ score: best.score, a: best.a, b });
      if (second) candidates.push({ score: second.score, a: second.a, b });
    });
    candidates.sort((x, y) => y.score - x.score);
    for (const { a, b } of candidates) {
      if ((pairedNew[b.index] ?? -1) >= 0 || (pairedOld[a.index] ?? -1) >= 0) continue;
      pairedNew[b.index] = a.index;
      pairedOld[a.index] = b.index;
    }
  };

  let oldCursor = 0;
  let newGapStart = 0;
  for (let i = 0; i <= after.length; i++) {
    if (i < after.length && !isAnchorNew[i]) continue;
    const oldEnd = i < after.length ? (matchOfNew[i] ?? 0) : before.length;
    const oldGap = before.slice(oldCursor, oldEnd).filter((block) => (matchOfOld[block.index] ?? -1) < 0);
    const newGap = after.slice(newGapStart, i).filter((block) => (matchOfNew[block.index] ?? -1) < 0);
    pairGap(oldGap, newGap);
    oldCursor = oldEnd + 1;
    newGapStart = i + 1;
  }

  // Across the document: leftovers that share rare words (a row moved to another table and edited).
  const leftoverOld = before.filter(
    (block) => (matchOfOld[block.index] ?? -1) < 0 && (pairedOld[block.index] ?? -1) < 0,
  );
  const leftoverNew = after.filter(
    (block) => (matchOfNew[block.index] ?? -1) < 0 && (pairedNew[block.index] ?? -1) < 0,
  );
  if (leftoverOld.length > 0 && leftoverNew.length > 0 && !options.overBudget()) {
    // Few leftovers on one side: comparing every pair (after a size check) is cheaper than an index.
    const bruteForce = leftoverOld.length * leftoverNew.length <= MAX_BRUTE_FORCE_PAIRS;
    const postings = new Map<number, Block[]>();
    for (const block of bruteForce ? [] : leftoverOld) {
      for (const word of setOf(block)) {
        const list = postings.get(word);
        if (list) list.push(block);
        else postings.set(word, [block]);
      }
    }
    const candidates: Array<{ score: number; a: Block; b: Block }> = [];
    const leftoverSets = bruteForce ? leftoverOld.map(setOf) : [];
    for (const b of leftoverNew) {
      if (options.overBudget()) {
        coarse = true;
        break;
      }
      const wordsB = setOf(b);
      if (bruteForce) {
        // Every pair is compared: the old sets and sizes are read from arrays, not looked up per pair.
        for (let k = 0; k < leftoverOld.length; k++) {
          const wordsA = leftoverSets[k] as WordIds;
          const size = wordsA.length;
          if (size < MIN_SIMILARITY_ACROSS * wordsB.length || wordsB.length < MIN_SIMILARITY_ACROSS * size) continue;
          const a = leftoverOld[k] as Block;
          if (!compatible(a, b)) continue;
          const score = sortedJaccard(wordsA, wordsB, MIN_SIMILARITY_ACROSS);
          if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
        }
        continue;
      }
      // A block similar enough shares most words, so it shares some of the rarest ones: look those up only.
      const rarest = [...wordsB]
        .map((word) => postings.get(word))
        .filter((list): list is Block[] => list !== undefined && list.length <= MAX_POSTINGS)
        .sort((x, y) => x.length - y.length)
        .slice(0, RAREST_WORDS);
      const seen = new Set<Block>();
      for (const list of rarest) for (const a of list) seen.add(a);
      for (const a of seen) {
        // Only blocks whose size allows the similarity at all.
        const size = setOf(a).length;
        if (size < MIN_SIMILARITY_ACROSS * wordsB.length || wordsB.length < MIN_SIMILARITY_ACROSS * size) continue;
        if (!compatible(a, b)) continue;
        const score = sortedJaccard(setOf(a), setOf(b), MIN_SIMILARITY_ACROSS);
        if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { a, b } of candidates) {
      if ((pairedNew[b.index] ?? -1) >= 0 || (pairedOld[a.index] ?? -1) >= 0) continue;
      pairedNew[b.index] = a.index;
      pairedOld[a.index] = b.index;
    }
  }

  // Emit in the order of the new document; removed blocks right after the new block that precedes their old spot.
  const pairs: BlockPair[] = [];
  const removedAfterOld = new Map<number, Block[]>();
  for (const block of before) {
    if ((matchOfOld[block.index] ?? -1) >= 0 || (pairedOld[block.index] ?? -1) >= 0) continue;
    let anchor = block.index - 1;
    while (anchor >= 0 && (matchOfOld[anchor] ?? -1) < 0 && (pairedOld[anchor] ?? -1) < 0) anchor--;
    const list = removedAfterOld.get(anchor);
    if (list) list.push(block);
    else removedAfterOld.set(anchor, [block]);
  }
  for (const block of removedAfterOld.get(-1) ?? []) pairs.push({ kind: 'removed', before: block, after: null });
  for (const block of after) {
    const exact = matchOfNew[block.index] ?? -1;
    const similar = pairedNew[block.index] ?? -1;
    const oldIndex = exact >= 0 ? exact : similar;
    if (exact >= 0) {
      pairs.push({ kind: isAnchorNew[block.index] ? 'equal' : 'moved', before: before[exact] as Block, after: block });
    } else if (similar >= 0) {
      pairs.push({ kind: 'modified', before: before[similar] as Block, after: block });
    } else {
      pairs.push({ kind: 'added', before: null, after: block });
    }
    if (oldIndex >= 0) {
      for (const removed of removedAfterOld.get(oldIndex) ?? [])
        pairs.push({ kind: 'removed', before: removed, after: null });
      removedAfterOld.delete(oldIndex);
    }
  }
  return { pairs, coarse };
}

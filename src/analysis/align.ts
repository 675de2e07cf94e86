import type { Block } from './segment';

// Block alignment, in named steps (alignBlocks at the end runs them): exact matches first (by comparison key,
// wherever the block now sits), the longest in-order chain of them as anchors, the rest of the exact matches as
// moves. Blocks left between two anchors are paired by word-set similarity inside that gap; what is still left is
// paired across the document through an inverted index (a row that moves to another table with edits). Every step
// is bounded, so the cost follows the size of the change.

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
export type WordIds = Int32Array;

export function sortedJaccard(a: WordIds, b: WordIds, minimum: number): number {
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
export function longestIncreasing(seq: number[]): Set<number> {
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

/** Whether two blocks may be paired at all: rows only with rows of the same role, headings only with headings. */
export function compatible(a: Block, b: Block): boolean {
  if (a.type === 'row' || b.type === 'row') return a.type === b.type && a.rowRole === b.rowRole;
  if (a.type === 'heading' || b.type === 'heading') return a.type === b.type;
  return true;
}

/** Which old block each new block is paired with, and back (block indices; -1: none). */
export interface Pairing {
  ofNew: Int32Array;
  ofOld: Int32Array;
}

export function emptyPairing(before: readonly Block[], after: readonly Block[]): Pairing {
  return { ofNew: new Int32Array(after.length).fill(-1), ofOld: new Int32Array(before.length).fill(-1) };
}

function link(pairing: Pairing, a: Block, b: Block): void {
  pairing.ofNew[b.index] = a.index;
  pairing.ofOld[a.index] = b.index;
}

const isPaired = (side: Int32Array, block: Block) => (side[block.index] ?? -1) >= 0;

/** Step 1: blocks with the same comparison key, wherever they sit; repeated keys pair in document order. */
export function matchExactBlocks(before: readonly Block[], after: readonly Block[]): Pairing {
  const oldByKey = new Map<string, number[]>();
  for (const block of before) {
    const list = oldByKey.get(block.key);
    if (list) list.push(block.index);
    else oldByKey.set(block.key, [block.index]);
  }
  const exact = emptyPairing(before, after);
  const used = new Map<string, number>();
  for (const block of after) {
    const list = oldByKey.get(block.key);
    if (!list) continue;
    const next = used.get(block.key) ?? 0;
    if (next >= list.length) continue;
    used.set(block.key, next + 1);
    const oldIndex = list[next] as number;
    exact.ofNew[block.index] = oldIndex;
    exact.ofOld[oldIndex] = block.index;
  }
  return exact;
}

/**
 * Step 2: the exact matches that stay in order (the longest in-order chain) are anchors; the others are moves.
 * Returns, per new block, 1 when it is an anchor.
 */
export function anchorsOf(exact: Pairing): Uint8Array {
  const matchedNew: number[] = [];
  for (let i = 0; i < exact.ofNew.length; i++) if ((exact.ofNew[i] ?? -1) >= 0) matchedNew.push(i);
  const chain = longestIncreasing(matchedNew.map((i) => exact.ofNew[i] ?? 0));
  const isAnchorNew = new Uint8Array(exact.ofNew.length);
  matchedNew.forEach((newIndex, position) => {
    if (chain.has(position)) isAnchorNew[newIndex] = 1;
  });
  return isAnchorNew;
}

/**
 * Word ids per block, memoised: the comparison key is lower case with single spaces, so splitting on spaces is
 * enough (punctuation stays attached to a word, which matters little for similarity and is much cheaper than a
 * regex). Ids are interned across both documents and sorted, so intersections are a linear merge.
 */
export function wordSets(): (block: Block) => WordIds {
  const vocabulary = new Map<string, number>();
  const sets = new Map<Block, WordIds>();
  let stamp = new Int32Array(1024);
  let stampValue = 0;
  return (block) => {
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
}

export interface Gap {
  before: Block[];
  after: Block[];
}

/** Step 3: the blocks without an exact match between two consecutive anchors (and before the first, after the last). */
export function gapsBetweenAnchors(
  before: readonly Block[],
  after: readonly Block[],
  exact: Pairing,
  isAnchorNew: Uint8Array,
): Gap[] {
  const gaps: Gap[] = [];
  let oldCursor = 0;
  let newGapStart = 0;
  for (let i = 0; i <= after.length; i++) {
    if (i < after.length && !isAnchorNew[i]) continue;
    const oldEnd = i < after.length ? (exact.ofNew[i] ?? 0) : before.length;
    gaps.push({
      before: before.slice(oldCursor, oldEnd).filter((block) => !isPaired(exact.ofOld, block)),
      after: after.slice(newGapStart, i).filter((block) => !isPaired(exact.ofNew, block)),
    });
    oldCursor = oldEnd + 1;
    newGapStart = i + 1;
  }
  return gaps;
}

type Candidate = { score: number; a: Block; b: Block };

/** Best-first: the highest-scoring candidates are paired first, each block once. */
function pairBestFirst(candidates: Candidate[], pairing: Pairing): void {
  candidates.sort((x, y) => y.score - x.score);
  for (const { a, b } of candidates) {
    if (isPaired(pairing.ofNew, b) || isPaired(pairing.ofOld, a)) continue;
    link(pairing, a, b);
  }
}

/** In a gap, blocks with the same dateless key are the same block with a new date ("Effective May 27, 2025"). */
function pairByDatelessKey(gap: Gap, similar: Pairing, datelessKey: (block: Block) => string | null): void {
  const oldByDateless = new Map<string, Block>();
  for (const a of gap.before) {
    const key = datelessKey(a);
    if (key !== null && !oldByDateless.has(key)) oldByDateless.set(key, a);
  }
  for (const b of gap.after) {
    const key = oldByDateless.size > 0 ? datelessKey(b) : null;
    const a = key === null ? undefined : oldByDateless.get(key);
    if (!a || isPaired(similar.ofOld, a) || !compatible(a, b)) continue;
    link(similar, a, b);
  }
}

/**
 * In a gap, each new block is compared with the old blocks near its proportional position (a window that shrinks as
 * the gap grows, so a gap costs at most about MAX_GAP_COMPARISONS); its two best matches above the threshold are
 * candidates, paired best-first.
 */
function pairBySimilarityInGap(gap: Gap, similar: Pairing, words: (block: Block) => WordIds): void {
  const { before: oldGap, after: newGap } = gap;
  const window = Math.max(8, Math.floor(MAX_GAP_COMPARISONS / Math.max(1, newGap.length)));
  // The two best old blocks for each new block are enough for a greedy best-first assignment, and keep the
  // candidate list (and its sort) proportional to the gap rather than to the comparisons made.
  const candidates: Candidate[] = [];
  // Each old block is compared with up to 2 * window new ones: look its words up once.
  const oldSets = oldGap.map(words);
  newGap.forEach((b, position) => {
    if (isPaired(similar.ofNew, b)) return;
    const center = Math.round((position * oldGap.length) / newGap.length);
    const from = Math.max(0, center - window);
    const to = Math.min(oldGap.length, center + window + 1);
    const wordsB = words(b);
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
  pairBestFirst(candidates, similar);
}

/**
 * Step 4: pairs the blocks of one gap as modifications. One block replaced by one of the same type is a modification
 * however different (a changed date line); otherwise blocks of the same dateless key, then by word similarity.
 * Returns false when the budget was spent before anything was paired (the gap stays unpaired: coarse).
 */
export function pairGap(gap: Gap, similar: Pairing, words: (block: Block) => WordIds, options: AlignOptions): boolean {
  const { before: oldGap, after: newGap } = gap;
  if (oldGap.length === 0 || newGap.length === 0) return true;
  if (options.overBudget()) return false;
  if (oldGap.length === 1 && newGap.length === 1) {
    const [a, b] = [oldGap[0] as Block, newGap[0] as Block];
    if (compatible(a, b) && a.type === b.type) {
      link(similar, a, b);
      return true;
    }
  }
  if (options.datelessKey) pairByDatelessKey(gap, similar, options.datelessKey);
  pairBySimilarityInGap(gap, similar, words);
  return true;
}

/** Whether two word sets are close enough in size to reach the similarity `minimum` at all. */
const sizesAllow = (a: WordIds, b: WordIds, minimum: number) =>
  a.length >= minimum * b.length && b.length >= minimum * a.length;

/**
 * Step 5: across the document, the blocks still unpaired that are similar enough (a row moved to another table and
 * edited). Few leftovers: every pair is compared; many: an inverted index of the old blocks' words, looked up by the
 * rarest words of each new block. Returns false when the budget ran out on the way (coarse).
 */
export function pairAcrossDocument(
  leftoverOld: readonly Block[],
  leftoverNew: readonly Block[],
  similar: Pairing,
  words: (block: Block) => WordIds,
  options: AlignOptions,
): boolean {
  if (leftoverOld.length === 0 || leftoverNew.length === 0 || options.overBudget()) return true;
  let complete = true;
  // Few leftovers on one side: comparing every pair (after a size check) is cheaper than an index.
  const bruteForce = leftoverOld.length * leftoverNew.length <= MAX_BRUTE_FORCE_PAIRS;
  // The old blocks' word sets, read once, in the order the words were first interned (which orders the postings).
  const oldSets = leftoverOld.map(words);
  /** Per word id: the leftover old blocks (positions in leftoverOld) that have it, in document order. */
  const postings = new Map<number, number[]>();
  if (!bruteForce) {
    oldSets.forEach((set, k) => {
      for (const word of set) {
        const list = postings.get(word);
        if (list) list.push(k);
        else postings.set(word, [k]);
      }
    });
  }
  const candidates: Candidate[] = [];
  // Per new block: which old blocks were already looked at (the stamp of the new block), and in which order.
  const seenStamp = new Int32Array(leftoverOld.length).fill(-1);
  const seen: number[] = [];
  for (let n = 0; n < leftoverNew.length; n++) {
    const b = leftoverNew[n] as Block;
    if (options.overBudget()) {
      complete = false;
      break;
    }
    const wordsB = words(b);
    if (bruteForce) {
      // Every pair is compared: the old sets and sizes are read from arrays, not looked up per pair.
      for (let k = 0; k < leftoverOld.length; k++) {
        const wordsA = oldSets[k] as WordIds;
        if (!sizesAllow(wordsA, wordsB, MIN_SIMILARITY_ACROSS)) continue;
        const a = leftoverOld[k] as Block;
        if (!compatible(a, b)) continue;
        const score = sortedJaccard(wordsA, wordsB, MIN_SIMILARITY_ACROSS);
        if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
      }
      continue;
    }
    // A block similar enough shares most words, so it shares some of the rarest ones: look those up only.
    const rarest: number[][] = [];
    for (const word of wordsB) {
      const list = postings.get(word);
      if (list !== undefined && list.length <= MAX_POSTINGS) rarest.push(list);
    }
    // Stable: lists of one length stay in the order of the word ids.
    rarest.sort((x, y) => x.length - y.length);
    seen.length = 0;
    for (let r = 0; r < rarest.length && r < RAREST_WORDS; r++) {
      for (const k of rarest[r] as number[]) {
        if (seenStamp[k] === n) continue;
        seenStamp[k] = n;
        seen.push(k);
      }
    }
    for (const k of seen) {
      const wordsA = oldSets[k] as WordIds;
      // Only blocks whose size allows the similarity at all.
      if (!sizesAllow(wordsA, wordsB, MIN_SIMILARITY_ACROSS)) continue;
      const a = leftoverOld[k] as Block;
      if (!compatible(a, b)) continue;
      const score = sortedJaccard(wordsA, wordsB, MIN_SIMILARITY_ACROSS);
      if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
    }
  }
  pairBestFirst(candidates, similar);
  return complete;
}

/**
 * Step 6: the pairs in the order of the new document; a removed block right after the new block that precedes its
 * old spot (or first, when nothing before it was kept).
 */
export function orderPairs(
  before: readonly Block[],
  after: readonly Block[],
  exact: Pairing,
  isAnchorNew: Uint8Array,
  similar: Pairing,
): BlockPair[] {
  const kept = (index: number) => (exact.ofOld[index] ?? -1) >= 0 || (similar.ofOld[index] ?? -1) >= 0;
  const pairs: BlockPair[] = [];
  const removedAfterOld = new Map<number, Block[]>();
  for (const block of before) {
    if (kept(block.index)) continue;
    let anchor = block.index - 1;
    while (anchor >= 0 && !kept(anchor)) anchor--;
    const list = removedAfterOld.get(anchor);
    if (list) list.push(block);
    else removedAfterOld.set(anchor, [block]);
  }
  for (const block of removedAfterOld.get(-1) ?? []) pairs.push({ kind: 'removed', before: block, after: null });
  for (const block of after) {
    const exactIndex = exact.ofNew[block.index] ?? -1;
    const similarIndex = similar.ofNew[block.index] ?? -1;
    const oldIndex = exactIndex >= 0 ? exactIndex : similarIndex;
    if (exactIndex >= 0) {
      const kind = isAnchorNew[block.index] ? 'equal' : 'moved';
      pairs.push({ kind, before: before[exactIndex] as Block, after: block });
    } else if (similarIndex >= 0) {
      pairs.push({ kind: 'modified', before: before[similarIndex] as Block, after: block });
    } else {
      pairs.push({ kind: 'added', before: null, after: block });
    }
    if (oldIndex >= 0) {
      for (const removed of removedAfterOld.get(oldIndex) ?? [])
        pairs.push({ kind: 'removed', before: removed, after: null });
      removedAfterOld.delete(oldIndex);
    }
  }
  return pairs;
}

/** The steps in order; `coarse` when the budget left a gap or the leftovers unpaired. */
export function alignBlocks(before: Block[], after: Block[], options: AlignOptions): Alignment {
  const exact = matchExactBlocks(before, after);
  const isAnchorNew = anchorsOf(exact);
  const similar = emptyPairing(before, after);
  const words = wordSets();
  let coarse = false;
  for (const gap of gapsBetweenAnchors(before, after, exact, isAnchorNew)) {
    if (!pairGap(gap, similar, words, options)) coarse = true;
  }
  const unpaired = (side: 'ofOld' | 'ofNew') => (block: Block) =>
    !isPaired(exact[side], block) && !isPaired(similar[side], block);
  const leftoverOld = before.filter(unpaired('ofOld'));
  const leftoverNew = after.filter(unpaired('ofNew'));
  if (!pairAcrossDocument(leftoverOld, leftoverNew, similar, words, options)) coarse = true;
  return { pairs: orderPairs(before, after, exact, isAnchorNew, similar), coarse };
}

import { overlap, wordSet } from './similarity';

// Statements of one reading found by their stems, so that comparing two readings does not match every statement
// against every other (issue 17: 20,000 purposes took minutes). Exact: a statement whose Dice overlap with the query
// reaches the threshold must share one of the query's rarest stems (prefix filtering), so only the statements listed
// under those stems are compared. Each comparison is paid for through `spend`, the analysis's work budget: past it
// no more are made and the caller's report turns coarse.

/** Pays for `units` of work; true when the budget is spent. */
export type Spend = (units: number) => boolean;

/** Up to this many statements, every one is a candidate: building postings would cost more than it saves. */
const SMALL_INDEX = 256;

export class StemIndex<T> {
  readonly sets: Array<ReadonlySet<string>>;
  private postings: Map<string, number[]> | null = null;
  private readonly stamps: Uint32Array;
  private query = 0;

  constructor(
    readonly items: readonly T[],
    text: (item: T) => string,
    private readonly spend: Spend,
  ) {
    this.sets = items.map((item) => wordSet(text(item)));
    this.stamps = new Uint32Array(items.length);
  }

  private postingsOf(): Map<string, number[]> {
    if (this.postings) return this.postings;
    const postings = new Map<string, number[]>();
    this.sets.forEach((set, id) => {
      for (const stem of set) {
        const list = postings.get(stem);
        if (list) list.push(id);
        else postings.set(stem, [id]);
      }
    });
    this.postings = postings;
    return postings;
  }

  /**
   * The ids of the statements that may reach `threshold` (Dice) with `words`, in no particular order: those that
   * share one of its `size - floor(threshold * size / 2)` rarest stems. Any statement sharing none of them shares at
   * most `floor(threshold * size / 2)` stems with it, too few.
   */
  private candidates(words: ReadonlySet<string>, threshold: number): number[] {
    if (this.sets.length <= SMALL_INDEX) {
      this.spend(this.sets.length);
      return this.sets.map((_set, id) => id);
    }
    const postings = this.postingsOf();
    const lists = [...words]
      .map((stem) => postings.get(stem))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length);
    const prefix = words.size - Math.floor((threshold * words.size) / 2);
    this.query = (this.query + 1) >>> 0 || 1;
    const found: number[] = [];
    for (const list of lists.slice(0, prefix)) {
      if (this.spend(list.length)) break;
      for (const id of list) {
        if (this.stamps[id] === this.query) continue;
        this.stamps[id] = this.query;
        found.push(id);
      }
    }
    return found;
  }

  /** The statements whose overlap with `words` reaches `threshold`, in their reading's order. */
  similar(words: ReadonlySet<string>, threshold: number): number[] {
    if (words.size === 0) return [];
    const ids = this.candidates(words, threshold).sort((a, b) => a - b);
    if (this.spend(ids.length)) return [];
    return ids.filter((id) => overlap(words, this.sets[id] as ReadonlySet<string>) >= threshold);
  }

  /** The first statement (in reading order) with the highest overlap, when it reaches `threshold`. */
  best(words: ReadonlySet<string>, threshold: number): { item: T; score: number } | null {
    let best: { item: T; score: number } | null = null;
    for (const id of this.similar(words, threshold)) {
      const score = overlap(words, this.sets[id] as ReadonlySet<string>);
      if (!best || score > best.score) best = { item: this.items[id] as T, score };
    }
    return best;
  }

  /** Whether one statement reaching `threshold` passes `accept`; stops at the first. */
  some(words: ReadonlySet<string>, threshold: number, accept: (item: T) => boolean): boolean {
    if (words.size === 0) return false;
    for (const id of this.candidates(words, threshold)) {
      if (this.spend(1)) return false;
      if (overlap(words, this.sets[id] as ReadonlySet<string>) >= threshold && accept(this.items[id] as T)) return true;
    }
    return false;
  }
}

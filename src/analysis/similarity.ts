import { memoize } from './memo';
import { comparisonKey } from './segment';

// How alike two sentences or purposes are, whatever their spelling: the readings and the report both ask.

/**
 * Word stems (first five letters): "personalising" and "personalizing", "organisation" and "organization" agree.
 * Memoised: consecutive versions share nearly all their sentences. The set is shared: callers must not change it.
 */
export const wordSet: (text: string) => ReadonlySet<string> = memoize(
  (text) =>
    new Set(
      comparisonKey(text)
        .split(' ')
        .filter((word) => word.length > 2)
        .map((word) => word.slice(0, 5)),
    ),
);

/** Dice coefficient of two word sets: 1 when equal, 0 when disjoint. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two sentences this alike are one sentence moved or reflowed, perhaps respelled. */
const SAME_SENTENCE = 0.8;
/** Postings longer than this (stems in most sentences) rule nothing out and are not used to find candidates. */
const MAX_POSTING = 200;

/** The sentences of one version, found by their rarer stems: "does this version have (nearly) this sentence?" */
export class SentenceIndex {
  private readonly sets: Array<ReadonlySet<string>> = [];
  private readonly postings = new Map<string, number[]>();
  private built = false;

  /** `sentences` is read on the first question only: most reports never ask. */
  constructor(private readonly sentences: () => Iterable<string>) {}

  private build(): void {
    this.built = true;
    for (const sentence of this.sentences()) {
      const set = wordSet(sentence);
      const id = this.sets.push(set) - 1;
      for (const stem of set) {
        const list = this.postings.get(stem);
        if (list) list.push(id);
        else this.postings.set(stem, [id]);
      }
    }
  }

  has(sentence: string): boolean {
    if (!this.built) this.build();
    const set = wordSet(sentence);
    if (set.size === 0) return false;
    const rare = [...set]
      .map((stem) => this.postings.get(stem) ?? [])
      .filter((list) => list.length <= MAX_POSTING)
      .sort((a, b) => a.length - b.length)
      .slice(0, 3);
    const seen = new Set<number>();
    for (const list of rare) {
      for (const id of list) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (overlap(set, this.sets[id] as ReadonlySet<string>) >= SAME_SENTENCE) return true;
      }
    }
    return false;
  }
}

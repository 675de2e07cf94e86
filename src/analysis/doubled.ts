import type { Block } from './segment';

// A page that shows a policy twice: X's page carries the announced policy and, below it, the current one until the
// announced one takes effect. Compared as a whole, every sentence of the second copy looks added. Each side of a pair
// is read as the one copy most like the other side instead.

/** Each copy holds at least this share of the blocks. */
const MIN_COPY_SHARE = 0.3;
/** Share of the smaller copy's distinct blocks that the other copy also has. */
const MIN_COPY_OVERLAP = 0.5;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / Math.min(a.size, b.size);
}

function keys(blocks: Block[]): Set<string> {
  return new Set(blocks.map((block) => block.key).filter((key) => key.length > 0));
}

/**
 * Distinct keys on each side of a moving cut, and how many both sides have: the overlap of the two copies for every
 * cut in one pass (recomputing the key sets per cut was quadratic on a page of one block repeated).
 */
class CutOverlap {
  private readonly before = new Map<string, number>();
  private readonly after = new Map<string, number>();
  private shared = 0;

  constructor(blocks: Block[], cut: number) {
    blocks.forEach((block, index) => {
      if (block.key.length > 0) this.add(index < cut ? this.before : this.after, block.key);
    });
    for (const key of this.before.keys()) if (this.after.has(key)) this.shared++;
  }

  private add(side: Map<string, number>, key: string): void {
    side.set(key, (side.get(key) ?? 0) + 1);
  }

  /** The block with this key moves from after the cut to before it. */
  move(key: string): void {
    if (key.length === 0) return;
    const left = (this.after.get(key) ?? 0) - 1;
    if (left === 0) {
      this.after.delete(key);
      if (this.before.has(key)) this.shared--;
    } else this.after.set(key, left);
    const isNew = !this.before.has(key);
    this.add(this.before, key);
    if (isNew && this.after.has(key)) this.shared++;
  }

  /** Share of the smaller side's distinct keys that the other side also has (as `overlap` of the two key sets). */
  overlap(): number {
    if (this.before.size === 0 || this.after.size === 0) return 0;
    return this.shared / Math.min(this.before.size, this.after.size);
  }
}

/** The two copies of a doubled page, or null when the page shows the policy once. */
export function splitCopies(blocks: Block[]): [Block[], Block[]] | null {
  const first = blocks.find((block) => block.key.length > 0);
  if (!first || blocks.length < 10) return null;
  const minimum = Math.ceil(blocks.length * MIN_COPY_SHARE);
  const cut = new CutOverlap(blocks, minimum);
  // The second copy starts where the page's first block (its title) comes back.
  for (let index = minimum; index <= blocks.length - minimum; index++) {
    if (index > minimum) cut.move((blocks[index - 1] as Block).key);
    if ((blocks[index] as Block).key !== first.key) continue;
    if (cut.overlap() >= MIN_COPY_OVERLAP) return [blocks.slice(0, index), blocks.slice(index)];
  }
  return null;
}

/** The blocks of `blocks` to compare with `other`: the copy most like it when the page is doubled, else all. */
export function copyToCompare(blocks: Block[], other: Block[]): Block[] {
  const copies = splitCopies(blocks);
  if (!copies || splitCopies(other)) return blocks;
  const otherKeys = keys(other);
  const [a, b] = copies;
  const chosen = overlap(keys(a), otherKeys) >= overlap(keys(b), otherKeys) ? a : b;
  // Positions are indexes into the compared sequence.
  return chosen === a ? a : b.map((block, index) => ({ ...block, index }));
}

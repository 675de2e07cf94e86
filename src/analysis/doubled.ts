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

/** The two copies of a doubled page, or null when the page shows the policy once. */
export function splitCopies(blocks: Block[]): [Block[], Block[]] | null {
  const first = blocks.find((block) => block.key.length > 0);
  if (!first || blocks.length < 10) return null;
  const minimum = Math.ceil(blocks.length * MIN_COPY_SHARE);
  // The second copy starts where the page's first block (its title) comes back.
  for (let index = minimum; index <= blocks.length - minimum; index++) {
    if ((blocks[index] as Block).key !== first.key) continue;
    const copies: [Block[], Block[]] = [blocks.slice(0, index), blocks.slice(index)];
    if (overlap(keys(copies[0]), keys(copies[1])) >= MIN_COPY_OVERLAP) return copies;
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

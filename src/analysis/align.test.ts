import { describe, expect, it } from 'vitest';
import {
  alignBlocks,
  anchorsOf,
  compatible,
  emptyPairing,
  gapsBetweenAnchors,
  jaccard,
  longestIncreasing,
  matchExactBlocks,
  orderPairs,
  pairAcrossDocument,
  pairGap,
  sortedJaccard,
  wordSets,
} from './align';
import { getLexicon } from './lexicon';
import { normalizePolicyText } from './normalize';
import { segment } from './segment';

const en = getLexicon('en');
const blocks = (text: string) => segment(normalizePolicyText(text), en);
const never = { overBudget: () => false };

describe('alignBlocks', () => {
  const a = 'We collect information you provide.';
  const b = 'We use information to personalise ads.';
  const c = 'We keep information for as long as we need it to provide our Products.';

  it('matches identical blocks, detects moves and pairs edited blocks by similarity', () => {
    const before = blocks(`# Policy\n\n${a}\n\n${b}\n\n${c}`);
    const after = blocks(`# Policy\n\n${b}\n\n${a}\n\n${c.replace('as long as', 'up to 90 days after')}`);
    const { pairs, coarse } = alignBlocks(before, after, never);
    expect(coarse).toBe(false);
    expect(pairs.map((pair) => pair.kind)).toEqual(['equal', 'moved', 'equal', 'modified']);
    expect(pairs[3]?.before?.text).toBe(c);
  });

  it('reports added and removed blocks, and stops pairing (coarse) past the budget', () => {
    const before = blocks(`# Policy\n\n${a}\n\n${b}`);
    const after = blocks(
      `# Policy\n\n${a}\n\nSomething entirely new about cookies and devices.\n\n${b} Also new words here.`,
    );
    expect(alignBlocks(before, after, never).pairs.map((pair) => pair.kind)).toEqual([
      'equal',
      'equal',
      'added',
      'modified',
    ]);
    const coarse = alignBlocks(before, after, { overBudget: () => true });
    expect(coarse.coarse).toBe(true);
    expect(coarse.pairs.filter((pair) => pair.kind === 'modified')).toEqual([]);
  });
});

describe('the steps of the alignment', () => {
  const p1 = 'We collect information you provide when you sign up.';
  const p2 = 'We use information to personalise ads you see.';
  const p3 = 'We keep information for as long as we need it to provide our Products.';
  const p4 = 'You can object to processing based on legitimate interests.';
  const keys = (list: readonly { key: string }[]) => list.map((block) => block.key);

  it('matchExactBlocks pairs equal keys wherever they sit, repeated keys in document order', () => {
    const before = blocks(`${p1}\n\n${p2}\n\n${p1}`);
    const after = blocks(`${p1}\n\n${p1}\n\n${p3}`);
    const exact = matchExactBlocks(before, after);
    expect([...exact.ofNew]).toEqual([0, 2, -1]);
    expect([...exact.ofOld]).toEqual([0, -1, 1]);
  });

  it('anchorsOf keeps the longest in-order chain of exact matches; the others are moves', () => {
    const before = blocks(`${p1}\n\n${p2}\n\n${p3}\n\n${p4}`);
    const after = blocks(`${p4}\n\n${p1}\n\n${p2}\n\n${p3}`);
    expect([...anchorsOf(matchExactBlocks(before, after))]).toEqual([0, 1, 1, 1]);
    expect([...longestIncreasing([3, 0, 1, 2])].sort()).toEqual([1, 2, 3]);
  });

  it('gapsBetweenAnchors gives the unmatched blocks between consecutive anchors', () => {
    const before = blocks(`${p1}\n\n${p2}\n\n${p3}`);
    const after = blocks(`${p1}\n\n${p2} Now also for research.\n\n${p3}\n\n${p4}`);
    const exact = matchExactBlocks(before, after);
    const gaps = gapsBetweenAnchors(before, after, exact, anchorsOf(exact));
    expect(gaps.map((gap) => [gap.before.length, gap.after.length])).toEqual([
      [0, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(gaps[1]?.after[0]?.text).toContain('Now also for research.');
  });

  it('pairGap: one block for one of the same type is a modification, however different', () => {
    const before = blocks(p1);
    const after = blocks(p4);
    const similar = emptyPairing(before, after);
    expect(pairGap({ before, after }, similar, wordSets(), never)).toBe(true);
    expect([...similar.ofNew]).toEqual([0]);
    // A heading is never the modification of a paragraph.
    const heading = blocks('# Your rights');
    const none = emptyPairing(before, heading);
    pairGap({ before, after: heading }, none, wordSets(), never);
    expect([...none.ofNew]).toEqual([-1]);
  });

  it('pairGap pairs by similarity above the threshold, and by the dateless key', () => {
    const before = blocks(`${p1}\n\n${p3}\n\nEffective May 27, 2025`);
    const after = blocks(
      `Effective June 16, 2026\n\n${p3.replace('as long as', 'while')}\n\nCompletely other words here.`,
    );
    const similar = emptyPairing(before, after);
    const datelessKey = (block: { key: string }) => (/\d{4}/.test(block.key) ? 'effective date' : null);
    pairGap({ before, after }, similar, wordSets(), { ...never, datelessKey });
    expect([...similar.ofNew]).toEqual([2, 1, -1]);
  });

  it('pairGap leaves the gap unpaired when the budget is spent', () => {
    const before = blocks(p1);
    const after = blocks(p4);
    const similar = emptyPairing(before, after);
    expect(pairGap({ before, after }, similar, wordSets(), { overBudget: () => true })).toBe(false);
    expect([...similar.ofNew]).toEqual([-1]);
  });

  it('pairAcrossDocument pairs leftovers that share most words, wherever they are', () => {
    const before = blocks(`${p3}\n\n${p2}`);
    const after = blocks(`${p2.replace('ads', 'adverts')}\n\n${p4}`);
    const similar = emptyPairing(before, after);
    expect(pairAcrossDocument(before, after, similar, wordSets(), never)).toBe(true);
    expect([...similar.ofNew]).toEqual([1, -1]);
    const stopped = emptyPairing(before, after);
    let calls = 0;
    expect(pairAcrossDocument(before, after, stopped, wordSets(), { overBudget: () => ++calls > 1 })).toBe(false);
  });

  it('orderPairs follows the new document and puts a removed block after the block that preceded it', () => {
    const before = blocks(`${p4}\n\n${p1}\n\n${p2}\n\n${p3}`);
    const after = blocks(`${p1}\n\n${p3}`);
    const exact = matchExactBlocks(before, after);
    const pairs = orderPairs(before, after, exact, anchorsOf(exact), emptyPairing(before, after));
    expect(pairs.map((pair) => [pair.kind, pair.before?.index ?? null, pair.after?.index ?? null])).toEqual([
      ['removed', 0, null],
      ['equal', 1, 0],
      ['removed', 2, null],
      ['equal', 3, 1],
    ]);
  });

  it('compares words by sorted ids, and knows which blocks may pair', () => {
    const words = wordSets();
    const [a, b] = blocks(`${p1}\n\n${p1} Again.`);
    expect(sortedJaccard(words(a!), words(b!), 0)).toBeCloseTo(
      jaccard(new Set(keys([a!])[0]?.split(' ')), new Set(keys([b!])[0]?.split(' '))),
    );
    expect(sortedJaccard(words(a!), Int32Array.from([]), 0.5)).toBe(0);
    const [heading] = blocks('# Heading');
    expect(compatible(a!, b!)).toBe(true);
    expect(compatible(a!, heading!)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { alignBlocks } from './align';
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

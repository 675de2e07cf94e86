import { describe, expect, it } from 'vitest';
import { diffTokens, tokenize, toWordRuns } from './word-diff';

function rebuild(runs: Array<{ op: string; text: string }>, side: 'before' | 'after'): string {
  return runs
    .filter((run) => run.op === 'equal' || run.op === (side === 'before' ? 'remove' : 'add'))
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('word diff', () => {
  const before = '* [Public content] you create or share, like posts, comments or audio.';
  const after = '* [Public content] you or others create or share, like posts, comments or audio.';

  it('finds the words added between two real versions of a row (Meta, June 2025)', () => {
    const ops = diffTokens(tokenize(before), tokenize(after));
    expect(ops).not.toBeNull();
    const runs = toWordRuns(ops ?? []);
    expect(runs.filter((run) => run.op === 'add').map((run) => run.text.trim())).toEqual(['or others']);
    expect(runs.some((run) => run.op === 'remove')).toBe(false);
    expect(rebuild(runs, 'before')).toBe(before);
    expect(rebuild(runs, 'after')).toBe(after);
  });

  it('rebuilds both sides of a larger edit', () => {
    const a =
      'We support research in areas like artificial intelligence and machine learning to do things like create COVID-19 forecasting models.';
    const b = 'We support research in areas like artificial intelligence and machine learning.';
    const runs = toWordRuns(diffTokens(tokenize(a), tokenize(b)) ?? []);
    expect(rebuild(runs, 'before')).toBe(a);
    expect(rebuild(runs, 'after')).toBe(b);
  });

  it('marks tokens inside link labels', () => {
    const tokens = tokenize('see [Help Center] now');
    expect(tokens.filter((token) => token.inLink && token.word).map((token) => token.norm)).toEqual(['help', 'center']);
    expect(tokens.find((token) => token.norm === 'now')?.inLink).toBe(false);
  });

  it('returns null past the edit budget instead of working on', () => {
    const a = Array.from({ length: 300 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 300 }, (_, i) => `b${i}`).join(' ');
    expect(diffTokens(tokenize(a), tokenize(b), 50)).toBeNull();
    expect(diffTokens(tokenize(a), tokenize(b), 1000)).not.toBeNull();
  });
});

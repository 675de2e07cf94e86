import { describe, expect, it } from 'vitest';
import { importVersions } from './import-versions';
import { FACEBOOK_DOC, facebookText, facebookVersionNames, freshStore, timeOf } from './testing';

const target = { ...FACEBOOK_DOC, url: 'https://www.facebook.com/privacy/policy/' };

describe('importVersions', () => {
  it('imports good versions, refuses and names bad ones, and a re-run adds nothing', async () => {
    const { store } = freshStore();
    const names = facebookVersionNames().slice(-6);
    const good = names.map((name) => ({ path: name, capturedAt: timeOf(name), text: facebookText(name) }));
    const bad = [
      { path: 'future.md', capturedAt: '2099-01-01T00:00:00.000Z', text: facebookText(names[0]!) },
      { path: 'deep.md', capturedAt: '2020-01-01T00:00:00.000Z', text: `${'<div>'.repeat(100_000)}x` },
    ];
    const progress: number[] = [];
    const first = await importVersions(target, [...bad, ...good], (done) => progress.push(done), store.recordCapture);
    expect(first.added + first.unchanged).toBe(good.length);
    expect(first.refused).toEqual([
      { path: 'deep.md', reason: 'text nested too deep (more than 500 levels)' },
      { path: 'future.md', reason: 'dated in the future (2099-01-01T00:00:00.000Z)' },
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const again = await importVersions(target, good, undefined, store.recordCapture);
    expect(again).toMatchObject({ added: 0, unchanged: good.length, refused: [] });
    expect(await store.unseenCount()).toBe(0);
  });

  it('names a version that throws in the reader and goes on', async () => {
    const boom = async () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const summary = await importVersions(
      target,
      [{ path: 'a.md', capturedAt: timeOf(facebookVersionNames()[0]!), text: 'x' }],
      undefined,
      boom,
    );
    expect(summary.refused).toEqual([{ path: 'a.md', reason: 'Maximum call stack size exceeded' }]);
  });
});

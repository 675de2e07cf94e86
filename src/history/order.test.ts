import { describe, expect, it } from 'vitest';
import { analyzePolicyChange } from '../analysis';
import {
  assertKind,
  FACEBOOK_DOC,
  facebookCapture,
  facebookText,
  facebookVersionNames,
  freshStore,
  timeOf,
} from './testing';

// The right order, whatever the order of arrival: a version is placed by its own recording time, a version placed
// between two makes the later one compare against it, a re-run adds nothing, an old version never alerts, and a
// time in the future or a text past the limit is refused.

const BEFORE_AI = '2025-04-23T12-31-08Z.md';
const AFTER_AI = '2025-05-28T00-30-56Z.md';
const names = facebookVersionNames();

const imported = (name: string) => facebookCapture(name, { source: 'import', extractorVersion: 0 });

describe('order of the history', () => {
  it('welcome, then import: today’s visit stays the latest, the import sits before it by date, a re-run adds nothing, nothing alerts', async () => {
    const { store } = freshStore();
    const today = new Date().toISOString();
    const visit = await store.recordCapture(facebookCapture(names.at(-1)!, { capturedAt: today }));
    assertKind(visit, 'baseline');
    const series = names.slice(-12);
    const kinds = [];
    // Newest first, as an interrupted import resumed from the other end would bring them.
    for (const name of [...series].reverse()) kinds.push((await store.recordCapture(imported(name))).kind);
    expect(kinds).not.toContain('refused');
    const versions = await store.listVersions(FACEBOOK_DOC);
    const latest = (await store.listDocuments())[0]?.latest;
    expect(latest?.id).toBe(visit.version.id);
    expect(latest?.capturedAt).toBe(today);
    const importedTimes = versions.filter((v) => v.source === 'import').map((v) => v.capturedAt);
    expect(importedTimes.length).toBeGreaterThan(3);
    expect(importedTimes.every((at) => at < today && series.map(timeOf).includes(at))).toBe(true);
    expect(await store.unseenCount()).toBe(0);

    // A re-run of the same import: every version is already there.
    for (const name of series) expect((await store.recordCapture(imported(name))).kind).toBe('unchanged');
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(versions.length);
  });

  it('gives the same comparisons whatever the order of arrival, keeping the ids of versions compared again', async () => {
    const series = [names[0]!, BEFORE_AI, AFTER_AI];
    const inOrder = freshStore().store;
    for (const name of series) await inOrder.recordCapture(facebookCapture(name));
    const shuffled = freshStore().store;
    const first = await shuffled.recordCapture(facebookCapture(series[0]!));
    const last = await shuffled.recordCapture(facebookCapture(series[2]!));
    assertKind(last, 'changed');
    const middle = await shuffled.recordCapture(facebookCapture(series[1]!));
    expect(middle.kind).not.toBe('refused');

    const expected = await inOrder.listVersions(FACEBOOK_DOC);
    const got = await shuffled.listVersions(FACEBOOK_DOC);
    expect(got.map((v) => v.capturedAt)).toEqual(expected.map((v) => v.capturedAt));
    const [a, b, c] = got;
    assertKind(first, 'baseline');
    expect(a?.id).toBe(first.version.id);
    expect(c?.id).toBe(last.version.id);
    expect(b?.previousId).toBe(a?.id);
    expect(c?.previousId).toBe(b?.id);
    const direct = analyzePolicyChange(facebookText(series[1]!), facebookText(series[2]!));
    expect(c?.report?.flags.map((f) => f.kind)).toEqual(direct.flags.map((f) => f.kind));
    expect(c?.report?.stats.blocksBefore).toBe(direct.stats.blocksBefore);
    expect(got.map((v) => v.report?.material ?? null)).toEqual(expected.map((v) => v.report?.material ?? null));
  });

  it('never alerts for a version dated before one already stored, however material', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(names[0]!));
    await store.recordCapture(facebookCapture(names.at(-1)!, { source: 'background' }));
    // Recorded in May 2025 by a visit, arriving after the later background check.
    const old = await store.recordCapture(facebookCapture(AFTER_AI));
    expect(old.kind).toBe('changed');
    assertKind(old, 'changed');
    expect(old.version.report?.material).toBe(true);
    expect(old.version.unseen).toBe(false);
    expect(await store.unseenCount()).toBe(0);
  });

  it('never alerts for an import, even one newer than everything stored', async () => {
    const { store } = freshStore();
    await store.recordCapture(imported(BEFORE_AI));
    const outcome = await store.recordCapture(imported(AFTER_AI));
    assertKind(outcome, 'changed');
    expect(outcome.version.unseen).toBe(false);
  });

  it('moves a version back to an older recording of its text instead of storing it twice', async () => {
    const { store } = freshStore();
    await store.recordCapture(imported(names[0]!));
    const later = await store.recordCapture(imported(BEFORE_AI));
    assertKind(later, 'changed');
    const earlier = new Date(Date.parse(timeOf(BEFORE_AI)) - 86_400_000).toISOString();
    const outcome = await store.recordCapture({ ...imported(BEFORE_AI), capturedAt: earlier });
    expect(outcome.kind).toBe('unchanged');
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions).toHaveLength(2);
    expect(versions[1]).toMatchObject({ id: later.version.id, capturedAt: earlier });
  });

  it('refuses a recording time in the future with a clear reason; later captures keep their own time', async () => {
    const { store } = freshStore();
    const planted = await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: '2099-01-01T00:00:00.000Z' }));
    expect(planted).toEqual({ kind: 'refused', reason: 'dated in the future (2099-01-01T00:00:00.000Z)' });
    const now = new Date().toISOString();
    const real = await store.recordCapture(facebookCapture(AFTER_AI, { capturedAt: now }));
    assertKind(real, 'baseline');
    expect(real.version.capturedAt).toBe(now);
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(1);
  });

  it('refuses a text past 2 MB before reading it, and a time that is not one', async () => {
    const { store } = freshStore();
    const huge = await store.recordCapture(facebookCapture(BEFORE_AI, { text: 'policy '.repeat(300_000) }));
    expect(huge).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/text too large \(2100000 characters/),
    });
    const noTime = await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: 'yesterday' }));
    expect(noTime).toMatchObject({ kind: 'refused', reason: '"yesterday" is not a date' });
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(0);
  });

  it('keeps only objection links on the platform’s own https pages', async () => {
    const { store } = freshStore();
    const own = { href: 'https://help.meta.com/support/privacy/', text: 'object', context: '' };
    const planted = [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'https://facebook.com.evil.example/',
    ].map((href) => ({ href, text: 'object', context: '' }));
    const outcome = await store.recordCapture({ ...facebookCapture(BEFORE_AI), objectionLinks: [...planted, own] });
    assertKind(outcome, 'baseline');
    expect(outcome.version.objectionLinks).toEqual([own]);
  });

  it('orders two versions recorded in the same millisecond by arrival', async () => {
    const { store } = freshStore();
    const at = timeOf(BEFORE_AI);
    await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: at }));
    const second = await store.recordCapture(facebookCapture(AFTER_AI, { capturedAt: at, source: 'background' }));
    assertKind(second, 'baseline');
    expect(second.version.capturedAt).toBe(new Date(Date.parse(at) + 1).toISOString());
  });
});

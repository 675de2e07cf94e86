import { describe, expect, it } from 'vitest';
import { assertKind, FACEBOOK_DOC, facebookCapture, freshStore, noiseVariant } from './testing';

// recordCapture on real Facebook privacy-policy versions from the corpus.
const NOISE_A = '2024-12-01T00-30-41Z.md';
const NOISE_B = '2024-12-01T12-30-41Z.md';
const BEFORE_AI = '2025-04-23T12-31-08Z.md';
const AFTER_AI = '2025-05-28T00-30-56Z.md';

describe('recordCapture', () => {
  it('stores the first capture as a baseline, without a report and not unseen', async () => {
    const { store } = freshStore();
    const outcome = await store.recordCapture(facebookCapture(BEFORE_AI));
    expect(outcome.kind).toBe('baseline');
    assertKind(outcome, 'baseline');
    expect(outcome.version.report).toBeNull();
    expect(outcome.version.unseen).toBe(false);
    expect(outcome.version.previousId).toBeNull();
    expect(outcome.version.language).toBe('en');
    expect(await store.unseenCount()).toBe(0);
  });

  it('answers unchanged for the same text and only moves lastSeenAt', async () => {
    const { store } = freshStore();
    const first = await store.recordCapture(facebookCapture(BEFORE_AI));
    const later = '2025-04-24T08:00:00.000Z';
    const again = await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: later, source: 'background' }));
    expect(again.kind).toBe('unchanged');
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.lastSeenAt).toBe(later);
    assertKind(first, 'baseline');
    expect(versions[0]?.capturedAt).toBe(first.version.capturedAt);
  });

  it('keeps the policy’s objection links with the version, and takes new targets of the same words', async () => {
    const { store } = freshStore();
    const old = [
      { href: 'https://www.facebook.com/help/contact/367438723733209', text: 'right to object to', context: '' },
    ];
    const moved = [{ href: 'https://help.meta.com/support/privacy/', text: 'right to object to', context: '' }];
    await store.recordCapture({ ...facebookCapture(BEFORE_AI), objectionLinks: old });
    expect((await store.listVersions(FACEBOOK_DOC))[0]?.objectionLinks).toEqual(old);
    // A source that reads no links (an import) leaves them; a visit with the same words and new targets moves them.
    await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: '2025-04-24T00:00:00.000Z' }));
    expect((await store.listVersions(FACEBOOK_DOC))[0]?.objectionLinks).toEqual(old);
    await store.recordCapture({
      ...facebookCapture(BEFORE_AI, { capturedAt: '2025-04-25T00:00:00.000Z' }),
      objectionLinks: moved,
    });
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.objectionLinks).toEqual(moved);
  });

  it('treats whitespace-only differences as the same text (hash of the normalised text)', async () => {
    const { store } = freshStore();
    const capture = facebookCapture(BEFORE_AI);
    await store.recordCapture(capture);
    const spaced = capture.text.replace(/\n\n/g, '\n\n\n').replace(/ {2}/g, ' ');
    const again = await store.recordCapture({ ...capture, text: spaced, capturedAt: '2025-04-24T00:00:00Z' });
    expect(again.kind).toBe('unchanged');
  });

  it('does not alert on the real noise pair (2024-12-01 00:30 → 12:30: only video link tokens differ)', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(NOISE_A));
    const outcome = await store.recordCapture(facebookCapture(NOISE_B));
    // Link targets are dropped by normalisation, so the two are the same text: no new version, nothing unseen.
    expect(outcome.kind).toBe('unchanged');
    expect(await store.unseenCount()).toBe(0);
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(1);
  });

  it('stores a noise-only change (a new effective date) as a version without alerting', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(NOISE_A));
    const outcome = await store.recordCapture(noiseVariant(NOISE_B));
    expect(outcome.kind).toBe('noise');
    assertKind(outcome, 'noise');
    expect(outcome.version.unseen).toBe(false);
    expect(outcome.version.report?.material).toBe(false);
    expect(await store.unseenCount()).toBe(0);
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(2);
  });

  it('reports the May 2025 AI-training change as material and unseen', async () => {
    const { store } = freshStore();
    const base = await store.recordCapture(facebookCapture(BEFORE_AI));
    const outcome = await store.recordCapture(facebookCapture(AFTER_AI));
    expect(outcome.kind).toBe('changed');
    assertKind(outcome, 'changed');
    assertKind(base, 'baseline');
    expect(outcome.version.unseen).toBe(true);
    expect(outcome.version.previousId).toBe(base.version.id);
    expect(outcome.version.report?.flags.some((f) => f.kind === 'ai-training' || f.kind === 'legal-basis')).toBe(true);
    expect(await store.unseenCount()).toBe(1);
    expect(await store.getText(outcome.version.id)).toBe(facebookCapture(AFTER_AI).text);
  });

  it('does not alert when the extractor version changed; keeps the report with a note', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(BEFORE_AI));
    const outcome = await store.recordCapture(facebookCapture(AFTER_AI, { extractorVersion: 2 }));
    expect(outcome.kind).toBe('baseline');
    assertKind(outcome, 'baseline');
    expect(outcome.version.note).toBe('extractor-changed');
    expect(outcome.version.unseen).toBe(false);
    expect(outcome.version.report?.material).toBe(true);
    expect(await store.unseenCount()).toBe(0);
  });

  it('refuses an empty capture and a capture cut to a fraction of the previous one', async () => {
    const { store } = freshStore();
    expect((await store.recordCapture(facebookCapture(BEFORE_AI, { text: '   ' }))).kind).toBe('refused');
    await store.recordCapture(facebookCapture(BEFORE_AI));
    const cut = facebookCapture(AFTER_AI);
    const refused = await store.recordCapture({ ...cut, text: cut.text.slice(0, 3000) });
    expect(refused.kind).toBe('refused');
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(1);
  });

  it('refuses a cut-short capture once, then keeps the same text seen again as a silent new reference', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(BEFORE_AI));
    // Half of the same policy: nothing new, most of it gone (what a page that lost a section looks like).
    const cut = facebookCapture(BEFORE_AI, { capturedAt: '2025-04-24T00:00:00Z' });
    const shortText = cut.text.slice(0, Math.floor(cut.text.length * 0.45));
    const otherShortText = cut.text.slice(0, Math.floor(cut.text.length * 0.4));
    expect((await store.recordCapture({ ...cut, text: shortText })).kind).toBe('refused');
    // A different cut-short text (a transient half-rendered page) does not count as "seen again".
    expect((await store.recordCapture({ ...cut, text: otherShortText })).kind).toBe('refused');
    expect((await store.recordCapture({ ...cut, text: otherShortText, source: 'background' })).kind).toBe('refused');
    const again = await store.recordCapture({ ...cut, text: otherShortText, capturedAt: '2025-05-29T00:00:00Z' });
    expect(again.kind).toBe('baseline');
    assertKind(again, 'baseline');
    expect(again.version.note).toBe('capture-shrank');
    expect(again.version.unseen).toBe(false);
    expect(await store.unseenCount()).toBe(0);
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(2);
  });

  it('stores a text once when a document returns to an earlier text', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(BEFORE_AI));
    await store.recordCapture(facebookCapture(AFTER_AI));
    await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: '2025-06-01T00:00:00Z' }));
    const estimate = await store.storageEstimate();
    expect(estimate.versions).toBe(3);
    expect(estimate.texts).toBe(2);
  });

  it('keeps one history per locale', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(BEFORE_AI));
    const other = await store.recordCapture(facebookCapture(AFTER_AI, { locale: 'en-GB' }));
    expect(other.kind).toBe('baseline');
    expect((await store.listDocuments()).map((d) => d.locale).sort()).toEqual(['en', 'en-GB']);
  });

  it('marks changes seen by version id and by document', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture(BEFORE_AI));
    const changed = await store.recordCapture(facebookCapture(AFTER_AI));
    if (changed.kind !== 'changed') throw new Error(`expected changed, got ${changed.kind}`);
    expect(await store.markSeen(FACEBOOK_DOC)).toBe(1);
    expect(await store.unseenCount()).toBe(0);
    expect((await store.getVersion(changed.version.id))?.unseen).toBe(false);
    expect(await store.markSeen(changed.version.id)).toBe(0);
  });
});

describe('recordCapture under concurrency', () => {
  it('leaves one version when several tabs capture the same text at once', async () => {
    const { store } = freshStore();
    const outcomes = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: `2025-04-23T12:3${i}:00Z` })),
      ),
    );
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['baseline', 'unchanged', 'unchanged', 'unchanged']);
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.lastSeenAt).toBe('2025-04-23T12:33:00.000Z');
  });

  it('loses no update when two stores (two contexts) write the same document at once', async () => {
    const { store, name } = freshStore();
    const { createHistoryStore } = await import('./store');
    const otherContext = createHistoryStore(name);
    await store.recordCapture(facebookCapture(BEFORE_AI));
    const [a, b] = await Promise.all([
      store.recordCapture(facebookCapture(AFTER_AI)),
      otherContext.recordCapture(facebookCapture(AFTER_AI, { capturedAt: '2025-05-28T01:00:00Z' })),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['changed', 'unchanged']);
    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions).toHaveLength(2);
    expect(await store.unseenCount()).toBe(1);
  });
});

describe('captures from two sources (a visit and a background check)', () => {
  // The printable page renders the same policy with its own page furniture.
  const printable = (file: string, capturedAt: string) => {
    const capture = facebookCapture(file, { source: 'background', capturedAt });
    return { ...capture, text: `${capture.text}\n\nMeta © 2025 · Cookies · Terms · Printable version`, url: PRINTABLE };
  };
  const PRINTABLE = 'https://mbasic.facebook.com/privacy/policy/printable/';

  it('compares each source only with itself and alerts once for a change both see', async () => {
    const { store } = freshStore();
    expect((await store.recordCapture(facebookCapture(BEFORE_AI))).kind).toBe('baseline');
    const firstCheck = await store.recordCapture(printable(BEFORE_AI, '2025-04-24T00:00:00Z'));
    expect(firstCheck.kind).toBe('baseline');
    assertKind(firstCheck, 'baseline');
    expect(firstCheck.version).toMatchObject({ note: 'new-source', unseen: false, report: null });

    // Alternating sources with an unchanged policy: no new version, no alert.
    expect((await store.recordCapture(facebookCapture(BEFORE_AI, { capturedAt: '2025-04-25T00:00:00Z' }))).kind).toBe(
      'unchanged',
    );
    expect((await store.recordCapture(printable(BEFORE_AI, '2025-04-26T00:00:00Z'))).kind).toBe('unchanged');
    expect(await store.listVersions(FACEBOOK_DOC)).toHaveLength(2);

    const checked = await store.recordCapture(printable(AFTER_AI, '2025-05-28T01:00:00Z'));
    expect(checked.kind).toBe('changed');
    assertKind(checked, 'changed');
    expect(checked.version.unseen).toBe(true);
    expect(checked.version.previousId).toBe(firstCheck.version.id);

    const visited = await store.recordCapture(facebookCapture(AFTER_AI, { capturedAt: '2025-05-29T00:00:00Z' }));
    expect(visited.kind).toBe('changed');
    assertKind(visited, 'changed');
    expect(visited.version).toMatchObject({ unseen: false, note: 'reported-via-other-source' });
    expect(visited.version.report?.material).toBe(true);
    expect(await store.unseenCount()).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { FACEBOOK_DOC, facebookCapture, freshStore, noiseVariant, storeWithVersions } from './testing';
import type { EvidenceRecord } from './types';

describe('pruning', () => {
  it('keeps the first and the latest version and a version named by evidence, and never touches evidence', async () => {
    const { store, name, versions: before } = await storeWithVersions(7);
    const cited = before[3];
    if (!cited) throw new Error('no version');
    const evidence: EvidenceRecord = {
      id: 'ev-1',
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      at: '2025-05-01T10:00:00.000Z',
      policyVersionId: cited.id,
      confirmationText: null,
      method: 'marked-done',
    };
    const db = await openHistoryDb(name);
    await db.put(STORE.evidence, evidence);

    const removed = await store.prune({ maxVersionsPerDocument: 3, maxTextBytes: Number.MAX_SAFE_INTEGER });
    expect(removed).toBe(4);
    const after = (await store.listVersions(FACEBOOK_DOC)).map((v) => v.id);
    expect(after).toEqual([before[0]?.id, cited.id, before[6]?.id]);
    expect(await db.get(STORE.evidence, 'ev-1')).toEqual(evidence);
    // Texts no version uses any more are gone; the kept versions still have theirs.
    expect((await store.storageEstimate()).texts).toBe(3);
    for (const id of after) expect(await store.getText(id ?? '')).not.toBeNull();
  });

  it('bounds the total compressed size, down to first and latest when the budget is tiny', async () => {
    const { store, versions } = await storeWithVersions(5);
    const removed = await store.prune({ maxVersionsPerDocument: 100, maxTextBytes: 1 });
    expect(removed).toBe(3);
    const left = (await store.listVersions(FACEBOOK_DOC)).map((v) => v.id);
    expect(left).toEqual([versions[0]?.id, versions[4]?.id]);
  });

  it('drops noise-only versions before real changes', async () => {
    const { store } = freshStore();
    await store.recordCapture(facebookCapture('2024-11-15T00-30-38Z.md'));
    await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    await store.recordCapture(noiseVariant('2024-12-01T12-30-41Z.md'));
    await store.recordCapture(facebookCapture('2025-04-23T12-31-08Z.md'));
    await store.recordCapture(facebookCapture('2025-05-28T00-30-56Z.md'));
    const versions = await store.listVersions(FACEBOOK_DOC);
    const noise = versions.filter((v) => v.report && !v.report.material).map((v) => v.id);
    expect(noise.length).toBeGreaterThan(0);
    await store.prune({
      maxVersionsPerDocument: versions.length - noise.length,
      maxTextBytes: Number.MAX_SAFE_INTEGER,
    });
    const left = (await store.listVersions(FACEBOOK_DOC)).map((v) => v.id);
    for (const id of noise) expect(left).not.toContain(id);
  });
});

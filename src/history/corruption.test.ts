import { describe, expect, it } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { FACEBOOK_DOC, facebookCapture, freshStore } from './testing';

describe('corrupt records', () => {
  it('sets a malformed version aside with its reason and still reads the others', async () => {
    const { store, name } = freshStore();
    const base = await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    if (base.kind !== 'baseline') throw new Error(base.kind);
    const db = await openHistoryDb(name);
    await db.put(STORE.versions, { ...base.version, id: 'broken', capturedAt: 'yesterday', textHash: 42 });
    await db.put(STORE.versions, { id: 'half-written', platformId: 'facebook' });

    const versions = await store.listVersions(FACEBOOK_DOC);
    expect(versions.map((v) => v.id)).toEqual([base.version.id]);
    expect(await store.listDocuments()).toHaveLength(1);
    const quarantined = (await db.getAll(STORE.quarantine)) as { store: string; key: string; reason: string }[];
    expect(quarantined.map((q) => q.key).sort()).toEqual(['broken', 'half-written']);
    expect(quarantined.every((q) => q.store === STORE.versions && q.reason.length > 0)).toBe(true);
    expect(await db.count(STORE.versions)).toBe(1);
  });

  it('quarantines a text that no longer decompresses and answers null instead of throwing', async () => {
    const { store, name } = freshStore();
    const base = await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    if (base.kind !== 'baseline') throw new Error(base.kind);
    const db = await openHistoryDb(name);
    const stored = (await db.get(STORE.texts, base.version.textHash)) as { data: Uint8Array };
    await db.put(STORE.texts, { ...stored, data: new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x13]) });

    expect(await store.getText(base.version.id)).toBeNull();
    const [q] = (await db.getAll(STORE.quarantine)) as { store: string; reason: string }[];
    expect(q?.store).toBe(STORE.texts);
    expect(q?.reason).toMatch(/decompress/);
    // The next capture cannot be compared with a lost text: it becomes a baseline, not a false alert.
    const next = await store.recordCapture(facebookCapture('2025-05-28T00-30-56Z.md'));
    expect(next.kind).toBe('baseline');
  });

  it('skips over a corrupt latest version when recording a capture', async () => {
    const { store, name } = freshStore();
    await store.recordCapture(facebookCapture('2024-12-01T00-30-41Z.md'));
    const db = await openHistoryDb(name);
    await db.put(STORE.versions, { ...FACEBOOK_DOC, id: 'garbage', capturedAt: '2030-01-01T00:00:00.000Z' });
    const outcome = await store.recordCapture(facebookCapture('2024-12-01T12-30-41Z.md'));
    // Compared with the valid version below the corrupt one: the same text once normalised.
    expect(outcome.kind).toBe('unchanged');
    expect(await db.count(STORE.quarantine)).toBe(1);
  });
});

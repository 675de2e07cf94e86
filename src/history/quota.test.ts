import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { totalTextBytes } from './prune';
import { freeSpaceFor } from './quota';
import { FACEBOOK_DOC, facebookCapture, facebookVersionNames, storeWithVersions } from './testing';
import type { PolicyVersion } from './types';

// IndexedDB running out of room, simulated: writes to the texts store fail with QuotaExceededError (as Chrome's
// IndexedDB does when the disk or the origin's quota is full) for as long as `disk.full` says so, or once.

const disk = { failuresLeft: 0 };
const realPut = IDBObjectStore.prototype.put;

function simulateFullDisk(failures: number): void {
  disk.failuresLeft = failures;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === STORE.texts && disk.failuresLeft > 0) {
      disk.failuresLeft--;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return realPut.apply(this, args);
  });
}

/** Order of removal in prune.ts: seen noise (0), seen changes (1), unseen changes (2). */
const pruneRank = (v: PolicyVersion) => (v.unseen ? 2 : v.report && !v.report.material ? 0 : 1);

/** The next corpus version whose text differs from every stored one (so the capture needs a new text record). */
function nextNewVersion(stored: number): string {
  const name = facebookVersionNames()[stored + 12];
  if (!name) throw new Error('corpus too short');
  return name;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage full (QuotaExceededError)', () => {
  it('prunes by the documented policy, then stores the capture and says how many versions went', async () => {
    const { store, name, versions: before } = await storeWithVersions(10);
    const db = await openHistoryDb(name);
    const bytesBefore = await totalTextBytes(db);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    simulateFullDisk(1);

    const outcome = await store.recordCapture(
      facebookCapture(nextNewVersion(10), { capturedAt: new Date().toISOString() }),
    );

    expect(outcome.kind).not.toBe('refused');
    expect(outcome.storage?.full).toBe(false);
    const removed = outcome.storage?.removed ?? 0;
    expect(removed).toBeGreaterThan(0);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/storage full; pruning removed \d+/));
    const after = await store.listVersions(FACEBOOK_DOC);
    expect(after).toHaveLength(before.length - removed + 1);
    // Never dropped: the first version and the latest one before the capture; the capture itself is now the latest.
    const kept = new Set(after.map((v) => v.id));
    expect(kept.has(before[0]?.id ?? '')).toBe(true);
    expect(kept.has(before.at(-1)?.id ?? '')).toBe(true);
    expect(after.at(-1)?.id).toBe(outcome.kind === 'refused' ? 'refused' : outcome.version.id);
    // Removed in the policy's order: nothing kept (and prunable) ranks below something removed.
    const gone = before.filter((v) => !kept.has(v.id));
    const keptPrunable = before.slice(1, -1).filter((v) => kept.has(v.id));
    const worstGone = Math.max(...gone.map(pruneRank));
    expect(keptPrunable.every((v) => pruneRank(v) >= worstGone)).toBe(true);
    // Room was made: pruning left the old texts at most half what they took, less what the capture needed, so with
    // the capture's own text stored all texts take at most half.
    expect(await totalTextBytes(db)).toBeLessThanOrEqual(bytesBefore / 2);
  });

  it('refuses the capture as "storage full" when pruning cannot make room, keeping the rest and no orphan text', async () => {
    const { store, name, versions: before } = await storeWithVersions(6);
    const db = await openHistoryDb(name);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    simulateFullDisk(Number.POSITIVE_INFINITY);

    const outcome = await store.recordCapture(
      facebookCapture(nextNewVersion(6), { capturedAt: new Date().toISOString() }),
    );

    expect(outcome).toMatchObject({ kind: 'refused', reason: 'storage full', storage: { full: true } });
    const after = await store.listVersions(FACEBOOK_DOC);
    expect(after.length).toBe(before.length - (outcome.storage?.removed ?? 0));
    expect(after.at(-1)?.id).toBe(before.at(-1)?.id);
    // Every text still stored belongs to a version, and every version still has its text.
    const hashes = new Set(after.map((v) => v.textHash));
    expect((await db.getAllKeys(STORE.texts)).map(String).sort()).toEqual([...hashes].sort());
    for (const v of after) expect(await store.getText(v.id)).not.toBeNull();
  });

  it('frees room down to half the stored texts less what the write needs, and no further', async () => {
    const { store, name, versions } = await storeWithVersions(10);
    const db = await openHistoryDb(name);
    const before = await totalTextBytes(db);
    const bytesOf = new Map(
      ((await db.getAll(STORE.texts)) as { hash: string; bytes: number }[]).map((t) => [t.hash, t.bytes]),
    );
    const needed = 45_000; // more than any one text, so leaving it out of the target shows
    const removed = await freeSpaceFor(db, needed);
    const after = await totalTextBytes(db);
    const target = Math.floor(before / 2) - needed;
    expect(removed).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(target);
    // Pruning stops as soon as the texts fit: without the last version removed (in the policy's order), they did not.
    const kept = new Set((await store.listVersions(FACEBOOK_DOC)).map((v) => v.id));
    const gone = versions
      .filter((v) => !kept.has(v.id))
      .sort((a, b) => pruneRank(a) - pruneRank(b) || a.capturedAt.localeCompare(b.capturedAt));
    expect(after + (bytesOf.get(gone.at(-1)?.textHash ?? '') ?? 0)).toBeGreaterThan(target);
  });
});

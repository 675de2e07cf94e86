import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHistoryDb, STORE } from './db';
import { totalTextBytes } from './prune';
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
      facebookCapture(nextNewVersion(10), { capturedAt: '2030-01-01T00:00:00.000Z' }),
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
    if (outcome.kind !== 'refused') expect(after.at(-1)?.id).toBe(outcome.version.id);
    // Removed in the policy's order: nothing kept (and prunable) ranks below something removed.
    const gone = before.filter((v) => !kept.has(v.id));
    const keptPrunable = before.slice(1, -1).filter((v) => kept.has(v.id));
    const worstGone = Math.max(...gone.map(pruneRank));
    expect(keptPrunable.every((v) => pruneRank(v) >= worstGone)).toBe(true);
    // Room was made: the old texts take at most half what they took.
    expect(await totalTextBytes(db)).toBeLessThan(bytesBefore);
  });

  it('refuses the capture as "storage full" when pruning cannot make room, keeping the rest and no orphan text', async () => {
    const { store, name, versions: before } = await storeWithVersions(6);
    const db = await openHistoryDb(name);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    simulateFullDisk(Number.POSITIVE_INFINITY);

    const outcome = await store.recordCapture(
      facebookCapture(nextNewVersion(6), { capturedAt: '2030-01-01T00:00:00.000Z' }),
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
});

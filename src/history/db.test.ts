import { describe, expect, it } from 'vitest';
import { openHistoryDb, STORE, withHistoryDb } from './db';

// Another context (the history page's "Delete everything", a newer build upgrading the schema) can close this
// context's connection at any moment; an operation caught in between must not fail for it.

const deleteDatabase = (name: string) =>
  new Promise<void>((done, fail) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => done();
    request.onerror = () => fail(request.error);
  });

describe('withHistoryDb', () => {
  it('runs an operation again on a fresh connection when its connection was closed under it', async () => {
    const name = `closing-${crypto.randomUUID()}`;
    const first = await openHistoryDb(name);
    await first.put(STORE.meta, 'kept', 'k');
    let attempts = 0;
    const count = await withHistoryDb(async (db) => {
      attempts++;
      // The delete closes this connection (versionchange → blocking) before the transaction below starts.
      if (attempts === 1) await deleteDatabase(name);
      return db.count(STORE.meta);
    }, name);
    expect(attempts).toBe(2);
    expect(count).toBe(0); // the fresh database, after the delete
  });

  it('does not repeat an operation that failed for any other reason', async () => {
    const name = `failing-${crypto.randomUUID()}`;
    let attempts = 0;
    const failing = withHistoryDb(async (db) => {
      attempts++;
      return db.get('no-such-store', 'k');
    }, name);
    await expect(failing).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});

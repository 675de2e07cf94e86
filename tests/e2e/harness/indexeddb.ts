// Reading the extension's IndexedDB from a test. It runs in the service worker, which shares the extension's origin
// (and so its databases) with the extension pages.

/** Runs in the service worker. Never creates the database: opening a missing one would create it at version 1. */
export async function readAllRecords({
  database,
  store,
}: {
  database: string;
  store: string;
}): Promise<unknown[] | null> {
  const existing = await indexedDB.databases();
  if (!existing.some((db) => db.name === database)) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

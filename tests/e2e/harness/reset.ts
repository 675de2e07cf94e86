import type { ExtensionGlobals } from './extension-globals';

// What a test that must not depend on the tests before it starts from: the extension's data as at install. Runs in
// the service worker (serialised by playwright: no closures, no named inner functions; see notifications.ts).

/**
 * Empties every object store of every IndexedDB database of the extension (their schemas kept, so the extension's
 * open connections stay valid), clears storage.local and storage.session and every alarm, and closes every
 * notification shown.
 */
export async function clearExtensionData(): Promise<void> {
  const { chrome } = globalThis as unknown as ExtensionGlobals;
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) continue;
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error(`clearing ${name} was aborted`));
      });
    } finally {
      db.close();
    }
  }
  await chrome.storage.local.clear();
  await chrome.storage.session.clear();
  // The worker's start-up schedules its alarms again (as at install); a retry alarm left by a test must not fire.
  await chrome.alarms.clearAll();
  const shown = Object.keys(await chrome.notifications.getAll());
  await Promise.all(shown.map((id) => chrome.notifications.clear(id)));
}

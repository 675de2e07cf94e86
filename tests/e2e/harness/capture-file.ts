import { classifyUrl } from '../../../src/platforms/classify-url';
import type { Extension } from './extension';

// A saved page (a real platform page, or one a user saved) served under its real URL to the built extension, and the
// Markdown the extension stored for it: what `npm run capture` prints and what the real-page tests measure.
//
// The page's own scripts are blocked (Content-Security-Policy script-src 'none'; content scripts are not subject to
// a page's CSP): a saved DOM already holds what the scripts rendered, and a saved server answer is read as the
// background check reads it. Scripts running again over a saved DOM, with every third-party host unreachable, would
// test the platform's bundle and this machine's network, not the extension.

export type FileCapture =
  | {
      kind: 'stored';
      platformId: string;
      documentId: string;
      markdown: string;
      textHash: string;
      /** False when the text was already the document's latest from visits (the version was only seen again). */
      newVersion: boolean;
    }
  | { kind: 'not-recognised'; detail: string }
  | { kind: 'not-stored'; platformId: string; documentId: string; detail: string };

export const BLOCK_PAGE_SCRIPTS = { 'Content-Security-Policy': "script-src 'none'" } as const;

interface VersionRecord {
  platformId: string;
  documentId: string;
  source: string;
  capturedAt: string;
  lastSeenAt: string;
  textHash: string;
}

/** Serve `file` at `url`, open it, and wait for the version the extension stores (or its refusal, or a timeout). */
export async function captureFile(
  ext: Extension,
  url: string,
  file: string,
  options: { timeoutMs?: number } = {},
): Promise<FileCapture> {
  const cls = classifyUrl(url);
  if (!cls) return { kind: 'not-recognised', detail: `${new URL(url).host} is not a platform host in the registry` };
  if (cls.pageType !== 'policy' || !cls.documentId)
    return { kind: 'not-recognised', detail: `${url} is a ${cls.platformId} page, but not a policy page` };
  const { platformId, documentId } = cls;
  const { host, pathname } = new URL(url);
  ext.server.serveFile(host, pathname, file, BLOCK_PAGE_SCRIPTS);
  const since = new Date().toISOString();
  const refusals: string[] = [];
  const page = await ext.context.newPage();
  page.on('console', (message) => {
    if (/^\[policy-watch\] (capture refused|policyCaptured not delivered)/.test(message.text()))
      refusals.push(message.text());
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + (options.timeoutMs ?? 25_000);
    for (;;) {
      const version = await newestVersionSince(ext, platformId, documentId, since);
      if (version) {
        const markdown = await storedText(ext, version.textHash);
        if (markdown === null) return { kind: 'not-stored', platformId, documentId, detail: 'version without text' };
        const newVersion = version.capturedAt >= since;
        return { kind: 'stored', platformId, documentId, markdown, textHash: version.textHash, newVersion };
      }
      if (refusals.length > 0) return { kind: 'not-stored', platformId, documentId, detail: refusals.join('; ') };
      if (Date.now() > deadline)
        return { kind: 'not-stored', platformId, documentId, detail: 'nothing was stored (no capture within time)' };
      await page.waitForTimeout(250);
    }
  } finally {
    await page.close();
    ext.server.serveFile(host, pathname, null);
  }
}

async function newestVersionSince(
  ext: Extension,
  platformId: string,
  documentId: string,
  since: string,
): Promise<VersionRecord | null> {
  const records = ((await ext.readIndexedDb('policy-watch', 'versions')) ?? []) as VersionRecord[];
  const touched = records
    .filter((v) => v.platformId === platformId && v.documentId === documentId && v.source === 'visit')
    .filter((v) => v.capturedAt >= since || v.lastSeenAt >= since)
    .sort((a, b) => (a.lastSeenAt > b.lastSeenAt ? -1 : 1));
  return touched[0] ?? null;
}

/** The stored (deflated) text of a hash, inflated in the worker with the platform's own DecompressionStream. */
export async function storedText(ext: Extension, hash: string): Promise<string | null> {
  const worker = await ext.ensureServiceWorker();
  return worker.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('policy-watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const record = await new Promise<{ data: Uint8Array } | undefined>((resolve, reject) => {
        const request = db.transaction('texts', 'readonly').objectStore('texts').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!record) return null;
      const stream = new Blob([record.data as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new DecompressionStream('deflate-raw'));
      return await new Response(stream).text();
    } finally {
      db.close();
    }
  }, hash);
}

/**
 * Delete the extension's history database, so that a test starts with none (the extension's open connections close
 * themselves when another context deletes or upgrades the database, and reopen on the next use).
 */
export async function deleteHistory(ext: Extension): Promise<void> {
  const worker = await ext.ensureServiceWorker();
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('policy-watch');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => setTimeout(resolve, 2_000);
      }),
  );
}

/** The background-check state of one document (the history database's meta record "check:<platform>/<document>"). */
export async function checkStateOf(
  ext: Extension,
  platformId: string,
  documentId: string,
): Promise<{ lastSuccessAt: string | null; lastError: string | null; unreadable?: boolean } | null> {
  const worker = await ext.ensureServiceWorker();
  return worker.evaluate(async (key) => {
    const existing = await indexedDB.databases();
    if (!existing.some((db) => db.name === 'policy-watch')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('policy-watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<never>((resolve, reject) => {
        const request = db.transaction('meta', 'readonly').objectStore('meta').get(key);
        request.onsuccess = () => resolve(request.result ?? null);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, `check:${platformId}/${documentId}`);
}

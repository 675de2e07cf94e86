import { describe, expect, it } from 'vitest';
import { normalizePolicyText } from '../../src/analysis';
import { classifyUrl } from '../../src/platforms/classify-url';
import { BLOCK_PAGE_SCRIPTS } from '../e2e/harness/capture-file';
import { documentsWithChecks, htmlPath, realPages } from '../real-pages/real-pages';
import { type FirefoxGlobals, useFirefoxExtension } from './harness';

// In Firefox, where a background check parses the fetched page in the event page itself: for every document of the
// registry with a background check, its real page (tests/real-pages: the raw server answer where there is one),
// visited with its scripts blocked and then fetched by the check from the document's fetchUrl, gives the visit's
// text block for block. One check runs for all documents at once: each check state starts fresh (no back-off left
// by a check that found another document's page missing).

interface StoredVersion {
  platformId: string;
  documentId: string;
  source: string;
  textHash: string;
}

const checked = documentsWithChecks(realPages());

describe('Firefox: background checks of the real pages', () => {
  const ext = useFirefoxExtension();

  const versions = async () => ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
  /** A stored text, inflated in an extension page (the store keeps texts deflated). */
  const textOf = (hash: string) =>
    ext().inExtension(async (key) => {
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

  /** The background-check state of one document (meta record "check:<platform>/<document>"). */
  const checkState = (key: string) =>
    ext().inExtension(async (metaKey) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('policy-watch');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<{ lastAttemptAt?: string; lastError: string | null } | undefined>(
          (resolve, reject) => {
            const request = db.transaction('meta', 'readonly').objectStore('meta').get(metaKey);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          },
        );
      } finally {
        db.close();
      }
    }, `check:${key}`);

  it("gives each document's visit text, block for block", async () => {
    const visits = new Map<string, string>();
    // Tabs stay open until the end: a tab closed while its content script still waits on an answer makes Firefox log
    // "Promise resolved after context unloaded".
    const tabs: { close(): Promise<void> }[] = [];
    for (const { page } of checked) {
      const cls = classifyUrl(page.url);
      if (!cls?.documentId) throw new Error(`${page.url} is not recognised`);
      const key = `${cls.platformId}/${cls.documentId}`;
      if (visits.has(key)) continue;
      const { host, pathname } = new URL(page.url);
      ext().server.serveFile(host, pathname, htmlPath(page), BLOCK_PAGE_SCRIPTS);
      const tab = await ext().openPage(page.url);
      await expect
        .poll(
          async () =>
            (await versions()).find((v) => v.source === 'visit' && `${v.platformId}/${v.documentId}` === key)
              ?.textHash ?? null,
          { timeout: 30_000 },
        )
        .not.toBeNull();
      tabs.push(tab);
      const visit = (await versions()).find((v) => v.source === 'visit' && `${v.platformId}/${v.documentId}` === key);
      visits.set(key, (await textOf(visit?.textHash ?? '')) ?? '');
    }
    for (const { fetchUrl, page } of checked) {
      const { host, pathname } = new URL(fetchUrl);
      ext().server.serveFile(host, pathname, htmlPath(page), BLOCK_PAGE_SCRIPTS);
    }
    await new Promise((done) => setTimeout(done, 1_000));
    for (const tab of tabs) await tab.close();
    const since = new Date().toISOString();
    await ext().inExtension(
      (name) => (globalThis as unknown as FirefoxGlobals).browser.alarms.create(name, { when: Date.now() }),
      'policy-watch:check',
    );
    for (const { platformId, documentId, page } of checked) {
      const cls = classifyUrl(page.url);
      const visitText = visits.get(`${cls?.platformId}/${cls?.documentId}`) ?? '';
      const own = async () =>
        (await versions()).filter((v) => v.platformId === platformId && v.documentId === documentId);
      const state = () => checkState(`${platformId}/${documentId}`);
      await expect.poll(async () => ((await state())?.lastAttemptAt ?? '') >= since, { timeout: 60_000 }).toBe(true);
      expect((await state())?.lastError ?? null, `${platformId}/${documentId}`).toBeNull();
      // The check's text is a version of its own (source "background"), or the visit's version seen again.
      const fromCheck = (await own()).find((v) => v.source === 'background');
      const text = fromCheck ? ((await textOf(fromCheck.textHash)) ?? '') : visitText;
      expect(normalizePolicyText(text).split('\n\n'), `${platformId}/${documentId}`).toEqual(
        normalizePolicyText(visitText).split('\n\n'),
      );
    }
  });
});

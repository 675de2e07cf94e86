import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionGlobals } from './extension-globals';
import { SITES_DIR, useExtension } from './index';

// The harness checks itself: every helper the feature tests lean on must be able to see a failure, or those tests
// could pass while seeing nothing. It serves its own scratch fixture so it does not depend on the fixture pages.

const HOST = 'www.facebook.com';
const PATH = '/pw-harness-self-test/';
const URL_ = `https://${HOST}${PATH}`;
const scratchDir = join(SITES_DIR, HOST, 'pw-harness-self-test');

beforeAll(() => {
  mkdirSync(scratchDir, { recursive: true });
  writeFileSync(join(scratchDir, 'index.html'), '<!doctype html><title>base</title><p id="v">base</p>');
  writeFileSync(join(scratchDir, 'index.changed.html'), '<!doctype html><title>changed</title><p id="v">changed</p>');
});
afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

describe('harness', () => {
  const ext = useExtension();

  it('serves fixtures under the real host name, switches variants, fails and delays on demand, logs requests', async () => {
    const page = await ext().openPage(URL_);
    expect(new URL(page.url()).host).toBe(HOST);
    expect(await page.textContent('#v')).toBe('base');

    ext().server.setVariant(HOST, PATH, 'changed');
    await page.reload();
    expect(await page.textContent('#v')).toBe('changed');
    expect(() => ext().server.setVariant(HOST, PATH, 'missing')).toThrow(/No variant "missing"/);

    ext().server.setStatus(HOST, PATH, 500);
    expect((await page.reload())?.status()).toBe(500);
    ext().server.setStatus(HOST, PATH, null);

    ext().server.setDelay(HOST, PATH, 800);
    const before = Date.now();
    await page.reload();
    expect(Date.now() - before).toBeGreaterThanOrEqual(800);

    expect(
      ext()
        .server.requestsTo(HOST, PATH)
        .map((r) => r.method),
    ).toEqual(['GET', 'GET', 'GET', 'GET']);
  });

  it('lets no request leave for a host outside the registry', async () => {
    const page = await ext().openPage('about:blank');
    await expect(page.goto('https://example.org/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  });

  it('tells tabs apart and reads the badge the extension set', async () => {
    const first = await ext().openPage(URL_);
    const second = await ext().openPage(URL_);
    const [a, b] = [await ext().tabIdOf(first), await ext().tabIdOf(second)];
    expect(a).not.toBe(b);
    await ext().serviceWorker.evaluate((tabId) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.action.setBadgeText({ tabId, text: 'T' });
    }, a);
    expect(await ext().badgeText(a)).toBe('T');
    expect(await ext().badgeText(b)).toBe('');
  });

  it('records notifications with their text, also after the worker was stopped', async () => {
    const create = () =>
      ext().serviceWorker.evaluate(() => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return chrome.notifications.create({
          type: 'basic',
          iconUrl: 'icon/128.png',
          title: 'Policy changed',
          message: 'Facebook changed its privacy policy',
          buttons: [{ title: 'Show' }],
        });
      });
    const id = await create();
    const instanceMark = () =>
      ext().serviceWorker.evaluate(() => (globalThis as { pwMark?: string }).pwMark ?? 'fresh');
    await ext().serviceWorker.evaluate(() => {
      (globalThis as { pwMark?: string }).pwMark = 'before stop';
    });
    await ext().stopServiceWorker();
    expect(() => ext().serviceWorker).toThrow(/stopped/);
    await ext().ensureServiceWorker();
    expect(await instanceMark()).toBe('fresh'); // really a new instance: its memory is gone
    await expect.poll(() => ext().notifications().length).toBe(1); // the restarted worker is wrapped again
    await create();
    await expect.poll(() => ext().notifications().length).toBe(2);
    expect(ext().notifications()[0]).toMatchObject({ id, title: 'Policy changed', buttons: ['Show'] });
    expect(await ext().openNotificationIds()).toContain(id);
  });

  it('reads and writes storage and IndexedDB', async () => {
    await ext().storageSet({ 'pw-self-test': { n: 1 } });
    expect(await ext().storageGet('pw-self-test')).toEqual({ 'pw-self-test': { n: 1 } });
    await ext().storageClear();
    expect(await ext().storageGet()).toEqual({});
    expect(await ext().readIndexedDb('pw-self-test-absent', 'x')).toBeNull();
    await ext().serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('pw-self-test', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('things', { keyPath: 'id' }).put({ id: 1 });
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    expect(await ext().readIndexedDb('pw-self-test', 'things')).toEqual([{ id: 1 }]);
  });

  it('catches console errors of the worker, extension pages and the content script', async () => {
    await ext().serviceWorker.evaluate(() => console.error('worker failure'));
    await ext().serviceWorker.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown in the worker');
      });
      void Promise.reject(new Error('rejected in the worker'));
    });
    const popup = await ext().openPopup(123);
    expect(new URL(popup.url()).searchParams.get('tab')).toBe('123');
    await popup.evaluate(() => console.error('popup failure'));
    const page = await ext().openPage(URL_);
    await page.evaluate(() => console.error('[policy-watch] content failure'));
    await page.evaluate(() => console.error('the site’s own error, not ours'));
    await expect.poll(() => ext().consoleErrors().length).toBe(5);
    const expected = [
      'worker failure',
      'thrown in the worker',
      'rejected in the worker',
      'popup failure',
      'content failure',
    ];
    expect(
      ext()
        .consoleErrors()
        .map((p) => p.text),
    ).toEqual(expect.arrayContaining(expected.map((text) => expect.stringContaining(text))));
    expect(() => ext().expectNoConsoleErrors()).toThrow(/Console errors in an extension context/);
    expect(ext().consoleErrors()).toEqual([]);
  });
});

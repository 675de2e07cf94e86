/**
 * The Firefox e2e harness: the shipped Firefox build (.output/firefox-mv2, from `wxt build -b firefox`) installed as a
 * temporary add-on in real Firefox (firefox-esr, or FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi.
 * Run: npm run test:firefox   (one file: flock /tmp/pw-e2e.lock npx vitest run --project firefox tests/e2e-firefox/x.e2e.ts)
 *
 *   import { useFirefoxExtension } from './harness';
 *   const ext = useFirefoxExtension();
 *   it('marks the policy page', async () => {
 *     const page = await ext().openPage('https://www.facebook.com/privacy/policy/');
 *     await expect.poll(async () => ext().badgeText(await ext().tabIdOf(page))).toBe('✓');
 *   });
 *
 * The interface follows the Chromium harness (tests/e2e/harness/index.ts); where Firefox differs:
 * - Pages are puppeteer Pages, not playwright ones (page.$, page.click, page.evaluate, page.waitForSelector...).
 *   Puppeteer reports "about:blank" as the url() of tabs on extension pages; ask the page (location.href).
 * - There is no service worker: the background is an event page, which is no BiDi target. `inExtension(fn, arg)`
 *   runs fn in an extension page the harness keeps open (evidence.html, the first tab after about:blank; do not
 *   close it), with the same rights and the same `browser.*` (promise-based) as the event page.
 *   `backgroundState()` / `stopBackground()` replace ensureServiceWorker/stopServiceWorker.
 * - Extension pages cannot be reached by BiDi navigation (refused: they are not web-accessible). The harness opens
 *   them as the address bar does, through BiDi's chrome scope (--remote-allow-system-access): openPopup(tabId?),
 *   openOptions(), openExtensionPage(path). The extension is unchanged: no test-only manifest.
 * - notifications() is async and records what reached the system notification service, which the harness replaces
 *   (headless Firefox has none): every notification, however short-lived the event page. clickNotification(id)
 *   clicks one as a user would. Firefox notifications have no buttons.
 * - expectNoConsoleErrors() is async (it reads the browser console).
 * - Network: Firefox has no host-resolver rules; all its traffic goes through a local proxy that tunnels the
 *   platform hosts to the fixture server and refuses everything else (`proxy.refused`). No port 443, no root, no
 *   clash with the Chromium harness.
 * - locale sets Accept-Language only (the UI language of Firefox needs a language pack).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FirefoxExtension } from './extension';
import { type FirefoxLaunchOptions, launchFirefoxExtension } from './launch';

export type { FirefoxExtension, FirefoxGlobals, FirefoxNotificationRecord } from './extension';
export { ADDON_ID, type FirefoxLaunchOptions, launchFirefoxExtension } from './launch';

/** One Firefox for the whole file; after each test the console is checked and the fixture server reset. */
export function useFirefoxExtension(options: FirefoxLaunchOptions = {}): () => FirefoxExtension {
  let extension: FirefoxExtension | null = null;
  beforeAll(async () => {
    extension = await launchFirefoxExtension(options);
  });
  afterEach(async () => {
    extension?.server.reset();
    await extension?.expectNoConsoleErrors();
  });
  afterAll(async () => {
    await extension?.close();
  });
  return () => {
    if (!extension) throw new Error('Firefox is not launched yet (use ext() inside tests and hooks)');
    return extension;
  };
}

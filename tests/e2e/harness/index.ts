/**
 * The e2e harness: the built extension in real Chromium, against fixture pages served under the platforms' real
 * host names. Write tests as tests/e2e/<feature>.e2e.ts; run one file with
 *   flock /tmp/pw-e2e.lock npx vitest run --project e2e tests/e2e/<feature>.e2e.ts
 * (the lock: two cores, one Chromium at a time; the harness itself does not take it).
 *
 *   import { useExtension } from './harness';
 *   const ext = useExtension();               // launch before the file's tests, check console after each, close after
 *   it('marks the policy page', async () => {
 *     const page = await ext().openPage('https://www.facebook.com/privacy/policy/');
 *     const tabId = await ext().tabIdOf(page);
 *     await expect.poll(() => ext().badgeText(tabId)).not.toBe('');
 *   });
 *
 * launchExtension(options?) -> Extension (useExtension calls it; call it yourself for one browser per test):
 *   options: headed (default env PW_HEADED=1; starts Xvfb when there is no $DISPLAY), locale ("de": --lang and
 *   Accept-Language), port (fixed fixture-server port), welcome ('close' by default: the welcome tab the install
 *   opens is closed once loaded, so tests start from the usual tabs; 'keep': left open as ext().welcomePage). scripts/start.mjs (npm start) uses it too, headed.
 *   It builds the extension with the real `wxt build` unless .output/chrome-mv3 is newer than every source, starts the
 *   fixture server, and launches Chromium (CHROME_PATH or /usr/bin/chromium) headless with the build loaded and
 *   --host-resolver-rules sending every registry host (src/platforms) to the server; every other host fails to
 *   resolve, so nothing can leave the machine.
 *
 * Extension (types in extension.ts):
 *   extensionId, origin ("chrome-extension://<id>"), context (playwright BrowserContext)
 *   serviceWorker            the running worker (playwright Worker: .evaluate(() => chrome.…)); throws when stopped
 *   ensureServiceWorker()    the running worker, starting it if stopped
 *   stopServiceWorker()      stop it as Chrome does when idle (CDP ServiceWorker.stopAllWorkers); waits until gone.
 *                            Playwright keeps one Worker object across restarts; the state comes from CDP, through
 *                            the context's first tab (about:blank): do not close that tab.
 *   openPage(url)            new tab, waits for load; its tab id is recorded
 *   tabIdOf(page)            chrome.tabs id of a page (recorded at openPage, else the one tab with that URL)
 *   badgeText(tabId)         chrome.action.getBadgeText for that tab
 *   notifications()          records {id, title, message, buttons, options, at} of every chrome.notifications.create
 *                            since launch. How: the harness wraps chrome.notifications.create in each worker it sees
 *                            and reads the wrapper's reports from the worker console (survives worker restarts; a
 *                            notification made in a worker's first moments, before the wrapper is in, is missed).
 *   openNotificationIds()    chrome.notifications.getAll() ids (complete, but ids only)
 *   storageGet(keys?, area?) / storageSet(items, area?) / storageClear(area?)   chrome.storage, area "local" default
 *   readIndexedDb(db, store) all records of a store (read in the worker; null if the database does not exist)
 *   resetState()             the extension's data as at install, same browser: every IndexedDB store emptied,
 *                            storage local + session and alarms cleared, notifications closed and their record
 *                            emptied, the worker restarted (its memory gone, alarms scheduled, the badge recounted). For tests that must each set
 *                            up their own history: call it first, then build the state the test needs.
 *   openPopup(tabId?)        popup.html in a tab, as popup.html?tab=<tabId>: CONVENTION: the popup acts on the tab
 *                            given by ?tab= when present, else on the active tab (a test cannot open a real popup)
 *   openOptions()            options.html in a tab
 *   screenshot(page, name)   screenshots/<name>.png (git-ignored); returns the path
 *   screenshotDisplay(name)  headed only: the whole X display (browser + real notification popups)
 *   evaluateInOffscreen(js)  evaluate an expression in every open offscreen document; returns their number
 *   consoleErrors() / ignoreConsoleErrors(regexp) / expectNoConsoleErrors()
 *                            errors logged or thrown in the worker, our pages, offscreen documents, and by the
 *                            content script (source in the extension, or text starting "[policy-watch]") fail the
 *                            test; ignoreConsoleErrors for errors a test provokes on purpose
 *   server                   the fixture server (below)
 *
 * Helpers beside the Extension: pressNotificationButton(ext, notificationId, title) fires Chrome's button event with
 * the index of that title in the recorded notification; highlightOffset(page, target) is how far the guide's
 * highlight frame sits from an element (0 on every side: exactly on it).
 *   close()                  closes everything, then throws if console errors were left unchecked
 *
 * FixtureServer (ext().server): files under tests/fixtures/sites/<host>/<path>/index.html (and any static file),
 * chosen by the Host header; responses are never cached.
 *   setVariant(host, path, variant | null)  serve index.<variant>.html beside index.html (throws if it is missing)
 *   setStatus(host, path, 404 | 500 | null) answer with that status
 *   setDelay(host, path, ms)                hold the answer back
 *   setRedirect(host, pathAndQuery, loc)    a 302 to loc for exactly that URL; OFF_PLATFORM_HOST (policy-bounce.example,
 *                                           platform-hosts.ts) is served too, to stand between two platform pages
 *   requests / requestsTo(host, path?) / clearRequests()   every request: {host, path, query, method, at}
 *   reset()                                 forget variants, statuses, delays and requests (useExtension: after each)
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Extension } from './extension';
import { type LaunchOptions, launchExtension } from './launch';

export { PROJECT_DIR } from './build';
export type { ConsoleProblem } from './console-errors';
export type { Extension, StorageArea } from './extension';
export type { ExtensionGlobals } from './extension-globals';
export type { FixtureServer, RecordedRequest } from './fixture-server';
export { SITES_DIR } from './fixture-server';
export { highlightOffset } from './highlight-box';
export { type LaunchOptions, launchExtension, SCREENSHOT_DIR } from './launch';
export { pressNotificationButton } from './notification-press';
export type { NotificationRecord } from './notifications';
export { hostResolverRules, OFF_PLATFORM_HOST, platformHostNames } from './platform-hosts';

/**
 * One browser for the whole test file, launched in beforeAll. After each test: console errors are asserted and the
 * fixture server is reset; open tabs stay (close the pages you opened if later tests must not see them).
 */
export function useExtension(options: LaunchOptions = {}): () => Extension {
  let extension: Extension | null = null;
  beforeAll(async () => {
    extension = await launchExtension(options);
  });
  afterEach(() => {
    extension?.server.reset();
    extension?.expectNoConsoleErrors();
  });
  afterAll(async () => {
    await extension?.close();
  });
  return () => {
    if (!extension) throw new Error('The extension is not launched yet (use ext() inside tests and hooks)');
    return extension;
  };
}

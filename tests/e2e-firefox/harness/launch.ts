import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../../scripts/find-firefox.mjs';
import { ensureFirefoxBuild, PROJECT_DIR } from '../../e2e/harness/build';
import { startFixtureServer } from '../../e2e/harness/fixture-server';
import { readAllRecords } from '../../e2e/harness/indexeddb';
import { settlesWithin } from '../../e2e/harness/shutdown';
import { ChromeScope } from './chrome-scope';
import { FirefoxConsoleErrors } from './console-errors';
import type { FirefoxExtension, FirefoxGlobals } from './extension';
import { proxyPreferences, startTunnelProxy } from './proxy';

export const SCREENSHOT_DIR = join(PROJECT_DIR, 'screenshots');
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'policy-watch@policy-watch.org';

export interface FirefoxLaunchOptions {
  /** Languages for Accept-Language and navigator.languages ("de", "fr"; default the browser's, en-US). */
  locale?: string;
}

// Every other preference is puppeteer's default profile for automation (no updates, no telemetry, no first-run).
const PREFERENCES = {
  // Uncaught errors and console output of content processes on stdout, where the harness reads console.error calls.
  'devtools.console.stdout.content': true,
  // Nothing from the network: no captive-portal or connectivity probes that the proxy would have to refuse.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,#remote-settings-off', // blocklists and other remote settings
  'browser.safebrowsing.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  // An optional permission request (Open Terms Archive's two GitHub hosts) is granted without the doorhanger a test
  // cannot answer; the extension's own permissions.request still runs, from the user's click.
  'extensions.webextOptionalPermissionPrompts': false,
};

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionDir = ensureFirefoxBuild();
  const server = await startFixtureServer();
  const proxy = await startTunnelProxy(server.port);
  const stopServers = async () => {
    await proxy.close();
    await server.close();
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      enableExtensions: true,
      acceptInsecureCerts: true, // the fixture server's certificate is self-signed, made for this run
      defaultViewport: { width: 1280, height: 720 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...PREFERENCES,
        ...proxyPreferences(proxy.port),
        ...(options.locale ? { 'intl.accept_languages': options.locale } : {}),
      },
    });
  } catch (error) {
    await stopServers();
    throw error;
  }

  try {
    return await attach(browser, extensionDir, server, proxy, stopServers);
  } catch (error) {
    await closeBrowser(browser);
    await stopServers();
    throw error;
  }
}

/** Close Firefox, and kill it when it has not exited after a while (it is a fresh profile: nothing to lose). */
async function closeBrowser(browser: Browser): Promise<void> {
  if (await settlesWithin(browser.close(), 15_000)) return;
  console.warn('Firefox did not close within 15 s; killed');
  browser.process()?.kill('SIGKILL');
}

async function attach(
  browser: Browser,
  extensionDir: string,
  server: FirefoxExtension['server'],
  proxy: FirefoxExtension['proxy'],
  stopServers: () => Promise<void>,
): Promise<FirefoxExtension> {
  // The replacement notification service and the console listener go in before the add-on starts.
  const scope = await ChromeScope.attach(browser);
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== ADDON_ID) throw new Error(`Installed ${installedId}, expected ${ADDON_ID}`);
  const origin = await scope.extensionOrigin(ADDON_ID);
  const errors = new FirefoxConsoleErrors(origin, scope, browser);

  const openExtensionTab = async (url: string): Promise<Page> => {
    const before = new Set(browser.targets());
    const created = browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 });
    await scope.openTab(url);
    const page = await (await created).page();
    if (!page) throw new Error(`No page for ${url}`);
    // Puppeteer keeps "about:blank" as the URL of a tab the browser opened itself; the document knows better.
    await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', {}, url);
    return page;
  };

  // An extension page kept open for the harness: where it calls the extension's APIs (storage, tabs, badge,
  // IndexedDB), as the Chromium harness does in the service worker. Firefox's event page is not a BiDi target.
  const control = await openExtensionTab(`${origin}/evidence.html`);
  const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    control.evaluate(fn as never, arg as never) as Promise<R>;

  const allTabIds = () =>
    inExtension(
      async () => (await (globalThis as unknown as FirefoxGlobals).browser.tabs.query({})).map((t) => t.id ?? -1),
      null,
    );
  const tabIds = new WeakMap<Page, number>();
  const openPage = async (url: string): Promise<Page> => {
    const before = new Set(await allTabIds());
    const page = await browser.newPage();
    const fresh = (await allTabIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) tabIds.set(page, fresh[0]!);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const openPageOfExtension = async (path: string): Promise<Page> => {
    const before = new Set(await allTabIds());
    const page = await openExtensionTab(`${origin}/${path.replace(/^\//, '')}`);
    const fresh = (await allTabIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) tabIds.set(page, fresh[0]!);
    return page;
  };

  return {
    addonId: ADDON_ID,
    origin,
    browser,
    server,
    proxy,
    inExtension,
    backgroundState: () => scope.backgroundState(ADDON_ID),
    stopBackground: () => scope.terminateBackground(ADDON_ID),
    openPage,
    openExtensionPage: openPageOfExtension,
    openPopup: (tabId) => openPageOfExtension(`popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`),
    openOptions: () => openPageOfExtension('options.html'),
    async tabIdOf(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      const url = await page.evaluate(() => location.href);
      const matching = await inExtension(
        async (href) =>
          (await (globalThis as unknown as FirefoxGlobals).browser.tabs.query({}))
            .filter((t) => t.url === href)
            .map((t) => t.id ?? -1),
        url,
      );
      if (matching.length !== 1) throw new Error(`Cannot tell the tab of ${url} (${matching.length} match)`);
      return matching[0]!;
    },
    badgeText: (tabId) =>
      inExtension(
        (id) => (globalThis as unknown as FirefoxGlobals).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      ),
    globalBadgeText: () =>
      inExtension(() => (globalThis as unknown as FirefoxGlobals).browser.browserAction.getBadgeText({}), null),
    async notifications() {
      return (await scope.alerts()).map((a) => ({ id: a.name, title: a.title, message: a.text, at: a.at }));
    },
    clickNotification: (id) => scope.clickAlert(id),
    openNotificationIds: () =>
      inExtension(
        async () => Object.keys(await (globalThis as unknown as FirefoxGlobals).browser.notifications.getAll()),
        null,
      ),
    storageGet: (keys = null, area = 'local') =>
      inExtension(({ keys, area }) => (globalThis as unknown as FirefoxGlobals).browser.storage[area].get(keys), {
        keys,
        area,
      }),
    storageSet: (items, area = 'local') =>
      inExtension(({ items, area }) => (globalThis as unknown as FirefoxGlobals).browser.storage[area].set(items), {
        items,
        area,
      }),
    storageClear: (area = 'local') =>
      inExtension((area) => (globalThis as unknown as FirefoxGlobals).browser.storage[area].clear(), area),
    readIndexedDb: (database, store) => inExtension(readAllRecords, { database, store }),
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
      await page.screenshot({ path });
      return path;
    },
    consoleErrors: () => errors.list(),
    ignoreConsoleErrors: (pattern) => errors.ignore(pattern),
    expectNoConsoleErrors: () => errors.expectNone(),
    async close() {
      await settlesWithin(errors.collect(), 5_000);
      await closeBrowser(browser);
      await stopServers();
      errors.throwIfAny();
    },
  };
}

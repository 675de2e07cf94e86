import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../../scripts/find-chromium.mjs';
import { ensureChromeBuild, PROJECT_DIR } from './build';
import { ConsoleErrorCollector } from './console-errors';
import { screenshotDisplay, startXvfb, type VirtualDisplay } from './display';
import type { Extension } from './extension';
import type { ExtensionGlobals } from './extension-globals';
import { startFixtureServer } from './fixture-server';
import { readAllRecords } from './indexeddb';
import { NotificationRecorder } from './notifications';
import { OffscreenConsoleWatcher } from './offscreen-console';
import { hostResolverRules } from './platform-hosts';
import { makeProfile } from './profile';
import { clearExtensionData } from './reset';
import { ServiceWorkerControl } from './service-worker-control';
import { settlesWithin } from './shutdown';

export const SCREENSHOT_DIR = join(PROJECT_DIR, 'screenshots');

export interface LaunchOptions {
  /** Show the browser (default: env PW_HEADED=1). Without $DISPLAY the harness starts its own Xvfb. */
  headed?: boolean;
  /** Browser UI language ("en", "de", "fr"): what the extension's i18n sees and what pages get as Accept-Language. */
  locale?: string;
  /** A fixed port for the fixture server (the demo uses one); default: any free port. */
  port?: number;
  /**
   * The welcome page the extension opens at install: 'close' (default) closes it once it has loaded, so tests start
   * from the usual tabs; 'keep' leaves it open as `welcomePage`.
   */
  welcome?: 'close' | 'keep';
  /**
   * The optional host permissions (Open Terms Archive's two GitHub hosts) as if the user had allowed them: a copy of
   * the build that lists them among its host permissions, so the extension's permissions.request answers at once.
   * Chromium gives a test no way to answer its permission prompt (puppeteer#5054, playwright#32755); Firefox's
   * harness turns the prompt off instead, and runs the real request.
   */
  grantOptionalHosts?: boolean;
}

/** A copy of the build whose manifest grants its optional host permissions (see grantOptionalHosts). */
function withOptionalHostsGranted(buildDir: string): string {
  const copy = join(PROJECT_DIR, '.output/chrome-mv3-granted');
  rmSync(copy, { recursive: true, force: true });
  cpSync(buildDir, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string[] | undefined>;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return copy;
}

const WELCOME_WAIT_MS = 10_000;

/** The welcome tab opened by the install event, once it shows the page (null if it did not open in time). */
async function welcomeTab(context: BrowserContext, origin: string): Promise<Page | null> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().startsWith(`${origin}/welcome.html`));
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI containers
  '--disable-background-networking', // the network is closed: no component updates, no safe-browsing lists
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--ignore-certificate-errors', // the fixture server's certificate is self-signed, made for this run
  // Branded Chrome 137+ ignores --load-extension unless told otherwise; Chromium does not need it.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  // Before anything is started: a refusal here leaves no server, display or profile behind.
  if (options.locale) assertLanguagePack(executablePath, options.locale);
  const built = ensureChromeBuild();
  const extensionDir = options.grantOptionalHosts ? withOptionalHostsGranted(built) : built;
  const server = await startFixtureServer(options.port === undefined ? {} : { port: options.port });
  const headed = options.headed ?? process.env.PW_HEADED === '1';
  const display: VirtualDisplay | null = headed && !process.env.DISPLAY ? await startXvfb() : null;
  const displayName = display?.name ?? process.env.DISPLAY ?? '';
  const userDataDir = makeProfile(extensionDir);

  const cleanUp = async () => {
    await server.close();
    display?.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: !headed,
      ...(options.locale ? { locale: options.locale } : {}),
      env: {
        ...process.env,
        ...(displayName ? { DISPLAY: displayName } : {}),
        // Chromium on Linux takes its own language from the environment (--lang is for Windows and macOS).
        ...(options.locale ? { LANGUAGE: options.locale } : {}),
      },
      ignoreHTTPSErrors: true,
      // Headed: the page fills the real window (a fixed viewport would leave it cropped or padded).
      viewport: headed ? null : { width: 1280, height: 720 },
      args: [
        ...CHROMIUM_ARGS,
        ...(headed ? ['--window-position=0,0', '--window-size=1280,800'] : []),
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${hostResolverRules(server.port)}`,
      ],
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let attached: Awaited<ReturnType<typeof attachToExtension>>;
  try {
    attached = await attachToExtension(context);
  } catch (error) {
    await closeContext(context, userDataDir);
    await cleanUp();
    throw error;
  }
  const { extensionId, origin, errors, recorder, control, offscreen } = attached;
  let welcomePage = await welcomeTab(context, origin);
  if (welcomePage && options.welcome !== 'keep') {
    await welcomePage.close();
    welcomePage = null;
  }

  const tabIds = new WeakMap<Page, number>();
  // playwright types the argument as "unboxed", which generic code cannot express; the functions below take plain data.
  const inWorker = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await control.ensureRunning()).evaluate<R, A>(fn as never, arg);
  const allTabIds = () =>
    inWorker(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    }, null);

  const openTab = async (url: string): Promise<Page> => {
    // The new tab is the one id that was not there before: robust even when several tabs show the same URL.
    const before = new Set(await allTabIds());
    const page = await context.newPage();
    const fresh = (await allTabIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) tabIds.set(page, fresh[0]!);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  return {
    extensionId,
    origin,
    context,
    server,
    welcomePage,
    get serviceWorker() {
      const worker = control.current();
      if (!worker) throw new Error('The service worker is stopped; use ensureServiceWorker()');
      return worker;
    },
    ensureServiceWorker: () => control.ensureRunning(),
    stopServiceWorker: () => control.stop(),
    openPage: openTab,
    async tabIdOf(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      const matching = await inWorker(async (url) => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id ?? -1);
      }, page.url());
      if (matching.length !== 1) throw new Error(`Cannot tell the tab of ${page.url()} (${matching.length} match)`);
      return matching[0]!;
    },
    badgeText: (tabId) =>
      inWorker((id) => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return chrome.action.getBadgeText({ tabId: id });
      }, tabId),
    notifications: () => recorder.list(),
    openNotificationIds: () =>
      inWorker(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return Object.keys(await chrome.notifications.getAll());
      }, null),
    storageGet: (keys = null, area = 'local') =>
      inWorker(
        ({ keys, area }) => {
          const { chrome } = globalThis as unknown as ExtensionGlobals;
          return chrome.storage[area].get(keys);
        },
        { keys, area },
      ),
    storageSet: (items, area = 'local') =>
      inWorker(
        ({ items, area }) => {
          const { chrome } = globalThis as unknown as ExtensionGlobals;
          return chrome.storage[area].set(items);
        },
        { items, area },
      ),
    storageClear: (area = 'local') =>
      inWorker((area) => {
        const { chrome } = globalThis as unknown as ExtensionGlobals;
        return chrome.storage[area].clear();
      }, area),
    readIndexedDb: (database, store) => inWorker(readAllRecords, { database, store }),
    async resetState() {
      await inWorker(clearExtensionData, null);
      recorder.clear();
      // A new worker instance: nothing the previous tests left in the worker's memory remains, and its start-up
      // recounts the action badge from the emptied history. Resolved once it has.
      await control.stop();
      const worker = await control.ensureRunning();
      const deadline = Date.now() + 10_000;
      const globalBadge = () =>
        worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({}));
      while ((await globalBadge()) !== '') {
        if (Date.now() > deadline) throw new Error('resetState: the global badge was not cleared by the restart');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    openPopup: (tabId) => openTab(`${origin}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`),
    openOptions: () => openTab(`${origin}/options.html`),
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    screenshotDisplay(name) {
      if (!displayName) throw new Error('screenshotDisplay needs a headed run (PW_HEADED=1)');
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      screenshotDisplay(displayName, path);
      return path;
    },
    evaluateInOffscreen: (expression) => offscreen.evaluateInAll(expression),
    consoleErrors: () => errors.list(),
    ignoreConsoleErrors: (pattern) => errors.ignore(pattern),
    expectNoConsoleErrors: () => errors.expectNone(),
    async close() {
      await closeContext(context, userDataDir);
      await cleanUp();
      errors.expectNone();
    },
  };
}

/** Find our extension in the browser and start watching it: console errors, notifications, worker restarts. */
async function attachToExtension(context: BrowserContext) {
  const firstWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // Node's URL gives non-special schemes the origin "null", so the id is read off the worker's URL directly.
  const extensionId = /^chrome-extension:\/\/([a-p]{32})\//.exec(firstWorker.url())?.[1];
  if (!extensionId) throw new Error(`Unexpected service worker URL: ${firstWorker.url()}`);
  const origin = `chrome-extension://${extensionId}`;

  const errors = new ConsoleErrorCollector(origin);
  const recorder = new NotificationRecorder();
  const setUpWorker = async (worker: Worker) => {
    await errors.watchWorker(worker);
    await recorder.attach(worker);
  };
  await setUpWorker(firstWorker);
  const control = await ServiceWorkerControl.attach(context, origin, setUpWorker);
  const offscreen = await OffscreenConsoleWatcher.start(context, origin, (where, text) => errors.add(where, text));
  for (const page of context.pages()) errors.watchPage(page);
  context.on('page', (page) => errors.watchPage(page));
  return { extensionId, origin, errors, recorder, control, offscreen };
}

/** Close Chromium, and kill it (found by its own profile directory) when it has not exited after a while. */
async function closeContext(context: BrowserContext, userDataDir: string): Promise<void> {
  if (await settlesWithin(context.close(), 20_000)) return;
  console.warn('Chromium did not close within 20 s; killed');
  spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${userDataDir}`]);
}

/**
 * Tests in German or French run Chromium itself in that language, as a German or French user's browser is. Without
 * its language pack Chromium falls back to English, and only Playwright's per-page emulation says otherwise, which
 * reaches a page the extension opens by itself (the welcome page) too late: such tests then fail now and then.
 */
function assertLanguagePack(executablePath: string, locale: string): void {
  const dirs = [dirname(realpathSync(executablePath)), '/usr/lib/chromium'].map((dir) => join(dir, 'locales'));
  const packs = dirs.find((dir) => existsSync(dir));
  const names = [locale, locale.split('-')[0]].map((name) => `${name}.pak`);
  if (!packs || names.some((name) => existsSync(join(packs, name)))) return;
  throw new Error(
    `Chromium has no "${locale}" language pack in ${packs} (Debian: apt-get install chromium-l10n); it would run in English`,
  );
}

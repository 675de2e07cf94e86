import type { Page, Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { Browser } from 'webextension-polyfill';
import type { ConsoleProblem } from '../../e2e/harness/console-errors';
import type { StorageArea } from '../../e2e/harness/extension';
import type { FixtureServer } from '../../e2e/harness/fixture-server';
import type { TunnelProxy } from './proxy';

// What launchFirefoxExtension hands a test: the Chromium harness's Extension, as far as Firefox allows (the
// differences are listed in index.ts).

/** Functions run by inExtension see Firefox's own promise-based `browser` (typed by @types/webextension-polyfill). */
export interface FirefoxGlobals {
  browser: Browser;
}

export interface FirefoxNotificationRecord {
  id: string;
  title: string;
  message: string;
  at: number;
}

export interface FirefoxExtension {
  addonId: string;
  /** "moz-extension://<uuid>" (the UUID is random per profile). */
  origin: string;
  browser: PuppeteerBrowser;
  server: FixtureServer;
  proxy: TunnelProxy;
  /** Run fn(arg) in an extension page (the harness's own evidence.html tab): browser.* with the extension's rights. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Firefox's state of the event page: "running", "stopped", "starting", "suspending". */
  backgroundState(): Promise<string>;
  /** Unload the event page, as Firefox does when it is idle. */
  stopBackground(): Promise<void>;
  /** A new tab showing url (waits for "load"). Its tab id is known to tabIdOf. */
  openPage(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages ("options.html#/diff/…"), opened as from the address bar. */
  openExtensionPage(path: string): Promise<Page>;
  /** popup.html?tab=<tabId> in a tab (the popup convention of DEVELOPERS.md). */
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  globalBadgeText(): Promise<string>;
  /** Every notification shown since launch, as the (replaced) system notification service received it. */
  notifications(): Promise<FirefoxNotificationRecord[]>;
  /** Click a shown notification, as a user would; false if it is not shown. */
  clickNotification(id: string): Promise<boolean>;
  openNotificationIds(): Promise<string[]>;
  storageGet(keys?: string | string[] | null, area?: StorageArea): Promise<Record<string, unknown>>;
  storageSet(items: Record<string, unknown>, area?: StorageArea): Promise<void>;
  storageClear(area?: StorageArea): Promise<void>;
  readIndexedDb(database: string, store: string): Promise<unknown[] | null>;
  /** PNG of the page into screenshots/<name>.png; returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  consoleErrors(): readonly ConsoleProblem[];
  ignoreConsoleErrors(pattern: RegExp): void;
  /** Reads the browser console, then throws if an extension context logged an error since the last call. */
  expectNoConsoleErrors(): Promise<void>;
  close(): Promise<void>;
}

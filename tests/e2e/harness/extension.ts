import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { ConsoleProblem } from './console-errors';
import type { FixtureServer } from './fixture-server';
import type { NotificationRecord } from './notifications';

// What launchExtension hands a test: the browser with the built extension, and the helpers to look inside it.

export type StorageArea = 'local' | 'session' | 'sync';

export interface Extension {
  extensionId: string;
  /** "chrome-extension://<id>" */
  origin: string;
  context: BrowserContext;
  server: FixtureServer;
  /** The welcome tab opened at install, when launched with `welcome: 'keep'` (else it is closed and this is null). */
  welcomePage: Page | null;
  /** The running service worker (changes after a restart; see ensureServiceWorker). Throws if it is stopped. */
  readonly serviceWorker: Worker;
  /** The running service worker, started first if Chrome or stopServiceWorker() stopped it. */
  ensureServiceWorker(): Promise<Worker>;
  stopServiceWorker(): Promise<void>;
  /** A new tab showing url (waits for "load"). Its tab id is known to tabIdOf. */
  openPage(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Notifications created since launch (read from a wrapper around chrome.notifications.create). */
  notifications(): readonly NotificationRecord[];
  /** Ids of the notifications currently shown (chrome.notifications.getAll). */
  openNotificationIds(): Promise<string[]>;
  storageGet(keys?: string | string[] | null, area?: StorageArea): Promise<Record<string, unknown>>;
  storageSet(items: Record<string, unknown>, area?: StorageArea): Promise<void>;
  storageClear(area?: StorageArea): Promise<void>;
  /** All records of an IndexedDB object store in the extension's origin; null if the database does not exist. */
  readIndexedDb(database: string, store: string): Promise<unknown[] | null>;
  /**
   * The extension's data as at install, in the same browser: every IndexedDB store emptied (schemas kept),
   * storage.local and storage.session cleared, every alarm cleared, every notification closed and the notification
   * record emptied, then the service worker restarted (it schedules its alarms again); resolves once the new worker
   * has recounted the (now empty) global badge.
   * Open tabs, the fixture server and the console-error record are left as they are.
   */
  resetState(): Promise<void>;
  /** The popup, in a tab (real popups cannot be opened by a test). It acts on `tabId`, passed as ?tab=<id>. */
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** PNG of the page into screenshots/<name>.png; returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Headed runs only: PNG of the whole X display (browser window, notification popups). */
  screenshotDisplay(name: string): string;
  /** Evaluate a JS expression in every open offscreen document; returns how many there are. */
  evaluateInOffscreen(expression: string): Promise<number>;
  /** Errors collected so far in extension contexts. */
  consoleErrors(): readonly ConsoleProblem[];
  /** Expected errors (a test that provokes one on purpose): matching errors are not counted. */
  ignoreConsoleErrors(pattern: RegExp): void;
  /** Throws if an extension context logged an error since the last call (use in afterEach). */
  expectNoConsoleErrors(): void;
  /** Closes browser, server and display; then throws if console errors were left unchecked. */
  close(): Promise<void>;
}

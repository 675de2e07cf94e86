import type { ConsoleMessage, Page, Worker } from 'playwright-core';

// Any error the extension logs, or throws without catching, fails the test that caused it: errors that nobody reads
// are how an extension rots. Counted are errors in our own contexts (service worker, popup, options and any other
// chrome-extension:// page) and, on web pages, errors from the content script: those whose source is a file of the
// extension, or whose text carries our "[policy-watch]" prefix. The web page's own errors are not ours.

export interface ConsoleProblem {
  /** The service worker, or the URL of the page. */
  where: string;
  text: string;
}

const OUR_PREFIX = '[policy-watch]';

export class ConsoleErrorCollector {
  private problems: ConsoleProblem[] = [];
  private ignored: RegExp[] = [];
  private readonly watchedWorkers = new WeakSet<Worker>();

  constructor(private readonly extensionOrigin: string) {}

  /** Call for every new instance of the worker: the uncaught-error listeners live in the instance's global scope. */
  async watchWorker(worker: Worker): Promise<void> {
    if (!this.watchedWorkers.has(worker)) {
      this.watchedWorkers.add(worker); // playwright keeps one object across restarts: one console listener
      worker.on('console', (message) => {
        if (message.type() === 'error') this.add('service worker', message.text());
      });
    }
    await worker.evaluate(reportUncaughtErrors);
  }

  watchPage(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error' && this.isOurs(page, message)) this.add(page.url(), this.describe(message));
    });
    page.on('pageerror', (error) => {
      const ours = page.url().startsWith(this.extensionOrigin) || (error.stack ?? '').includes(this.extensionOrigin);
      if (ours) this.add(page.url(), `uncaught ${error.stack ?? error.message}`);
    });
  }

  /** A test that provokes an error on purpose declares it, so only unexpected errors fail. */
  ignore(pattern: RegExp): void {
    this.ignored.push(pattern);
    this.problems = this.problems.filter((p) => !pattern.test(p.text));
  }

  list(): readonly ConsoleProblem[] {
    return this.problems;
  }

  /** Throws if any error was collected since the last call, and starts afresh. */
  expectNone(): void {
    const found = this.problems;
    this.problems = [];
    if (found.length === 0) return;
    const lines = found.map((p) => `  - [${p.where}] ${p.text}`).join('\n');
    throw new Error(`Console errors in an extension context:\n${lines}`);
  }

  private isOurs(page: Page, message: ConsoleMessage): boolean {
    if (page.url().startsWith(this.extensionOrigin)) return true;
    return message.location().url.startsWith(this.extensionOrigin) || message.text().startsWith(OUR_PREFIX);
  }

  private describe(message: ConsoleMessage): string {
    const source = message.location().url;
    return source ? `${message.text()} (${source}:${message.location().lineNumber})` : message.text();
  }

  /** An error found by other means (the offscreen documents' watcher). */
  add(where: string, text: string): void {
    if (this.ignored.some((pattern) => pattern.test(text))) return;
    this.problems.push({ where, text });
  }
}

/**
 * Runs in the service worker. Playwright reports a worker's console but not its uncaught exceptions, so these are
 * turned into console errors. (Errors thrown before the harness attaches, during the worker's first evaluation, show
 * as the worker failing to start instead.)
 */
function reportUncaughtErrors(): void {
  const scope = globalThis as unknown as { pwUncaughtReported?: boolean } & typeof globalThis;
  if (scope.pwUncaughtReported) return;
  scope.pwUncaughtReported = true;
  scope.addEventListener('error', (event) => console.error(`uncaught ${(event as ErrorEvent).message}`));
  scope.addEventListener('unhandledrejection', (event) => {
    const reason = (event as PromiseRejectionEvent).reason;
    console.error(`unhandled rejection ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
}

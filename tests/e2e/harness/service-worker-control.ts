import type { BrowserContext, CDPSession, Worker } from 'playwright-core';

// MV3 service workers are stopped by Chrome whenever it likes (30 s idle, 5 min busy); the extension must survive
// it. These helpers stop and start ours on demand through the DevTools protocol's ServiceWorker domain, which needs a
// page session to talk through (any tab will do).

export class ServiceWorkerControl {
  private session: CDPSession | null = null;

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionOrigin: string,
  ) {}

  /** The extension's running worker, or null when it is stopped. */
  current(): Worker | null {
    const ours = this.context.serviceWorkers().filter((w) => w.url().startsWith(this.extensionOrigin));
    return ours.at(-1) ?? null;
  }

  /** Stop the worker (as Chrome does when idle) and wait until it is gone. */
  async stop(): Promise<void> {
    const worker = this.current();
    if (!worker) return;
    const closed = new Promise<void>((done) => worker.once('close', () => done()));
    await (await this.cdp()).send('ServiceWorker.stopAllWorkers');
    await closed;
  }

  /** The running worker; starts it (as an incoming event would) when it is stopped. */
  async ensureRunning(timeoutMs = 10_000): Promise<Worker> {
    const running = this.current();
    if (running) return running;
    const started = this.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(this.extensionOrigin),
      timeout: timeoutMs,
    });
    await (await this.cdp()).send('ServiceWorker.startWorker', { scopeURL: `${this.extensionOrigin}/` });
    return started;
  }

  private async cdp(): Promise<CDPSession> {
    if (this.session) return this.session;
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    this.session = await this.context.newCDPSession(page);
    await this.session.send('ServiceWorker.enable');
    return this.session;
  }
}

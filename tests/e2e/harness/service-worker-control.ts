import type { BrowserContext, CDPSession, Worker } from 'playwright-core';

// MV3 service workers are stopped by Chrome whenever it likes (30 s idle, 5 min busy); the extension must survive
// that. This class follows the worker's state through the DevTools protocol's ServiceWorker domain (which needs a
// page session to talk through; the context's first tab serves) and stops and starts it on demand.
//
// Found on Chromium 156 + playwright 1.65: playwright keeps ONE Worker object for the extension's worker across
// stops and restarts (evaluate reaches whichever instance runs; no new "serviceworker" event, no "close"), so the
// running state must come from the protocol, and per-instance set-up (the notification wrapper) is redone on every
// transition to "running".

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versions: { versionId: string; scriptURL: string; runningStatus: RunningStatus }[];
}

export class ServiceWorkerControl {
  private status: RunningStatus = 'running';
  /** The set-up of the latest instance; awaited before a test is handed the worker. */
  private setUp: Promise<void> = Promise.resolve();
  private constructor(
    private readonly context: BrowserContext,
    private readonly extensionOrigin: string,
    private readonly session: CDPSession,
  ) {}

  /** onStarted runs for every new instance of the worker (not for the first, which the caller sets up). */
  static async attach(
    context: BrowserContext,
    extensionOrigin: string,
    onStarted: (worker: Worker) => Promise<void>,
  ): Promise<ServiceWorkerControl> {
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    const control = new ServiceWorkerControl(context, extensionOrigin, session);
    session.on('ServiceWorker.workerVersionUpdated', (update: VersionUpdate) => {
      const ours = update.versions.filter((v) => v.scriptURL.startsWith(extensionOrigin));
      const latest = ours.at(-1);
      if (!latest) return;
      const wasRunning = control.status === 'running';
      control.status = latest.runningStatus;
      const worker = control.workerObject();
      if (!wasRunning && latest.runningStatus === 'running' && worker) {
        control.setUp = onStarted(worker).catch(() => undefined); // an instance stopped at once needs none
      }
    });
    await session.send('ServiceWorker.enable');
    return control;
  }

  /** The extension's worker when it runs, else null. */
  current(): Worker | null {
    return this.status === 'running' ? this.workerObject() : null;
  }

  /** Stop the worker (as Chrome does when idle) and wait until it has stopped. */
  async stop(): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
    await this.waitFor('stopped');
  }

  /** The running worker; starts it (as an incoming event would) when it is stopped. */
  async ensureRunning(): Promise<Worker> {
    if (this.status !== 'running') {
      if (this.status !== 'starting') {
        await this.session.send('ServiceWorker.startWorker', { scopeURL: `${this.extensionOrigin}/` });
      }
      await this.waitFor('running');
    }
    await this.setUp;
    const worker = this.workerObject();
    if (!worker) throw new Error('The extension has no service worker');
    return worker;
  }

  private workerObject(): Worker | null {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin)) ?? null;
  }

  private async waitFor(status: RunningStatus, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.status !== status) {
      if (Date.now() > deadline) throw new Error(`Service worker did not reach "${status}" (is "${this.status}")`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

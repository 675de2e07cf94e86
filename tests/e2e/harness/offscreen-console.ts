import type { BrowserContext, CDPSession } from 'playwright-core';

// Playwright shows neither offscreen documents nor their console, yet the offscreen parser is extension code like any
// other. The harness attaches to every offscreen document of the extension through the browser's DevTools session
// and reads its Runtime events. Attached in the protocol's non-flat mode (messages wrapped in
// Target.sendMessageToTarget / receivedMessageFromTarget), because a playwright CDPSession cannot address the child
// sessions of flat mode.

type Report = (where: string, text: string) => void;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface RuntimeEvent {
  id?: number;
  method?: string;
  params?: {
    type?: string;
    args?: { value?: unknown; description?: string }[];
    exceptionDetails?: { text?: string; exception?: { description?: string } };
  };
}

export class OffscreenConsoleWatcher {
  private readonly sessions = new Map<string, string>(); // targetId -> sessionId
  private nextId = 1;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionOrigin: string,
    private readonly report: Report,
  ) {}

  static async start(
    context: BrowserContext,
    extensionOrigin: string,
    report: Report,
  ): Promise<OffscreenConsoleWatcher> {
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const watcher = new OffscreenConsoleWatcher(cdp, extensionOrigin, report);
    const consider = ({ targetInfo }: { targetInfo: TargetInfo }) => void watcher.consider(targetInfo);
    cdp.on('Target.targetCreated', consider);
    cdp.on('Target.targetInfoChanged', consider);
    cdp.on('Target.detachedFromTarget', ({ targetId }: { targetId?: string }) => {
      if (targetId) watcher.sessions.delete(targetId);
    });
    cdp.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => watcher.onMessage(message));
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    return watcher;
  }

  /** Evaluate an expression in every offscreen document (tests use it to check the watcher itself). */
  async evaluateInAll(expression: string): Promise<number> {
    for (const sessionId of this.sessions.values()) await this.sendTo(sessionId, 'Runtime.evaluate', { expression });
    return this.sessions.size;
  }

  private isOffscreen(target: TargetInfo): boolean {
    // Chromium reports offscreen documents as targets of type "other" (no tab); our pages in tabs are "page".
    return target.url.startsWith(`${this.extensionOrigin}/`) && !['page', 'service_worker'].includes(target.type);
  }

  private async consider(target: TargetInfo): Promise<void> {
    if (!this.isOffscreen(target) || this.sessions.has(target.targetId)) return;
    this.sessions.set(target.targetId, '');
    try {
      const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      this.sessions.set(target.targetId, sessionId);
      await this.sendTo(sessionId, 'Runtime.enable', {});
    } catch {
      this.sessions.delete(target.targetId); // closed before we got there
    }
  }

  private async sendTo(sessionId: string, method: string, params: object): Promise<void> {
    const message = JSON.stringify({ id: this.nextId++, method, params });
    await this.cdp.send('Target.sendMessageToTarget', { sessionId, message });
  }

  private onMessage(raw: string): void {
    const event = JSON.parse(raw) as RuntimeEvent;
    if (event.method === 'Runtime.consoleAPICalled' && event.params?.type === 'error') {
      const text = (event.params.args ?? [])
        .map((a) => (a.value !== undefined ? String(a.value) : a.description))
        .join(' ');
      this.report('offscreen document', text);
    } else if (event.method === 'Runtime.exceptionThrown') {
      const details = event.params?.exceptionDetails;
      this.report('offscreen document', `uncaught ${details?.exception?.description ?? details?.text ?? ''}`);
    }
  }
}

import type { Worker } from 'playwright-core';
import type { ExtensionGlobals } from './extension-globals';

// Chrome lets a test list the ids of open notifications (chrome.notifications.getAll) but not what they say. So the
// harness wraps chrome.notifications.create in every service worker it sees and the wrapper reports each call on
// the worker's console, where the harness (not the extension) reads it: the record survives the worker being stopped.
// The wrapper is installed right after the worker starts, so a notification created in the very first moments of a
// worker's life (before the harness attaches) is missed by the record but still listed by getAll().

export interface NotificationRecord {
  id: string;
  title: string;
  message: string;
  buttons: string[];
  /** Everything passed to chrome.notifications.create. */
  options: Record<string, unknown>;
  at: number;
}

const MARKER = '[pw-e2e-notification]';

export class NotificationRecorder {
  private readonly records: NotificationRecord[] = [];
  private readonly listening = new WeakSet<Worker>();

  /** Call for every new instance of the worker: the wrapper lives in the instance's global scope. */
  async attach(worker: Worker): Promise<void> {
    if (!this.listening.has(worker)) this.listen(worker);
    await worker.evaluate(installWrapper, MARKER);
  }

  private listen(worker: Worker): void {
    this.listening.add(worker);
    worker.on('console', (message) => {
      const text = message.text();
      if (message.type() !== 'debug' || !text.startsWith(MARKER)) return;
      const { id, options } = JSON.parse(text.slice(MARKER.length + 1)) as {
        id: string;
        options: NotificationRecord['options'];
      };
      const buttons = Array.isArray(options.buttons)
        ? options.buttons.map((b: { title?: string }) => String(b.title))
        : [];
      this.records.push({
        id,
        title: String(options.title ?? ''),
        message: String(options.message ?? ''),
        buttons,
        options,
        at: Date.now(),
      });
    });
  }

  list(): readonly NotificationRecord[] {
    return this.records;
  }

  clear(): void {
    this.records.length = 0;
  }
}

/**
 * Runs inside the service worker (serialised by playwright: no closures). No named inner functions either: run
 * through tsx (npm start) esbuild wraps those in a `__name` helper that does not exist in the worker.
 */
function installWrapper(marker: string): void {
  const { chrome } = globalThis as unknown as ExtensionGlobals;
  const api = chrome.notifications as unknown as Record<string, unknown> & { __pwWrapped?: boolean };
  if (api.__pwWrapped) return;
  api.__pwWrapped = true;
  const original = (chrome.notifications.create as (...args: unknown[]) => unknown).bind(chrome.notifications);
  const report = console.debug.bind(console, marker);
  api.create = (...args: unknown[]) => {
    const givenId = typeof args[0] === 'string' ? args[0] : undefined;
    const options = typeof args[0] === 'string' ? args[1] : args[0];
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (id: unknown) => {
        report(JSON.stringify({ id: id ?? givenId, options }));
        (last as (id: unknown) => void)(id);
      };
      return original(...args);
    }
    const result = original(...args);
    if (result instanceof Promise) {
      return result.then((id) => {
        report(JSON.stringify({ id: id ?? givenId, options }));
        return id;
      });
    }
    report(JSON.stringify({ id: givenId, options }));
    return result;
  };
}

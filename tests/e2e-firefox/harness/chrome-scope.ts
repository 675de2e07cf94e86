import type { Browser } from 'puppeteer-core';

// The parts of Firefox a test cannot reach from a web page, reached through WebDriver BiDi's chrome scope (Firefox
// started with --remote-allow-system-access; `browsingContext.getTree` with "moz:scope": "chrome" lists the browser
// window, and `script.evaluate` there runs with system privileges). Used for three things only, none of which
// changes the extension under test:
// - opening a tab on a moz-extension:// page as the address bar does (with the system principal): BiDi's own
//   navigate and window.open are refused for those URLs, since they are not web-accessible;
// - standing in for the operating system's notification service (there is none headless): a replacement
//   nsIAlertsService records what the extension shows and lets a test click it, as a user would;
// - listening on the browser console (nsIConsoleService), which sees uncaught errors of every process: the event
//   page, extension pages and content scripts alike;
// - stopping the event page as Firefox does when it is idle.

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface RecordedAlert {
  /** The extension's notification id (nsIAlertNotification.name). */
  name: string;
  title: string;
  text: string;
  at: number;
}

export interface ConsoleEntry {
  source: string;
  message: string;
  category: string;
  /** nsIScriptError flags: 0 error, 1 warning, 4 info. */
  flags: number;
}

// Installed once into the browser window's global scope. Plain function source: it runs in Firefox, not in Node.
const INSTALL = `(() => {
  if (globalThis.__policyWatchTest) return true;
  const state = { alerts: [], listeners: new Map(), console: [] };
  globalThis.__policyWatchTest = state;
  const alerts = {
    QueryInterface: ChromeUtils.generateQI(['nsIAlertsService']),
    showAlert(alert, listener) {
      state.alerts.push({ name: alert.name, title: alert.title, text: alert.text, at: Date.now() });
      state.listeners.set(alert.name, listener);
      listener?.observe(null, 'alertshow', null);
    },
    showAlertNotification() {},
    closeAlert(name) {
      const listener = state.listeners.get(name);
      state.listeners.delete(name);
      listener?.observe(null, 'alertfinished', null);
    },
  };
  Components.manager.QueryInterface(Ci.nsIComponentRegistrar).registerFactory(
    Components.ID('{5a7a7e35-2d1c-4b55-9d3c-6c1f0f9b3e11}'), 'Policy Watch test alerts',
    '@mozilla.org/alerts-service;1', { createInstance: (iid) => alerts.QueryInterface(iid) });
  Services.console.registerListener({ observe(message) {
    if (!(message instanceof Ci.nsIScriptError)) return;
    state.console.push({ source: message.sourceName || '', message: message.errorMessage || message.message || '',
      category: message.category || '', flags: message.flags });
  } });
  return true;
})()`;

export class ChromeScope {
  private constructor(
    private readonly connection: BidiConnection,
    private readonly context: string,
  ) {}

  static async attach(browser: Browser): Promise<ChromeScope> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('No browser window in the chrome scope: is --remote-allow-system-access set?');
    const scope = new ChromeScope(connection, window.context);
    await scope.evaluate(INSTALL);
    return scope;
  }

  /** Evaluate privileged JS in the browser window; the value must be JSON-serialisable. */
  async evaluate<T>(expression: string): Promise<T> {
    const wrapped = `(async () => JSON.stringify(await (${expression}) ?? null))()`;
    const answer = (
      await this.connection.send('script.evaluate', {
        target: { context: this.context },
        expression: wrapped,
        awaitPromise: true,
      })
    ).result as EvaluateResult;
    if (answer.type !== 'success') throw new Error(`chrome scope: ${answer.exceptionDetails?.text ?? 'failed'}`);
    return JSON.parse(String(answer.result?.value)) as T;
  }

  /** The moz-extension:// origin of an installed add-on (its UUID is random per profile). */
  extensionOrigin(addonId: string): Promise<string> {
    return this.evaluate<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).getURL('').replace(/\\/$/, '')`,
    );
  }

  /** Open url in a new, selected tab, as the address bar would. */
  openTab(url: string): Promise<void> {
    return this.evaluate(`(() => {
      gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)},
        { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    })()`);
  }

  alerts(): Promise<RecordedAlert[]> {
    return this.evaluate('globalThis.__policyWatchTest.alerts');
  }

  /** Click a shown notification (its body; Firefox's notifications have no buttons). Returns whether it was shown. */
  clickAlert(name: string): Promise<boolean> {
    return this.evaluate(`(() => {
      const listener = globalThis.__policyWatchTest.listeners.get(${JSON.stringify(name)});
      listener?.observe(null, 'alertclickcallback', null);
      return Boolean(listener);
    })()`);
  }

  /** Console entries since the last call. */
  takeConsole(): Promise<ConsoleEntry[]> {
    return this.evaluate('globalThis.__policyWatchTest.console.splice(0)');
  }

  /** "running", "stopped", ... (Firefox's own words for the event page's state). */
  backgroundState(addonId: string): Promise<string> {
    return this.evaluate(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.backgroundState`);
  }

  /** Unload the event page as Firefox does after it has been idle (extensions.background.idle.timeout). */
  terminateBackground(addonId: string): Promise<void> {
    return this.evaluate(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.terminateBackground()`);
  }
}

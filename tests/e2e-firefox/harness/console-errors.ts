import type { Browser } from 'puppeteer-core';
import type { ConsoleProblem } from '../../e2e/harness/console-errors';
import type { ChromeScope } from './chrome-scope';

// The Chromium harness's rule in Firefox: any error from our code fails the test that caused it. Three sources,
// since no single one sees everything:
// - the browser console (nsIConsoleService, read through the chrome scope): uncaught errors, unhandled rejections
//   and CSP violations from every process, the event page and content scripts included; ours when the source is a
//   file of the extension or the text carries our "[policy-watch]" prefix;
// - console.error with our "[policy-watch]" prefix from content processes (extension pages, content scripts), which
//   Firefox prints on stdout with devtools.console.stdout.content. Firefox's BiDi reports no console entries for
//   moz-extension pages (measured: log.entryAdded fires for web pages only), and stdout carries no source, so an
//   unprefixed console.error in an extension page is not seen; the extension's own logging always uses the prefix.

const OUR_PREFIX = '[policy-watch]';
/**
 * Firefox's report that a page closed while its runtime.sendMessage was still unanswered: the reply is dropped
 * because the sender's context is gone (ExtensionCommon's wrapPromise). It names our content script as its source,
 * but no code of ours runs or can catch it, and the message itself was delivered (flows.e2e.ts checks that such a
 * capture is kept). Every other error from our files still fails the test.
 */
const REPLY_TO_CLOSED_PAGE =
  /^Promise rejected after context unloaded: Actor 'Conduits' destroyed before query '\w+' was resolved/;
const WARNING_OR_INFO = 0x1 | 0x8; // nsIScriptError.warningFlag | infoFlag

export class FirefoxConsoleErrors {
  private problems: ConsoleProblem[] = [];
  private readonly ignored: RegExp[] = [];

  constructor(
    private readonly origin: string,
    private readonly scope: ChromeScope,
    browser: Browser,
  ) {
    let pending = '';
    browser.process()?.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const text = /^console\.error: "?(.*?)"?$/.exec(line)?.[1];
        if (text?.startsWith(OUR_PREFIX)) this.add('console (stdout)', text);
      }
    });
  }

  ignore(pattern: RegExp): void {
    this.ignored.push(pattern);
    this.problems = this.problems.filter((p) => !pattern.test(p.text));
  }

  list(): readonly ConsoleProblem[] {
    return this.problems;
  }

  /** Pull what the browser console has seen since the last call. */
  async collect(): Promise<void> {
    for (const entry of await this.scope.takeConsole()) {
      if (entry.flags & WARNING_OR_INFO || REPLY_TO_CLOSED_PAGE.test(entry.message)) continue;
      const ours = entry.source.startsWith(this.origin) || entry.message.includes(OUR_PREFIX);
      if (ours) this.add(entry.source || 'browser console', `${entry.message} [${entry.category}]`);
    }
  }

  async expectNone(): Promise<void> {
    await this.collect();
    this.throwIfAny();
  }

  throwIfAny(): void {
    const found = this.problems;
    this.problems = [];
    if (found.length === 0) return;
    const lines = found.map((p) => `  - [${p.where}] ${p.text}`).join('\n');
    throw new Error(`Console errors in an extension context (Firefox):\n${lines}`);
  }

  add(where: string, text: string): void {
    if (this.ignored.some((pattern) => pattern.test(text))) return;
    this.problems.push({ where, text });
  }
}

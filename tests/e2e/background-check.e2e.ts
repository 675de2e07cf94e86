import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// Background checks in the built extension: with no policy tab open, the check alarm makes the worker fetch Meta's
// printable policy (fixture: tests/fixtures/sites/mbasic.facebook.com/privacy/policy/printable/), parse it in the
// offscreen document, and record it. A noise-only variant gives no notification; the May 2025 version gives one,
// about AI training on legitimate interest. Each test starts from the extension's data as at install (resetState).

const HOST = 'mbasic.facebook.com';
const PATH = '/privacy/policy/printable/';
const CHECK_ALARM = 'policy-watch:check';
const RETRY_ALARM = 'policy-watch:check-retry';

interface StoredVersion {
  platformId: string;
  source: string;
  unseen: boolean;
}

describe('background checks', () => {
  const ext = useExtension();

  async function fireCheckAlarm(): Promise<void> {
    const worker = await ext().ensureServiceWorker();
    await worker.evaluate(
      (name) => (globalThis as unknown as ExtensionGlobals).chrome.alarms.create(name, { when: Date.now() }),
      CHECK_ALARM,
    );
  }

  async function facebookVersions(): Promise<StoredVersion[]> {
    const records = ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
    return records.filter((v) => v.platformId === 'facebook');
  }

  async function requestsToPrintable(): Promise<number> {
    return ext().server.requestsTo(HOST, PATH).length;
  }

  it('records a baseline, ignores noise and notifies once of a material change, with no tab open', async () => {
    await ext().resetState();
    expect(
      ext()
        .context.pages()
        .filter((p) => p.url().startsWith('https://')),
    ).toHaveLength(0);

    await fireCheckAlarm();
    await expect.poll(facebookVersions, { timeout: 30_000 }).toHaveLength(1);
    expect((await facebookVersions())[0]).toMatchObject({ source: 'background', unseen: false });
    expect(await requestsToPrintable()).toBe(1);

    ext().server.setVariant(HOST, PATH, 'noise');
    await fireCheckAlarm();
    await expect.poll(facebookVersions, { timeout: 30_000 }).toHaveLength(2);
    expect(ext().notifications()).toHaveLength(0);

    ext().server.setVariant(HOST, PATH, 'v2');
    await fireCheckAlarm();
    await expect.poll(() => ext().notifications().length, { timeout: 30_000 }).toBe(1);
    const [notification] = ext().notifications();
    expect(notification?.title).toMatch(/Facebook.*train AI.*legitimate interest/);
    expect(notification?.buttons).toEqual(['See what changed', 'Object']);
    const versions = await facebookVersions();
    expect(versions.map((v) => v.unseen)).toEqual(expect.arrayContaining([true]));
    expect(versions).toHaveLength(3);
    // The action badge counts the unseen change (recounted after the notification is shown: waited for).
    const worker = await ext().ensureServiceWorker();
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({})))
      .toBe('1');
  });

  it('backs off after a failing fetch and sets a retry alarm', async () => {
    await ext().resetState();
    ext().server.setStatus(HOST, PATH, 500);
    await fireCheckAlarm();
    const facebookState = async () => {
      const states = ((await ext().readIndexedDb('policy-watch', 'meta')) ?? []) as {
        lastError?: string;
        failures?: number;
      }[];
      return states.find((s) => s.lastError === 'HTTP 500');
    };
    await expect.poll(facebookState, { timeout: 30_000 }).toMatchObject({ failures: 1 });
    // The retry alarm is set once the whole run is over (every other platform checked, the offscreen document
    // closed), after Facebook's state was written: waited for.
    const retryAt = async () => {
      const worker = await ext().ensureServiceWorker();
      const alarm = await worker.evaluate(
        (name) => (globalThis as unknown as ExtensionGlobals).chrome.alarms.get(name),
        RETRY_ALARM,
      );
      return alarm?.scheduledTime ?? 0;
    };
    await expect.poll(retryAt).toBeGreaterThan(Date.now() + 20 * 60_000);
  });

  it('says on the overview when a check cannot read the page without its scripts', async () => {
    await ext().resetState();
    // What a script-rendered policy page sends to a plain fetch: a shell whose text only its scripts would write.
    const shell = join(mkdtempSync(join(tmpdir(), 'policy-watch-shell-')), 'shell.html');
    writeFileSync(
      shell,
      '<!DOCTYPE html><html lang="en"><head><title>Facebook</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
    );
    ext().server.serveFile(HOST, PATH, shell);
    await fireCheckAlarm();
    const checkStates = async () =>
      ((await ext().readIndexedDb('policy-watch', 'meta')) ?? []) as {
        unreadable?: boolean;
        lastSuccessAt?: string | null;
      }[];
    await expect
      .poll(async () => (await checkStates()).some((c) => c.unreadable === true), { timeout: 30_000 })
      .toBe(true);
    expect(await facebookVersions()).toHaveLength(0); // nothing stored from a page without its text

    const options = await ext().openOptions();
    await options.waitForSelector('body[data-ready="true"] #overview');
    const facebook = options.locator('#overview tr[data-platform="facebook"]');
    expect(await facebook.locator('.check-notice.unreadable').innerText()).toContain(
      'Background checks cannot read this policy',
    );
    await ext().screenshot(options, 'overview-check-unreadable');

    await options.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// Several tabs capturing at once, and the service worker stopped in the middle of a capture (as Chrome stops it when
// it likes): no version is lost, none is stored twice, and the change is alerted exactly once. What makes it true:
// the store serialises and re-checks captures (src/history/capture.ts), the content script sends again when the worker
// went away (src/page/send.ts), a change that arrives again still unalerted is alerted (after-capture.ts), and a
// background-check run left unfinished is run again by the next worker (src/background/pending-checks.ts).
// Each test starts from the extension's data as at install (resetState) and visits the policy as far as it needs.

const HOST = 'www.facebook.com';
const PATH = '/privacy/policy/';
const POLICY_URL = `https://${HOST}${PATH}`;
const IN_CAPTURE = '[hardening] capture is hashing its text';
const IN_CHECK = '[hardening] background check is fetching';

interface StoredVersion {
  id: string;
  source: string;
  textHash: string;
  unseen: boolean;
  capturedAt: string;
}

describe('concurrent captures and worker restarts', () => {
  const ext = useExtension();

  async function versions(): Promise<StoredVersion[]> {
    return ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
  }

  /**
   * Versions alerted so far: the ids alerts.ts records as it creates each notification (Chrome closes shown
   * notifications after a while, so getAll() cannot count them, and the harness's recorder misses a notification made
   * in a restarted worker's first moments).
   */
  async function alertedVersionIds(): Promise<string[]> {
    const key = 'alerts.notifiedVersionIds';
    return ((await ext().storageGet(key))[key] as string[] | undefined) ?? [];
  }

  /** Notifications the harness saw, by id: each must have been made once. */
  function duplicateNotifications(): string[] {
    const ids = ext()
      .notifications()
      .map((n) => n.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  }

  /**
   * Make the running worker announce (on its console) each capture reaching the hashing step, and hold it there for
   * `holdMs`: the test stops the worker at that moment. A restarted worker runs the real code again.
   */
  async function announceCaptures(holdMs: number): Promise<() => Promise<void>> {
    const worker = await ext().ensureServiceWorker();
    const reached = new Promise<void>((resolve) => {
      worker.on('console', (message) => {
        if (message.text() === IN_CAPTURE) resolve();
      });
    });
    await worker.evaluate(
      ({ line, holdMs }) => {
        const subtle = (globalThis as unknown as { crypto: Crypto }).crypto.subtle;
        const digest = subtle.digest.bind(subtle);
        subtle.digest = async (...args: Parameters<SubtleCrypto['digest']>) => {
          console.log(line);
          await new Promise((resume) => setTimeout(resume, holdMs));
          return digest(...args);
        };
      },
      { line: IN_CAPTURE, holdMs },
    );
    return () => reached;
  }

  /** A fresh history with the first visit's baseline (v1). */
  async function baseline(): Promise<void> {
    await ext().resetState();
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(async () => (await versions()).length, { timeout: 20_000 }).toBe(1);
    await page.close();
  }

  it('stores one baseline when three tabs open the same policy at once', async () => {
    await ext().resetState();
    const pages = await Promise.all([1, 2, 3].map((i) => ext().openPage(`${POLICY_URL}?tab=${i}`)));
    await expect.poll(async () => (await versions()).length, { timeout: 20_000 }).toBe(1);
    // Every tab's capture has arrived (each moves lastSeenAt or is the baseline); still one version.
    await pages[0]?.waitForTimeout(2_000);
    expect(await versions()).toHaveLength(1);
    for (const page of pages) await page.close();
  });

  it('stores one version and alerts once when three tabs see a change at once', async () => {
    await baseline();
    ext().server.setVariant(HOST, PATH, 'v2');
    const pages = await Promise.all([1, 2, 3].map((i) => ext().openPage(`${POLICY_URL}?tab=${i}`)));
    await expect.poll(async () => (await versions()).length, { timeout: 20_000 }).toBe(2);
    await expect.poll(alertedVersionIds, { timeout: 10_000 }).toHaveLength(1);
    await expect.poll(() => ext().notifications().length, { timeout: 10_000 }).toBe(1);
    await pages[0]?.waitForTimeout(2_000);
    expect(ext().notifications()).toHaveLength(1);
    expect(await alertedVersionIds()).toHaveLength(1);
    expect(await versions()).toHaveLength(2);
    expect((await versions()).filter((v) => v.unseen)).toHaveLength(1);
    expect(new Set((await versions()).map((v) => v.textHash)).size).toBe(2);
    for (const page of pages) await page.close();
  });

  for (const [moment, holdMs] of [
    ['while it hashes the capture', 3_000],
    ['right after the hashing, during the comparison', 0],
  ] as const) {
    it(`loses no version and doubles none when the worker is stopped ${moment}`, async () => {
      await baseline();
      const before = await versions();
      // Back and forth between v1 and v2: each visit is a new material change against the latest version.
      const variant = before.length % 2 === 0 ? null : 'v2';
      ext().server.setVariant(HOST, PATH, variant);
      const reached = await announceCaptures(holdMs);
      const page = await ext().openPage(POLICY_URL);
      await reached();
      await ext().stopServiceWorker();

      await expect.poll(async () => (await versions()).length, { timeout: 30_000 }).toBe(before.length + 1);
      const known = new Set(before.map((v) => v.id));
      const added = (await versions()).find((v) => !known.has(v.id));
      expect(added?.unseen).toBe(true);
      await expect.poll(alertedVersionIds, { timeout: 10_000 }).toContain(added?.id);
      await page.waitForTimeout(2_000);
      expect(await versions()).toHaveLength(before.length + 1);
      expect(duplicateNotifications()).toEqual([]);
      await page.close();
    });
  }

  it('resumes a background check when the worker was stopped in the middle of it', async () => {
    await ext().resetState();
    const fromChecks = async () => (await versions()).filter((v) => v.source === 'background').length;
    expect(await fromChecks()).toBe(0);
    const worker = await ext().ensureServiceWorker();
    const fetching = new Promise<void>((resolve) => {
      worker.on('console', (message) => {
        if (message.text() === IN_CHECK) resolve();
      });
    });
    // Hold the check's fetch until the worker is stopped, then fire the check alarm as Chrome would.
    await worker.evaluate((line) => {
      const realFetch = globalThis.fetch;
      globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
        console.log(line);
        await new Promise((resume) => setTimeout(resume, 5_000));
        return realFetch(...args);
      };
      (globalThis as unknown as ExtensionGlobals).chrome.alarms.create('policy-watch:check', { when: Date.now() });
    }, IN_CHECK);
    await fetching;
    await ext().stopServiceWorker();
    expect(await fromChecks()).toBe(0);
    // The next worker (started by anything: here the harness) finds the unfinished run and does it again.
    await ext().ensureServiceWorker();
    await expect.poll(fromChecks, { timeout: 30_000 }).toBe(1);
    expect(ext().server.requestsTo('mbasic.facebook.com').length).toBeGreaterThan(0);
  });

  it('keeps the unseen count on the badge across the restarts', async () => {
    // An unseen change, then the worker stopped and started again.
    await baseline();
    ext().server.setVariant(HOST, PATH, 'v2');
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(alertedVersionIds, { timeout: 20_000 }).toHaveLength(1);
    const globalBadge = async () =>
      (await ext().ensureServiceWorker()).evaluate(() =>
        (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({}),
      );
    await expect.poll(globalBadge).toBe('1'); // recounted after the alert
    await page.close();
    await ext().stopServiceWorker();
    const worker = await ext().ensureServiceWorker();
    const unseen = (await versions()).filter((v) => v.unseen).length;
    expect(unseen).toBe(1);
    const badge = await worker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({}),
    );
    expect(badge).toBe(String(unseen));
  });
});

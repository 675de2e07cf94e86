import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// The capture pipeline in the built extension, on the fixture of Facebook's privacy-policy page: the first visit is a
// baseline (no notification), a noise-only version gives none, a material version gives exactly one notification,
// however many tabs show it, titled with the AI-training / legitimate-interest change, once even when a background
// check of the printable page sees it again. The tests share one browser, but each starts from the extension's data
// as at install (resetState) and builds the history it needs from the steps before it (baseline, check baseline,
// material change), so any one of them runs alone and in any order.

const HOST = 'www.facebook.com';
const PATH = '/privacy/policy/';
const POLICY_URL = `https://${HOST}${PATH}`;
const PRINTABLE_HOST = 'mbasic.facebook.com';
const PRINTABLE_PATH = '/privacy/policy/printable/';

interface StoredVersion {
  platformId: string;
  source: string;
  unseen: boolean;
  capturedAt: string;
  lastSeenAt: string;
  report: { material: boolean } | null;
  note?: string;
}

describe('capture pipeline', () => {
  const ext = useExtension();

  async function facebookVersions(): Promise<StoredVersion[]> {
    const records = ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
    return records.filter((v) => v.platformId === 'facebook').sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  }

  async function fromVisits(): Promise<StoredVersion[]> {
    return (await facebookVersions()).filter((v) => v.source === 'visit');
  }

  async function fromChecks(): Promise<StoredVersion[]> {
    return (await facebookVersions()).filter((v) => v.source === 'background');
  }

  /** Fire the background-check alarm now, as Chrome would when it is due. */
  async function fireCheckAlarm(): Promise<void> {
    const worker = await ext().ensureServiceWorker();
    await worker.evaluate(
      (name) => (globalThis as unknown as ExtensionGlobals).chrome.alarms.create(name, { when: Date.now() }),
      'policy-watch:check',
    );
  }

  async function globalBadge(): Promise<string> {
    const worker = await ext().ensureServiceWorker();
    return worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({}));
  }

  // The history each test starts from, built the way a user's is: by visits and background checks.

  /** The first visit to the policy page, stored as the baseline. */
  async function visitedOnce(): Promise<void> {
    await ext().resetState();
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(1);
    await page.close();
  }

  /** Then a background check of the printable page, stored as the baseline of that source. */
  async function checkedOnce(): Promise<void> {
    await fireCheckAlarm();
    await expect.poll(async () => (await fromChecks()).length, { timeout: 30_000 }).toBe(1);
  }

  /** Then a visit to the materially changed policy (v2): one unseen version, notified. */
  async function visitedChanged(): Promise<void> {
    const before = (await facebookVersions()).length;
    ext().server.setVariant(HOST, PATH, 'v2');
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(async () => (await facebookVersions()).length, { timeout: 20_000 }).toBe(before + 1);
    await expect.poll(() => ext().notifications().length, { timeout: 20_000 }).toBe(1);
    await page.close();
  }

  it('records the first visit as a baseline, without a notification', async () => {
    await ext().resetState();
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(1);
    const [baseline] = await facebookVersions();
    expect(baseline).toMatchObject({ source: 'visit', unseen: false, report: null });
    expect(await ext().badgeText(await ext().tabIdOf(page))).toBe('✓');
    expect(ext().notifications()).toHaveLength(0);
    expect(await globalBadge()).toBe('');
    await page.close();
  });

  it('adds a background check of the printable page as a baseline of its own, without a notification', async () => {
    await visitedOnce();
    await fireCheckAlarm();
    await expect.poll(async () => (await fromChecks()).length, { timeout: 30_000 }).toBe(1);
    const [check] = await fromChecks();
    expect(check).toMatchObject({ unseen: false, report: null, note: 'new-source' });
    expect(ext().notifications()).toHaveLength(0);
  });

  it('gives no notification for a noise-only version (tracking links, class names, render timing)', async () => {
    await visitedOnce();
    const [baseline] = await fromVisits();
    ext().server.setVariant(HOST, PATH, 'noise');
    const page = await ext().openPage(POLICY_URL);
    // The capture arrives either as the same text once normalised (lastSeenAt moves) or as a noise version.
    await expect
      .poll(
        async () => {
          const versions = await fromVisits();
          return versions.length > 1 || (versions[0]?.lastSeenAt ?? '') > (baseline?.lastSeenAt ?? '');
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect((await facebookVersions()).filter((v) => v.unseen)).toHaveLength(0);
    // Give a wrongly raised alert time to show before asserting there is none.
    await page.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(0);
    expect(await globalBadge()).toBe('');
    await page.close();
  });

  it('notifies exactly once of a material change seen from three tabs, naming AI and legitimate interest', async () => {
    await visitedOnce();
    const before = (await facebookVersions()).length;
    ext().server.setVariant(HOST, PATH, 'v2');
    // Three tabs at once (distinct queries only so the harness can tell their tab ids apart).
    const pages = await Promise.all([1, 2, 3].map((i) => ext().openPage(`${POLICY_URL}?tab=${i}`)));
    await expect.poll(() => ext().notifications().length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await facebookVersions()).length, { timeout: 20_000 }).toBe(before + 1);
    const [notification] = ext().notifications();
    expect(notification?.title).toMatch(/^Facebook .*(AI|legitimate interest)/);
    expect(notification?.buttons).toEqual(['See what changed', 'Object']);
    expect(notification?.id).toMatch(/^policy-watch:change:/);
    expect((await facebookVersions()).filter((v) => v.unseen)).toHaveLength(1);
    // The badge is recounted after the notification is shown, and each tab's badge after its own capture is compared:
    // both are waited for (on a slow machine they can lag the notification).
    await expect.poll(globalBadge).toBe('1');
    // Every tab shows the count of unseen changes for Facebook.
    for (const page of pages) {
      const tabId = await ext().tabIdOf(page);
      await expect.poll(() => ext().badgeText(tabId)).toBe('1');
    }
    await pages[0]?.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(1);
    for (const page of pages) await page.close();
  });

  it('keeps the history, the count and the single notification across a service-worker restart', async () => {
    await visitedOnce();
    await visitedChanged();
    const before = await facebookVersions();
    const lastSeen =
      before
        .map((v) => v.lastSeenAt)
        .sort()
        .at(-1) ?? '';
    await ext().stopServiceWorker();
    ext().server.setVariant(HOST, PATH, 'v2');
    const page = await ext().openPage(POLICY_URL);
    // The capture reaches the restarted worker: the same text as the latest version, so only lastSeenAt moves.
    await expect
      .poll(async () => (await facebookVersions()).some((v) => v.lastSeenAt > lastSeen), { timeout: 20_000 })
      .toBe(true);
    expect(await facebookVersions()).toHaveLength(before.length);
    expect(await ext().badgeText(await ext().tabIdOf(page))).toBe('1');
    expect(await globalBadge()).toBe('1');
    await page.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(1);
    // The record can miss a notification made in a new worker's first moments; the browser's own list cannot.
    expect(await ext().openNotificationIds()).toHaveLength(1);
    await page.close();
  });

  it('does not alert again when a background check later sees the change already reported', async () => {
    await visitedOnce();
    await checkedOnce();
    await visitedChanged();
    ext().server.setVariant(PRINTABLE_HOST, PRINTABLE_PATH, 'v2');
    await fireCheckAlarm();
    await expect.poll(async () => (await fromChecks()).length, { timeout: 30_000 }).toBe(2);
    const [, seenAgain] = await fromChecks();
    expect(seenAgain).toMatchObject({ unseen: false, note: 'reported-via-other-source', report: { material: true } });
    expect(ext().notifications()).toHaveLength(1);
    expect(await globalBadge()).toBe('1');
  });
});

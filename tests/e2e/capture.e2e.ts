import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// The capture pipeline in the built extension, on the fixture of Facebook's privacy-policy page: the first visit is a
// baseline (no notification), a noise-only version gives none, a material version gives exactly one notification,
// however many tabs show it, titled with the AI-training / legitimate-interest change. The tests run in order and
// share the browser (and its IndexedDB).

const HOST = 'www.facebook.com';
const PATH = '/privacy/policy/';
const POLICY_URL = `https://${HOST}${PATH}`;

interface StoredVersion {
  platformId: string;
  source: string;
  unseen: boolean;
  report: { material: boolean } | null;
}

describe('capture pipeline', () => {
  const ext = useExtension();

  async function facebookVersions(): Promise<StoredVersion[]> {
    const records = ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
    return records.filter((v) => v.platformId === 'facebook');
  }

  async function globalBadge(): Promise<string> {
    const worker = await ext().ensureServiceWorker();
    return worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({}));
  }

  it('records the first visit as a baseline, without a notification', async () => {
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(1);
    const [baseline] = await facebookVersions();
    expect(baseline).toMatchObject({ source: 'visit', unseen: false, report: null });
    expect(await ext().badgeText(await ext().tabIdOf(page))).toBe('✓');
    expect(ext().notifications()).toHaveLength(0);
    expect(await globalBadge()).toBe('');
    await page.close();
  });

  it('stores a noise-only version without a notification', async () => {
    ext().server.setVariant(HOST, PATH, 'noise');
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(2);
    const noise = (await facebookVersions()).find((v) => v.report !== null);
    expect(noise).toMatchObject({ unseen: false, report: { material: false } });
    // Give a wrongly raised alert time to show before asserting there is none.
    await page.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(0);
    await page.close();
  });

  it('notifies exactly once of a material change seen from three tabs, naming AI and legitimate interest', async () => {
    ext().server.setVariant(HOST, PATH, 'v2');
    const pages = await Promise.all([1, 2, 3].map(() => ext().openPage(POLICY_URL)));
    await expect.poll(() => ext().notifications().length, { timeout: 20_000 }).toBe(1);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(3);
    const [notification] = ext().notifications();
    expect(notification?.title).toMatch(/^Facebook .*(AI|legitimate interest)/);
    expect(notification?.buttons).toEqual(['See what changed', 'Object']);
    expect(notification?.id).toMatch(/^policy-watch:change:/);
    expect((await facebookVersions()).filter((v) => v.unseen)).toHaveLength(1);
    expect(await globalBadge()).toBe('1');
    await pages[0]?.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(1);
    for (const page of pages) await page.close();
  });
});

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR, useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// Open Terms Archive as a live second source, in the built extension: the user turns it on in the settings (the
// browser grants the two GitHub hosts), the worker asks the fixture's imitation of GitHub (harness/fake-github.ts,
// under api.github.com and raw.githubusercontent.com) and records Threads' policy, which no background check can
// read. A technical-upgrade commit is recorded without a notification; a new version with an AI-training change
// reaches the user as a notification, with no tab of Threads ever opened. Screenshot of the overview's sources:
// docs/screenshots/overview-sources.png.

const REPO = 'pga-versions';
const THREADS = 'Threads/Privacy Policy.md';
const OTA_ALARM = 'policy-watch:ota';

const policy = (extra: string) =>
  `Threads Supplemental Privacy Policy\n===================================\n\nThreads is provided by Meta Platforms Ireland Limited. We collect information about your activity on Threads to provide the service, and we share information with Third Party Services when you use Threads with a profile. ${'You can learn more about the information we collect and how we use it in the Meta Privacy Policy. '.repeat(30)}\n\n${extra}`;
const AI_CHANGE =
  'We use your public posts and your interactions with Threads to develop and improve artificial intelligence models, including training our generative AI, relying on our legitimate interests.';

interface StoredVersion {
  platformId: string;
  source: string;
  capturedAt: string;
  note?: string;
}

describe('Open Terms Archive source', () => {
  // The GitHub hosts granted as the user's "Allow" would (Chromium's prompt cannot be answered by a test: see
  // grantOptionalHosts in harness/launch.ts); the shipped manifest only asks for them (checked below).
  const ext = useExtension({ grantOptionalHosts: true });

  async function threadsVersions(): Promise<StoredVersion[]> {
    const records = ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
    return records.filter((v) => v.platformId === 'threads').sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  }

  async function fireOtaAlarm(): Promise<void> {
    const worker = await ext().ensureServiceWorker();
    await worker.evaluate(
      (name) => (globalThis as unknown as ExtensionGlobals).chrome.alarms.create(name, { when: Date.now() }),
      OTA_ALARM,
    );
  }

  it('is off by default: nothing is asked of GitHub; the shipped build only may ask for the two hosts', async () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_DIR, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.optional_host_permissions).toEqual([
      'https://api.github.com/*',
      'https://raw.githubusercontent.com/*',
    ]);
    expect(JSON.stringify(manifest.host_permissions)).not.toMatch(/github/);
    await ext().resetState();
    const options = await ext().openOptions();
    await options.waitForSelector('body[data-ready="true"] #overview');
    await options.locator('#check-all').click();
    await expect.poll(() => options.locator('#check-status').innerText(), { timeout: 60_000 }).toMatch(/Checked/);
    expect(ext().server.requestsTo('api.github.com')).toHaveLength(0);
    expect(ext().server.requestsTo('raw.githubusercontent.com')).toHaveLength(0);
    await options.close();
  });

  it('turned on, reads Threads from Open Terms Archive and notifies of a change without a visit', async () => {
    await ext().resetState();
    const github = ext().server.github;
    github.addVersion(REPO, THREADS, policy(''), 'First record of Threads Privacy Policy', '2026-06-01T00:30:00Z');

    const options = await ext().openOptions();
    await options.goto(`${ext().origin}/options.html#/settings`);
    await options.waitForSelector('body[data-ready="true"] #ota-on');
    await options.locator('#ota-on').click();
    // Only a granted permission turns it on.
    const otaSetting = async () => (await ext().storageGet('settings.otaSource'))['settings.otaSource'];
    await expect.poll(otaSetting, { timeout: 15_000 }).toEqual({ on: true, allDocuments: false });
    // Turning it on reads it at once: the newest version, a baseline (nothing to compare it with yet).
    await expect.poll(threadsVersions, { timeout: 30_000 }).toHaveLength(1);
    expect((await threadsVersions())[0]).toMatchObject({ source: 'ota', capturedAt: '2026-06-01T00:30:00.000Z' });

    // Open Terms Archive changed its extraction: a new text, the same policy. No notification.
    github.addVersion(
      REPO,
      THREADS,
      policy('Last updated.'),
      'Apply technical or declaration upgrade on Threads Privacy Policy',
      '2026-06-02T00:30:00Z',
    );
    await fireOtaAlarm();
    await expect.poll(threadsVersions, { timeout: 30_000 }).toHaveLength(2);
    expect((await threadsVersions())[1]).toMatchObject({ note: 'extractor-changed' });

    github.addVersion(
      REPO,
      THREADS,
      policy(`Last updated. ${AI_CHANGE}`),
      'Record new changes of Threads Privacy Policy',
      '2026-06-03T00:30:00Z',
    );
    await fireOtaAlarm();
    await expect.poll(() => ext().notifications().length, { timeout: 30_000 }).toBe(1);
    expect(ext().notifications()[0]?.title).toMatch(/Threads.*AI/);
    expect(await threadsVersions()).toHaveLength(3);
    // No tab of Threads was opened, and nothing about the user went to GitHub.
    expect(ext().server.requestsTo('help.instagram.com')).toHaveLength(0);
    expect(github.log.length).toBeGreaterThan(0);
    expect(github.log.filter((r) => r.cookie || r.authorization || r.referer)).toEqual([]);

    await options.goto(`${ext().origin}/options.html#/`);
    await options.waitForSelector('body[data-ready="true"] #overview .sources');
    // "Check all now": the background checks (Meta's printable policy for Facebook, Instagram and Messenger) and
    // Open Terms Archive; the overview then says how and when each document was read.
    await options.locator('#check-all').click();
    await expect.poll(() => options.locator('#check-status').innerText(), { timeout: 60_000 }).toMatch(/Checked/);
    await expect
      .poll(() => options.locator('#overview tr[data-platform="instagram"] .sources').innerText())
      .toMatch(/Checked in the background/);
    const threads = options.locator('#overview tr[data-platform="threads"] .sources');
    expect(await threads.innerText()).toMatch(/No background check.*Open Terms Archive \(pga-versions\): last asked/s);
    // The history says the upgrade was Open Terms Archive's, not a change of the policy.
    await expect
      .poll(() => options.locator('.history-root').innerText(), { timeout: 15_000 })
      .toContain('Open Terms Archive changed how it reads the page');
    const instagram = options.locator('#overview tr[data-platform="instagram"] .sources');
    expect(await instagram.innerText()).toContain('mbasic.facebook.com');
    mkdirSync(join(PROJECT_DIR, 'docs/screenshots'), { recursive: true });
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.screenshot({ path: join(PROJECT_DIR, 'docs/screenshots/overview-sources.png'), fullPage: true });
    await options.close();
  });
});

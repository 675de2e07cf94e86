import { describe, expect, it } from 'vitest';
import { type FirefoxGlobals, useFirefoxExtension } from './harness';

// Open Terms Archive as a live second source in the Firefox build (MV2: optional_permissions): the user ticks it in
// the settings, the extension asks Firefox for the two GitHub hosts (granted: the harness turns the prompt off), and
// the event page reads Threads' policy from the fixture's imitation of GitHub. A technical-upgrade commit gives no
// notification; a new version with an AI-training change gives one, with no tab of Threads ever opened.

const REPO = 'pga-versions';
const THREADS = 'Threads/Privacy Policy.md';

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

describe('Open Terms Archive source (Firefox)', () => {
  const ext = useFirefoxExtension();

  async function threadsVersions(): Promise<StoredVersion[]> {
    const records = ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[];
    return records.filter((v) => v.platformId === 'threads').sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  }

  async function fireOtaAlarm(): Promise<void> {
    await ext().inExtension(
      (name) => (globalThis as unknown as FirefoxGlobals).browser.alarms.create(name, { when: Date.now() }),
      'policy-watch:ota',
    );
  }

  it('asks for the two hosts when turned on, then notifies of a change without a visit, not of an upgrade', async () => {
    const github = ext().server.github;
    github.addVersion(REPO, THREADS, policy(''), 'First record of Threads Privacy Policy', '2026-06-01T00:30:00Z');
    const granted = () =>
      ext().inExtension(
        (origins) => (globalThis as unknown as FirefoxGlobals).browser.permissions.contains({ origins }),
        ['https://api.github.com/*', 'https://raw.githubusercontent.com/*'],
      );
    expect(await granted()).toBe(false);

    const options = await ext().openOptions();
    await options.evaluate(() => {
      location.hash = '#/settings';
    });
    await options.waitForSelector('#ota-on');
    await options.click('#ota-on');
    await expect.poll(granted, { timeout: 15_000 }).toBe(true);
    await expect.poll(threadsVersions, { timeout: 30_000 }).toHaveLength(1);
    expect((await threadsVersions())[0]).toMatchObject({ source: 'ota', capturedAt: '2026-06-01T00:30:00.000Z' });

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
    expect(await ext().notifications()).toHaveLength(0);

    github.addVersion(
      REPO,
      THREADS,
      policy(`Last updated. ${AI_CHANGE}`),
      'Record new changes of Threads Privacy Policy',
      '2026-06-03T00:30:00Z',
    );
    await fireOtaAlarm();
    await expect.poll(async () => (await ext().notifications()).length, { timeout: 30_000 }).toBe(1);
    expect((await ext().notifications())[0]?.title).toMatch(/Threads.*AI/);
    expect(ext().server.requestsTo('help.instagram.com')).toHaveLength(0);
    expect(github.log.filter((r) => r.cookie || r.authorization || r.referer)).toEqual([]);

    // Turned off: the permission is given back.
    await options.click('#ota-on');
    await expect.poll(granted, { timeout: 15_000 }).toBe(false);
    await options.close();
  });
});

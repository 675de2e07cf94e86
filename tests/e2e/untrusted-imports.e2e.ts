import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PolicyVersion } from '../../src/history/types';
import { PGA_DIR, PGA_FILES, PLANTED_REASONS, poisonedBackup, zipBombWithGoodFile } from '../poisoned-backup';
import { OFF_PLATFORM_HOST, useExtension } from './harness';
import type { ExtensionGlobals } from './harness/extension-globals';

// Versions from everywhere, in the built extension: the onboarding (the welcome page opens the policy, then the user
// imports years of past versions) gives the right timeline and a re-run adds nothing; a poisoned backup and a zip
// bomb are refused or skipped record by record, naming each, and nothing stored is lost; a background check whose
// platform URL redirects through another host and back is refused at the hop that leaves.

const HOST = 'www.facebook.com';
const PRINTABLE_HOST = 'mbasic.facebook.com';
const PRINTABLE_PATH = '/privacy/policy/printable/';

function timeOf(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/.exec(name);
  return new Date(`${m?.[1]}T${m?.[2]}:${m?.[3]}:${m?.[4]}Z`).toISOString();
}

describe('versions from everywhere', () => {
  const ext = useExtension();
  const versions = async () =>
    (((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as PolicyVersion[])
      .filter((v) => v.platformId === 'facebook')
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));

  /** The welcome page's "open" for Facebook: the policy opens in a tab and its first version is kept today. */
  async function welcomeOpensFacebook(): Promise<PolicyVersion> {
    const welcome = await ext().context.newPage();
    await welcome.goto(`${ext().origin}/welcome.html`);
    await welcome.locator('button[data-platform="facebook"]').click();
    await expect.poll(async () => (await versions()).length, { timeout: 30_000 }).toBe(1);
    for (const p of ext().context.pages()) if (p.url().includes(HOST)) await p.close();
    await welcome.close();
    return (await versions())[0]!;
  }

  async function importPgaFolder(page: Page): Promise<string> {
    await page.goto(`${ext().origin}/options.html#/data`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.setInputFiles('#ota-folder', PGA_DIR);
    await page.locator('#ota-start').waitFor({ timeout: 90_000 });
    await page.selectOption('#ota-platform', 'facebook');
    await page.selectOption('#ota-document', 'privacy-policy');
    await page.click('#ota-start');
    const status = page.locator('#ota-status[data-import-ms]');
    await status.waitFor({ timeout: 570_000 });
    console.log(
      `[untrusted-imports] ${PGA_FILES.length} versions imported in ${await status.getAttribute('data-import-ms')} ms`,
    );
    return (await status.textContent()) ?? '';
  }

  it('welcome, then import: today’s visit stays the latest, the past sits before it by date, a re-run adds nothing, no alert', async () => {
    await ext().resetState();
    const visit = await welcomeOpensFacebook();
    expect(visit.source).toBe('visit');
    const page = await ext().openOptions();
    expect(await importPgaFolder(page)).toMatch(/versions added/);
    const after = await versions();
    expect(after.at(-1)?.id).toBe(visit.id);
    const imported = after.filter((v) => v.source === 'import');
    expect(imported.length).toBeGreaterThan(10);
    const fileTimes = new Set(PGA_FILES.map(timeOf));
    expect(imported.every((v) => fileTimes.has(v.capturedAt) && v.capturedAt < visit.capturedAt)).toBe(true);
    // Each imported version is compared with the one before it by date.
    for (const [i, v] of imported.entries()) expect(v.previousId).toBe(i === 0 ? null : imported[i - 1]!.id);
    expect(after.filter((v) => v.unseen)).toEqual([]);

    // The interrupted import is run again: nothing is added twice.
    const again = await importPgaFolder(page);
    expect(again).toMatch(/ 0 versions added/);
    expect((await versions()).map((v) => v.id)).toEqual(after.map((v) => v.id));
    // The history page lists the visit as the latest version.
    await page.goto(`${ext().origin}/options.html#/`);
    await page.waitForSelector('.timeline li.version');
    await ext().screenshot(page, 'onboarding-timeline');
    expect(ext().notifications()).toEqual([]);
    await page.close();
  }, 900_000);

  it('refuses a poisoned backup record by record, naming each, and loses nothing stored', async () => {
    await ext().resetState();
    const visit = await welcomeOpensFacebook();
    const page = await ext().openOptions();
    await page.goto(`${ext().origin}/options.html#/data`);
    await page.waitForSelector('body[data-ready="true"]');
    const { json, goodIds } = poisonedBackup();
    await page.setInputFiles('#import-backup', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    const status = page.locator('.data-action .status').nth(1);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/Imported 2 versions/);
    const reasons = await page.locator('#import-rejected li').allTextContents();
    expect(reasons).toHaveLength(PLANTED_REASONS.length);
    for (const reason of PLANTED_REASONS) expect(reasons.join('\n')).toMatch(reason);
    const stored = await versions();
    expect(stored.map((v) => v.id).sort()).toEqual([...goodIds, visit.id].sort());
    expect(stored.every((v) => v.capturedAt < '2099')).toBe(true);
    expect(stored.flatMap((v) => v.objectionLinks ?? []).every((l) => l.href.startsWith('https://'))).toBe(true);
    await ext().screenshot(page, 'poisoned-backup');

    // A zip bomb among good files: the bomb is stopped while it inflates and named; the good file is offered.
    const started = Date.now();
    const { bytes, bombName } = zipBombWithGoodFile(100);
    await page.setInputFiles('#ota-zip', {
      name: 'privacy-policy.pga.zip',
      mimeType: 'application/zip',
      buffer: bytes,
    });
    await page.locator('#ota-not-read').waitFor({ timeout: 60_000 });
    console.log(
      `[untrusted-imports] ${bytes.length}-byte zip of 100 MB stopped in ${Date.now() - started} ms (incl. building it)`,
    );
    expect(await page.locator('#ota-not-read').textContent()).toContain(`${bombName}: expands past 2000000 bytes`);
    expect(await page.locator('.ota-confirm > p').first().textContent()).toMatch(/^1 version/);
    expect((await versions()).length).toBe(stored.length);
    await page.close();
  }, 300_000);

  it('refuses a background check redirected through another host and back, at the hop that leaves', async () => {
    await ext().resetState();
    const back = `https://${PRINTABLE_HOST}${PRINTABLE_PATH}?via=bounce`;
    ext().server.setRedirect(PRINTABLE_HOST, PRINTABLE_PATH, `https://${OFF_PLATFORM_HOST}/bounce`);
    ext().server.setRedirect(OFF_PLATFORM_HOST, '/bounce', back);
    const worker = await ext().ensureServiceWorker();
    await worker.evaluate(
      (name) => (globalThis as unknown as ExtensionGlobals).chrome.alarms.create(name, { when: Date.now() }),
      'policy-watch:check',
    );
    const checkError = async () => {
      const meta = ((await ext().readIndexedDb('policy-watch', 'meta')) ?? []) as { lastError?: string | null }[];
      return meta.map((m) => m?.lastError ?? '').find((e) => e.includes('redirected')) ?? null;
    };
    await expect
      .poll(checkError, { timeout: 30_000 })
      .toBe(`redirected off Facebook to https://${OFF_PLATFORM_HOST}/bounce`);
    expect(await versions()).toEqual([]);
    const bounced = ext().server.requestsTo(OFF_PLATFORM_HOST).length;
    const cameBack = ext()
      .server.requestsTo(PRINTABLE_HOST, PRINTABLE_PATH)
      .filter((r) => r.query === '?via=bounce').length;
    console.log(`[untrusted-imports] requests to the off-platform hop: ${bounced}; back on the platform: ${cameBack}`);
    expect(cameBack).toBe(0);
  });
});

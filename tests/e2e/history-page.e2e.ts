import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANALYSIS_SCHEMA_VERSION, type AnalysisReport, normalizePolicyText } from '../../src/analysis';
import { VERSIONS_DIR } from '../corpus';
import { useExtension } from './harness';
import { PROJECT_DIR } from './harness/build';

// The history page in the built extension: Open Terms Archive versions imported through the page's own folder
// picker, the timeline, the comparison of two versions with the flagged sentence, export → import without
// duplicates, a hostile backup file that must run nothing, and screenshots in both themes and at a narrow width.

const FACEBOOK_DIR = join(VERSIONS_DIR, 'Facebook');
const PGA = 'privacy-policy.pga';
const PGA_FILES = readdirSync(join(FACEBOOK_DIR, PGA)).filter((n) => n.endsWith('.md'));
const METRICS_FILE = join(PROJECT_DIR, 'screenshots', 'history-metrics.json');
const metrics: Record<string, number> = {};

function saveMetric(name: string, value: number): void {
  metrics[name] = Math.round(value);
  mkdirSync(join(PROJECT_DIR, 'screenshots'), { recursive: true });
  writeFileSync(METRICS_FILE, `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`[history-page] ${name}: ${Math.round(value)} ms`);
}

describe('history page', () => {
  const ext = useExtension();
  let page: Page;
  // A fresh load each time: a hash change alone would keep the previous test's expanded folds and toggles.
  const goto = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`${ext().origin}/options.html${hash}`);
    await page.waitForSelector('body[data-ready="true"]');
  };
  const storedVersions = async () => (await ext().readIndexedDb('policy-watch', 'versions'))?.length ?? 0;
  const facebookVersions = async () =>
    (
      ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as { platformId: string; locale: string }[]
    ).filter((v) => v.platformId === 'facebook' && v.locale === 'en').length;

  // Each test opens its own tab; the Facebook history it needs is imported by the first test that needs it (and
  // again by any test run alone), so no test relies on another having run before it.
  beforeEach(async () => {
    page = await ext().openOptions();
  });
  afterEach(async () => {
    await page.close();
  });

  /** Imports the Facebook Open Terms Archive folder through the page's folder picker; returns the status element. */
  async function importFacebookFolder() {
    await goto('#/data');
    // The user picks the service folder; the page offers its collections and guesses platform and document.
    await page.setInputFiles('#ota-folder', FACEBOOK_DIR);
    const choice = page.locator('#ota-folder-choice');
    // Reading the folder (126 files, 14 MB) takes a moment on a busy machine.
    await choice.waitFor({ timeout: 90_000 });
    await choice.selectOption({ label: `Facebook/${PGA} (${PGA_FILES.length})` });
    await expect.poll(() => page.locator('#ota-platform').inputValue()).toBe('facebook');
    expect(await page.locator('#ota-document').inputValue()).toBe('privacy-policy');
    expect(await page.locator('#ota-locale').inputValue()).toBe('en');
    await expect
      .poll(() => page.locator('.ota-confirm p').first().textContent())
      .toContain(`${PGA_FILES.length} versions`);
    await page.click('#ota-start');
    const status = page.locator('#ota-status[data-import-ms]');
    await status.waitFor({ timeout: 570_000 });
    return status;
  }

  /** The imported Facebook history, imported now unless an earlier test left it. */
  async function withFacebookHistory(): Promise<void> {
    if ((await facebookVersions()) > 10) return;
    await importFacebookFolder();
    expect(await facebookVersions()).toBeGreaterThan(10);
  }

  /** Empties every store of the history database, its schema kept. */
  async function clearHistory(): Promise<void> {
    await goto('#/data');
    await page.evaluate(async () => {
      const open = indexedDB.open('policy-watch');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const name of db.objectStoreNames) tx.objectStore(name).clear();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    expect(await storedVersions()).toBe(0);
  }

  it(`imports the ${PGA_FILES.length} Facebook versions from an Open Terms Archive folder`, async () => {
    await clearHistory();
    const status = await importFacebookFolder();
    saveMetric(`import of ${PGA_FILES.length} Facebook versions`, Number(await status.getAttribute('data-import-ms')));
    expect(await status.textContent()).toMatch(/versions added/);
    expect(await storedVersions()).toBeGreaterThan(10);
    // Imported history is not news: the document shows no "new" count.
    await page.click('#show-history');
    await page.waitForSelector('.timeline li.version');
    expect(await page.locator('.documents .badge').count()).toBe(0);
  }, 600_000);

  it('shows the timeline with dates, sources and flags', async () => {
    await withFacebookHistory();
    await goto('#/');
    await page.waitForSelector('.timeline li.version');
    const rows = await page.locator('.timeline li.version').count();
    expect(rows).toBe(await facebookVersions());
    expect(await page.locator('.timeline .source-import').count()).toBe(rows);
    // Newest first, and some versions carry flags.
    const dates = await page
      .locator('.timeline li.version time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('.timeline .chip').count()).toBeGreaterThan(0);
    // The default view is the latest change, already compared.
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
  });

  it('compares the May 2025 version with its previous one and highlights the flagged AI sentence', async () => {
    await withFacebookHistory();
    await goto('#/');
    const id = await page.locator('li.version:has(time[datetime^="2025-05-28"])').getAttribute('data-version');
    expect(id).toBeTruthy();
    await goto(`#/diff/${id}`);
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
    const notes = page.locator('.summary .flag-note');
    expect(await notes.count()).toBeGreaterThan(0);
    const summaryText = (await page.locator('.summary').textContent()) ?? '';
    expect(summaryText).toMatch(/legitimate interests/);
    expect(summaryText).toMatch(/You can object\./);
    const object = page.locator('.summary a.object').first();
    // The registry's first form route for Facebook (the popup then orders the routes by what the policy links).
    expect(await object.getAttribute('href')).toBe('popup.html?route=meta-privacy-objection');
    // The flagged sentence is marked inside its changed block.
    const flagged = page.locator('.diff-rows .change.flagged');
    expect(await flagged.count()).toBeGreaterThan(0);
    expect(await page.locator('.diff-rows .change.flagged .flag').count()).toBeGreaterThan(0);
    expect((await flagged.first().textContent()) ?? '').toMatch(/AI|artificial intelligence/);

    // "What matters" leaves only flagged blocks; inline shows both sides in one text.
    await page.check('input[name="matters-only"]');
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
    expect(await page.locator('.diff-rows .change:not(.flagged)').count()).toBe(0);
    expect(await page.locator('.diff-rows .change.flagged').count()).toBeGreaterThan(0);
    await page.click('.layout-toggle');
    await page.waitForSelector('.diff-rows[data-layout="inline"][aria-busy="false"]');
    expect(await page.locator('.diff-rows .inline-text').count()).toBeGreaterThan(0);
    await page.click('.layout-toggle');
    await page.uncheck('input[name="matters-only"]');
    await page.waitForSelector('.diff-rows[data-layout="side"][aria-busy="false"]');

    // A folded stretch expands in place.
    const fold = page.locator('.diff-rows button.fold').first();
    expect(await fold.textContent()).toMatch(/unchanged section/);
    const before = await page.locator('.diff-rows .unchanged-block').count();
    await fold.click();
    expect(await page.locator('.diff-rows .unchanged-block').count()).toBeGreaterThan(before);
  });

  it('takes screenshots in light and dark themes and at a narrow width', async () => {
    await withFacebookHistory();
    await goto('#/');
    const id = await page.locator('li.version:has(time[datetime^="2025-05-28"])').getAttribute('data-version');
    await goto(`#/diff/${id}`);
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
    const setTheme = async (theme: 'light' | 'dark') => {
      for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== theme; i++) {
        await page.click('#theme-toggle');
      }
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    };
    // Each theme: the top of the comparison, then the flagged block itself (under "what matters only").
    const showFlagged = async (on: boolean) => {
      await (on ? page.check('input[name="matters-only"]') : page.uncheck('input[name="matters-only"]'));
      await page.waitForSelector('.diff-rows[aria-busy="false"]');
      if (on)
        await page
          .locator('.diff-rows .change.flagged')
          .first()
          .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      else await page.evaluate(() => window.scrollTo(0, 0));
    };
    await setTheme('light');
    await ext().screenshot(page, 'history-light');
    await showFlagged(true);
    await ext().screenshot(page, 'history-light-flagged');
    await showFlagged(false);
    await setTheme('dark');
    await ext().screenshot(page, 'history-dark');
    await showFlagged(true);
    await ext().screenshot(page, 'history-dark-flagged');
    await showFlagged(false);
    await page.setViewportSize({ width: 400, height: 860 });
    await ext().screenshot(page, 'history-narrow-dark');
    await setTheme('light');
    await ext().screenshot(page, 'history-narrow-light');
    // Nothing sticks out sideways at 400 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.setViewportSize({ width: 1280, height: 720 });
    await goto('#/data');
    await ext().screenshot(page, 'history-data');
    await goto('#/settings');
    await ext().screenshot(page, 'history-settings');
  });

  // Two measurements: the two largest captures (Jan and Aug 2026, about 285 and 290 KB of Markdown), and the most
  // changed pair (the first, 33 KB, against the last, 290 KB: nearly every block differs).
  it.each([
    ['largest pair (2026-01-15 vs 2026-08-22)', '2026-01-15', '2026-08-22'],
    ['most changed pair (2022-07-11 vs 2026-08-22)', '2022-07-11', '2026-08-22'],
  ])('renders the %s incrementally, and measures it', async (label, from, to) => {
    await withFacebookHistory();
    await goto('#/');
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
    const box = (day: string) => page.locator(`li.version:has(time[datetime^="${day}"]) input[type="checkbox"]`);
    const boxes = page.locator('.timeline li.version input[type="checkbox"]');
    for (const checked of await boxes.all()) if (await checked.isChecked()) await checked.uncheck();
    await box(from).check();
    const started = Date.now();
    await box(to).check();
    await page.waitForSelector('.diff-rows[aria-busy="false"]', { timeout: 60_000 });
    const wall = Date.now() - started;
    const renderMs = Number(await page.locator('.diff-rows').getAttribute('data-render-ms'));
    const compareMs = Number(await page.locator('.diff-panel').getAttribute('data-compare-ms'));
    const firstSliceMs = Number(await page.locator('.diff-rows').getAttribute('data-first-slice-ms'));
    const rows = await page.locator('.diff-rows .change').count();
    saveMetric(`${label}: analysis in the page`, compareMs);
    saveMetric(`${label}: first slice on screen`, firstSliceMs);
    saveMetric(`${label}: incremental render of ${rows} changed blocks`, renderMs);
    saveMetric(`${label}: click to fully rendered`, wall);
    // How long it takes is a figure for the bench (npm run bench extension), not a test on a shared 2-core machine.
    expect(renderMs).toBeGreaterThan(0);
    expect(rows).toBeGreaterThan(0);
    // Unchanged stretches are folded, not rendered.
    expect(await page.locator('.diff-rows > .fold-wrapper').count()).toBeGreaterThan(0);
  });

  it('exports everything, and importing the export back adds no duplicates; a bad file changes nothing', async () => {
    await withFacebookHistory();
    await goto('#/data');
    const count = await storedVersions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = join(tmpdir(), `policy-watch-export-${Date.now()}.json`);
    await download.saveAs(exported);
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    expect(data.format).toBe('policy-watch-history');
    expect(data.versions).toHaveLength(count);

    const importStatus = page.locator('.data-action .status').nth(1);
    await page.setInputFiles('#import-backup', exported);
    await expect.poll(() => importStatus.textContent(), { timeout: 30_000 }).toMatch(/Imported 0 versions/);
    expect(await storedVersions()).toBe(count);

    await page.setInputFiles('#import-backup', {
      name: 'not-an-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else","versions":[]}'),
    });
    await expect.poll(() => importStatus.getAttribute('class'), { timeout: 10_000 }).toContain('error');
    expect(await importStatus.textContent()).toMatch(/not a Policy Watch export/);
    await page.setInputFiles('#import-backup', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await expect.poll(() => importStatus.textContent(), { timeout: 10_000 }).toMatch(/not a JSON file/);
    expect(await storedVersions()).toBe(count);

    // Delete everything (after confirming), then restore from the export.
    await page.click('#delete-all');
    await page.click('#delete-confirm');
    await expect.poll(storedVersions, { timeout: 10_000 }).toBe(0);
    await page.setInputFiles('#import-backup', exported);
    await expect
      .poll(() => importStatus.textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`Imported ${count} versions`));
    expect(await storedVersions()).toBe(count);
    await goto('#/');
    await page.waitForSelector('.timeline li.version');
    expect(await page.locator('.timeline li.version').count()).toBe(count);
  });

  it('settings write their storage items; the email is kept only with consent; the language switches', async () => {
    await goto('#/settings');
    await page.uncheck('input[name="platform"][value="x"]');
    await page.selectOption('#check-interval', '72');
    await page.uncheck('#notifications');
    await page.fill('#saved-email', 'me@example.org');
    await page.click('#email-save');
    await expect.poll(() => page.locator('.email .status').textContent()).toMatch(/No address is kept/);
    expect((await ext().storageGet('savedEmail')).savedEmail ?? null).toBeNull();
    await page.fill('#saved-email', 'me@example.org');
    await page.check('#email-consent');
    await page.click('#email-save');
    await expect.poll(() => page.locator('.email .status').textContent()).toMatch(/Saved on this device/);
    const stored = await ext().storageGet(null);
    expect(stored['settings.platformsOff']).toEqual(['x']);
    expect(stored['settings.checkIntervalHours']).toBe(72);
    expect(stored['settings.notificationsOn']).toBe(false);
    expect(stored.savedEmail).toBe('me@example.org');
    expect(stored.savedEmailConsent).toBe(true);

    try {
      await page.selectOption('#language', 'de');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Policy Watch — Verlauf');
      await goto('#/');
      await page.waitForSelector('.diff-rows[aria-busy="false"]');
      expect(await page.locator('.timeline h2').textContent()).toBe('Versionen');
      await goto('#/settings');
      await page.selectOption('#language', 'auto');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Policy Watch — history');
    } finally {
      // The later tests read English messages, whatever happened here.
      await ext().storageSet({ 'settings.language': 'auto' });
    }
  });

  it('shows a hostile backup as inert text: no script runs, no element is injected', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const file = join(tmpdir(), `policy-watch-hostile-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(hostileExport()));
    await goto('#/data');
    await page.setInputFiles('#import-backup', file);
    await expect
      .poll(() => page.locator('.data-action .status').nth(1).textContent(), { timeout: 30_000 })
      .toMatch(/Imported 2 versions/);

    await goto(`#/diff/${HOSTILE_ID}`);
    await page.waitForSelector('.diff-rows[aria-busy="false"]');
    // The unchanged policy before the hostile paragraph is folded; open it, so every block is in the DOM.
    await page.click('.diff-rows button.fold >> nth=0');
    const content = page.locator('#content');
    expect(await content.locator('img, script, iframe, object, embed, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const text = (await content.textContent()) ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('⟨RLO⟩');
    expect(dialogs).toEqual([]);
  });
});

const HOSTILE_ID = 'hostile-version';
const HOSTILE =
  'We may <script>alert(1)</script> use <img src=x onerror="window.__pwned=1;alert(2)"> your ' +
  '<a href="javascript:alert(3)">data</a> for pay\u202Egnirahs\u202C training.';

/** A backup file as an attacker could hand it over: valid shape, script in every text field the page shows. */
function hostileExport() {
  const base = readFileSync(join(FACEBOOK_DIR, PGA, '2025-05-28T00-30-56Z.md'), 'utf8');
  const older = base;
  const newer = `${base}\n\n${HOSTILE}\n`;
  const hash = (text: string) => createHash('sha256').update(normalizePolicyText(text)).digest('hex');
  const report: AnalysisReport = {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    language: 'en',
    material: true,
    capture: 'ok',
    stats: {
      blocksBefore: 1,
      blocksAfter: 2,
      added: 1,
      removed: 0,
      modified: 0,
      moved: 0,
      unchanged: 1,
      ms: 1,
      coarse: false,
    },
    flags: [
      {
        kind: 'legal-basis',
        basis: 'legitimate-interests',
        from: 'consent',
        purpose: '<img src=x onerror="window.__pwned=4">',
        change: 'added',
        severity: 'high',
        before: null,
        after: HOSTILE,
        section: '<script>alert(5)</script>',
        summary: '<b onmouseover="alert(6)">summary</b>',
      },
    ],
    changes: [{ change: 'added', section: '<img src=x onerror=alert(7)>', before: null, after: HOSTILE }],
  };
  const version = (
    id: string,
    text: string,
    capturedAt: string,
    previousId: string | null,
    r: AnalysisReport | null,
  ) => ({
    id,
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'de',
    textHash: hash(text),
    capturedAt,
    lastSeenAt: capturedAt,
    url: 'https://www.facebook.com/privacy/policy/',
    source: 'visit',
    extractorVersion: 1,
    language: 'en',
    chars: text.length,
    report: r,
    previousId,
    unseen: false,
  });
  return {
    format: 'policy-watch-history',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    versions: [
      version('hostile-base', older, '2026-01-01T00:00:00.000Z', null, null),
      version(HOSTILE_ID, newer, '2026-02-01T00:00:00.000Z', 'hostile-base', report),
    ],
    texts: [
      { hash: hash(older), text: older },
      { hash: hash(newer), text: newer },
    ],
    evidence: [],
  };
}

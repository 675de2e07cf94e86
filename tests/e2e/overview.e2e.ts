import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../src/analysis';
import type { EvidenceRecord, PolicyVersion } from '../../src/history/types';
import { SCREENSHOT_DIR, useExtension } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// Where each platform stands, the table diff and the re-analysis, in the built extension: Facebook's policy captured
// at v1 then v2 (v2 adds the AI-training rows to the legal-basis tables, on legitimate interests), Instagram's
// captured once; an objection recorded for Facebook only. Screenshots: screenshots/overview-*.png, table-diff.png.
// Each test starts from the extension's data as at install (resetState) and captures (and objects) itself.

const FACEBOOK = 'https://www.facebook.com/privacy/policy/';
const INSTAGRAM = 'https://privacycenter.instagram.com/policy/';

describe('overview, table diff and re-analysis', () => {
  const ext = useExtension();
  const versions = async () => ((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as PolicyVersion[];
  const ofPlatform = async (id: string) => (await versions()).filter((v) => v.platformId === id);

  const openHome = async (options: Page, hash = '#/') => {
    await options.goto('about:blank');
    await options.goto(`${ext().origin}/options.html${hash}`);
    await options.waitForSelector('body[data-ready="true"]');
  };

  /** A fresh history: Facebook's policy visited at v1 then v2 (alerted), Instagram's once. */
  async function captureAll(): Promise<void> {
    await ext().resetState();
    const v1 = await ext().openPage(FACEBOOK);
    await expect.poll(async () => (await ofPlatform('facebook')).length, { timeout: 20_000 }).toBe(1);
    await v1.close();
    ext().server.setVariant('www.facebook.com', '/privacy/policy/', 'v2');
    const v2 = await ext().openPage(FACEBOOK);
    await expect.poll(async () => (await ofPlatform('facebook')).length, { timeout: 20_000 }).toBe(2);
    await expect.poll(() => ext().notifications().length, { timeout: 20_000 }).toBe(1);
    await v2.close();
    const insta = await ext().openPage(INSTAGRAM);
    await expect.poll(async () => (await ofPlatform('instagram')).length, { timeout: 20_000 }).toBe(1);
    await insta.close();
  }

  const EVIDENCE_ID = 'evidence-e2e-1';

  /** The user's objection to Facebook's AI training, as the evidence log keeps it, answering the latest version. */
  async function recordFacebookObjection(): Promise<void> {
    const facebookLatest = (await ofPlatform('facebook')).sort((a, b) => b.capturedAt.localeCompare(a.capturedAt))[0];
    const record: EvidenceRecord = {
      id: EVIDENCE_ID,
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: 'person@example.org',
      at: new Date().toISOString(),
      policyVersionId: facebookLatest?.id ?? null,
      confirmationText: 'We’ve received your request',
      method: 'form-confirmed',
    };
    await (await ext().ensureServiceWorker()).evaluate(async (r) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('policy-watch');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('evidence', 'readwrite');
        tx.objectStore('evidence').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, record);
  }

  it('captures Facebook twice (v1, v2) and Instagram once, each with a reading', async () => {
    await captureAll();
    for (const v of await versions()) {
      expect(v.analysisVersion).toBe(ANALYSIS_VERSION);
      expect(v.reading?.language).toBe('en');
    }
  });

  it('shows the legal-basis table rows as tables, changed cells marked, axe-clean', async () => {
    await captureAll();
    const [, changed] = (await ofPlatform('facebook')).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    const options = await ext().openOptions();
    await options.setViewportSize({ width: 1280, height: 900 });
    await openHome(options, `#/diff/${changed?.id}`);
    await options.waitForSelector('.diff-rows[aria-busy="false"]');
    const table = options.locator('.change .policy-table').first();
    await table.waitFor();
    const heads = await table.locator('thead th').allInnerTexts();
    expect(heads[0]).toBe('Why and how we process your information');
    expect(heads).toHaveLength(3);
    // The added AI row: its purpose cell reads as the policy words it, marked added.
    const aiRow = options.locator('.change .table-change .policy-table', {
      hasText: 'Develop and improve artificial intelligence',
    });
    expect(await aiRow.count()).toBeGreaterThan(0);
    expect(await aiRow.first().locator('td.cell-changed ins').count()).toBeGreaterThan(0);
    const cellText = await aiRow.first().innerText();
    expect(cellText).not.toContain('|');
    expect(cellText).not.toMatch(/^\s*[-*] /m);
    expect(cellText).toContain('• In our interest');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await aiRow
      .first()
      .locator('xpath=ancestor::section[contains(@class, "change")]')
      .screenshot({ path: join(SCREENSHOT_DIR, 'table-diff.png') });
    // v2 adds a sub-heading row and the AI row under it in the adults' table: one table, two rows, one set of heads.
    const group = options.locator('.change.table-group', { hasText: 'For people over the age of majority' });
    expect(await group.count()).toBe(1);
    expect(await group.locator('thead').count()).toBe(1);
    expect(await group.locator('tbody tr').count()).toBe(2);
    await group.screenshot({ path: join(SCREENSHOT_DIR, 'table-diff-group.png') });
    expect(await seriousAxeViolations(options, { include: [['.diff-panel']] })).toEqual([]);
    await options.close();
  });

  it('shows where each platform stands: Facebook objected, Instagram not, the others never captured', async () => {
    await captureAll();
    await recordFacebookObjection();
    const options = await ext().openOptions();
    await options.setViewportSize({ width: 1280, height: 900 });
    await openHome(options);
    const overview = options.locator('#overview');
    await overview.waitFor();
    const fb = overview.locator('tr[data-platform="facebook"]');
    expect(await fb.getAttribute('data-trains-ai')).toBe('true');
    expect(await fb.getAttribute('data-objected')).toBe('true');
    const fbText = await fb.innerText();
    expect(fbText).toContain('The policy says the platform trains AI on');
    expect(fbText).toContain('Legitimate interests, since');
    expect(fbText).toContain('Objected on');
    expect(await fb.locator('a.evidence-link').getAttribute('href')).toBe('evidence.html#evidence-evidence-e2e-1');
    expect(await fb.locator('a.object').getAttribute('href')).toMatch(/^popup\.html\?route=/);

    const insta = overview.locator('tr[data-platform="instagram"]');
    expect(await insta.getAttribute('data-captured')).toBe('true');
    expect(await insta.getAttribute('data-objected')).toBe('false');
    expect(await insta.innerText()).toContain('Not objected yet.');

    const reddit = overview.locator('tr[data-platform="reddit"]');
    expect(await reddit.getAttribute('data-captured')).toBe('false');
    expect(await reddit.innerText()).toContain('Its privacy policy was never captured.');
    expect(await reddit.locator('a[href="#/data"]').count()).toBe(1);
    await ext().screenshot(options, 'overview-en');
    expect(await seriousAxeViolations(options)).toEqual([]);

    // "Open the policy page" opens it in a tab (the visit keeps the first version).
    const opened = ext().context.waitForEvent('page');
    await reddit.locator('button.open-policy').click();
    const tab = await opened;
    await expect.poll(() => tab.url()).toMatch(/^https:\/\/www\.reddit\.com\/policies\/privacy-policy/);
    await tab.close();

    // The evidence link leads to that record in the evidence log.
    await fb.locator('a.evidence-link').click();
    await options.waitForSelector('#app[data-ready="1"]');
    expect(await options.locator(`tr#evidence-${EVIDENCE_ID}`).count()).toBe(1);
    await options.close();
  });

  it('is in German and French too, axe-clean', async () => {
    await captureAll();
    await recordFacebookObjection();
    const options = await ext().openOptions();
    await options.setViewportSize({ width: 1280, height: 900 });
    for (const [lang, title, objected] of [
      ['de', 'Wo jede Plattform beim KI-Training steht', 'Widersprochen am'],
      ['fr', 'Où en est chaque plateforme sur l’entraînement de l’IA', 'Opposition faite le'],
    ] as const) {
      await ext().storageSet({ 'settings.language': lang });
      await openHome(options);
      expect(await options.locator('#overview-title').innerText()).toBe(title);
      expect(await options.locator('tr[data-platform="facebook"]').innerText()).toContain(objected);
      expect(await seriousAxeViolations(options, { include: [['#overview']] })).toEqual([]);
      await ext().screenshot(options, `overview-${lang}`);
    }
    await ext().storageSet({ 'settings.language': 'auto' });
    await options.close();
  });

  it('shows the standing in compact form in the popup', async () => {
    await captureAll();
    await recordFacebookObjection();
    const popup = await ext().openPopup();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.waitForSelector('#content[data-ready="overview"]');
    const fb = popup.locator('button.platform .standing[data-platform="facebook"]');
    expect(await fb.getAttribute('data-objected')).toBe('true');
    expect(await fb.innerText()).toContain('Legitimate interests');
    const insta = popup.locator('button.platform .standing[data-platform="instagram"]');
    expect(await insta.getAttribute('data-objected')).toBe('false');
    await ext().screenshot(popup, 'overview-popup');
    expect(await seriousAxeViolations(popup)).toEqual([]);

    // A platform never captured, in detail: offers to open its policy page or import history.
    await popup.locator('button.platform', { hasText: 'Reddit' }).click();
    await popup.waitForSelector('#content[data-ready="reddit"]');
    const standing = popup.locator('.standing-section');
    expect(await standing.innerText()).toContain('Its privacy policy was never captured.');
    expect(await standing.locator('button.open-policy').count()).toBe(1);
    expect(await standing.locator('a[href="options.html#/data"]').count()).toBe(1);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('re-analyses versions an older build stored, in the background, keeping ids, alerting nobody again', async () => {
    await captureAll();
    const before = (await versions()).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    const notified = ext().notifications().length;
    const options = await ext().openOptions();
    await options.setViewportSize({ width: 1280, height: 900 });
    await openHome(options);
    // What an older build left: no reading, no analysis version, other flags.
    await (await ext().ensureServiceWorker()).evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('policy-watch');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['versions', 'meta'], 'readwrite');
      const all = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = tx.objectStore('versions').getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      });
      for (const v of all) {
        const old: Record<string, unknown> = { ...v };
        delete old.reading;
        delete old.analysisVersion;
        if (old.report) old.report = { ...(old.report as object), flags: [] };
        tx.objectStore('versions').put(old);
      }
      tx.objectStore('meta').delete('history.analysedWith');
      await new Promise<void>((resolve) => {
        tx.oncomplete = () => resolve();
      });
      db.close();
    });
    await openHome(options);
    expect(await options.locator('tr[data-platform="facebook"]').innerText()).toContain(
      'The latest version is waiting to be analysed.',
    );
    // An update restarts the worker; the re-analysis starts with it. The page follows its progress live.
    await ext().stopServiceWorker();
    await ext().ensureServiceWorker();
    const status = options.locator('#reanalysis-status[data-state="done"]');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.innerText()).toContain(`The analysis of ${before.length} versions kept was updated.`);
    // The overview is drawn again from the new readings.
    await expect
      .poll(() => options.locator('tr[data-platform="facebook"]').innerText())
      .toContain('Legitimate interests, since');

    const after = (await versions()).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect(after.every((v) => v.analysisVersion === ANALYSIS_VERSION && v.reading)).toBe(true);
    const changed = after.find((v) => v.report?.material);
    expect(changed?.report?.flags.length).toBeGreaterThan(0);
    expect(after.every((v) => !v.unseen || v.id === changed?.id)).toBe(true);
    await options.waitForTimeout(1_000);
    expect(ext().notifications()).toHaveLength(notified);
    const progress = (await ext().storageGet('history.reanalysis'))['history.reanalysis'] as {
      total: number;
      done: number;
    };
    expect(progress).toMatchObject({ total: before.length, done: before.length });
    expect(await seriousAxeViolations(options, { include: [['#reanalysis-status']] })).toEqual([]);
    await options.close();
  });
});

import type { Locator, Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { highlightOffset } from '../e2e/harness/highlight-box';
import { type FirefoxGlobals, useFirefoxExtension } from './harness';

// The Firefox build in real Firefox, end to end, in the order a user meets it: a policy page is captured as a
// baseline, a changed version gives exactly one notification (no buttons in Firefox: its body opens the diff), the
// history page shows the diff, the popup describes the platform tab, the objection guide fills Meta's
// React-controlled form without submitting it, the objection is recorded as evidence, and a background check runs
// from a stopped event page (parsing in the event page's own DOM, no offscreen document). The tests share one browser.
// Screenshots: screenshots/firefox-*.png.

const HOST = 'www.facebook.com';
const POLICY_PATH = '/privacy/policy/';
const POLICY_URL = `https://${HOST}${POLICY_PATH}`;
const FORM_PATH = '/help/contact/712876720715583/';
const FORM_URL = `https://${HOST}${FORM_PATH}`;
const PRINTABLE_HOST = 'mbasic.facebook.com';
const PRINTABLE_PATH = '/privacy/policy/printable/';
const EMAIL = 'sam.objector@example.org';
const GUIDE = 'policy-watch-guide >>> .pw-panel';

// highlightOffset reads boxes with boundingBox(), which puppeteer's element handles have too (same shape), and
// pauses with page.waitForTimeout, which puppeteer's pages no longer have: given here.
const settling = {
  waitForTimeout: (ms: number) => new Promise((done) => setTimeout(done, ms)),
} as unknown as PlaywrightPage;

interface StoredVersion {
  id: string;
  platformId: string;
  source: string;
  unseen: boolean;
  capturedAt: string;
  report: { material: boolean } | null;
  note?: string;
}

describe('Firefox', () => {
  const ext = useFirefoxExtension();
  let policyTab: Page;

  const versions = async (source?: string) =>
    (((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as StoredVersion[])
      .filter((v) => v.platformId === 'facebook' && (source === undefined || v.source === source))
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];
  const text = (page: Page, selector: string) =>
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the user reads it (and as playwright's innerText)
    page.$eval(selector, (element) => (element as HTMLElement).innerText);
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
  /** The next tab the extension opens by itself. */
  const nextTab = async (action: () => Promise<unknown>): Promise<Page> => {
    const before = new Set(ext().browser.targets());
    const created = ext().browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 });
    await action();
    const page = await (await created).page();
    if (!page) throw new Error('The new tab has no page');
    return page;
  };

  it('recognises the policy page and captures it as a silent baseline', async () => {
    policyTab = await ext().openPage(POLICY_URL);
    await expect.poll(() => versions(), { timeout: 20_000 }).toHaveLength(1);
    expect((await versions())[0]).toMatchObject({ source: 'visit', unseen: false, report: null });
    await expect.poll(async () => ext().badgeText(await ext().tabIdOf(policyTab))).toBe('✓');
    expect(await ext().notifications()).toHaveLength(0);
    expect(ext().proxy.refused).toEqual([]); // nothing but the platforms' own hosts
  });

  it('gives exactly one notification for a changed version seen from two tabs', async () => {
    ext().server.setVariant(HOST, POLICY_PATH, 'v2');
    const second = await ext().openPage(`${POLICY_URL}?again=1`);
    await policyTab.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await ext().notifications()).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => versions('visit'), { timeout: 20_000 }).toHaveLength(2);
    await pause(1_500); // time for a wrongly doubled alert to show
    const shown = await ext().notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.id).toMatch(/^policy-watch:change:/);
    expect(shown[0]?.title).toMatch(/^Facebook .*(AI|legitimate interest)/);
    expect(await ext().globalBadgeText()).toBe('1');
    await second.close();
  });

  it('opens the history page on the diff when the notification is clicked', async () => {
    const [notification] = await ext().notifications();
    const latest = (await versions('visit')).at(-1)!;
    expect(notification?.id).toBe(`policy-watch:change:${latest.id}`);
    const history = await nextTab(() => ext().clickNotification(notification!.id));
    await history.waitForSelector('.diff-rows[aria-busy="false"]', { timeout: 20_000 });
    expect(await history.evaluate(() => location.href)).toBe(`${ext().origin}/options.html#/diff/${latest.id}`);
    expect((await history.$$('.diff-rows .change.flagged')).length).toBeGreaterThan(0);
    expect(await text(history, '.diff-rows .change.flagged')).toMatch(/AI|artificial intelligence/i);
    await ext().screenshot(history, 'firefox-history-diff');
    // Firefox closes nothing by itself: the extension clears the notification it acted on.
    await expect.poll(() => ext().openNotificationIds()).toEqual([]);
    await history.close();
  });

  it('shows the platform, its flagged change and its objection routes in the popup for the policy tab', async () => {
    const popup = await ext().openPopup(await ext().tabIdOf(policyTab));
    await popup.setViewport({ width: 420, height: 900 });
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const content = await text(popup, '#content');
    expect(content).toContain('On this tab: Facebook');
    expect(content).toMatch(/Changed on .*:/);
    expect(await text(popup, '.flags')).toContain('Facebook will use your information to train AI');
    expect(await popup.$('[data-route="meta-ai-facebook"] .actions button')).not.toBeNull();
    await ext().screenshot(popup, 'firefox-popup');
    await popup.close();
  });

  it('guides through Meta’s React-controlled form, filling it but never submitting', async () => {
    ext().server.setVariant(HOST, FORM_PATH, 'empty');
    const popup = await ext().openExtensionPage('popup.html?route=meta-ai-facebook');
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const form = await nextTab(() => popup.click('[data-route="meta-ai-facebook"] .actions button'));
    await form.waitForFunction(() => document.readyState === 'complete');
    expect(form.url()).toBe(FORM_URL.replace(/\/$/, ''));
    await popup.close();
    await form.evaluate(() => {
      window.addEventListener('fixture:submitted', () => {
        document.documentElement.dataset.submitted = 'yes';
      });
    });

    await form.waitForFunction(
      (selector) =>
        (document.querySelector(selector.split(' >>> ')[0]!)?.shadowRoot?.textContent ?? '').includes('Email address'),
      { timeout: 15_000 },
      GUIDE,
    );
    await form.type(`${GUIDE} #pw-email`, EMAIL);
    await form.click(`${GUIDE} #pw-remember`);
    await form.click(`${GUIDE} button::-p-text(Fill in this address)`);
    const pageEmail = '[role=main] input[name=email]';
    await form.waitForFunction(
      (s, v) => document.querySelector<HTMLInputElement>(s)?.value === v,
      {},
      pageEmail,
      EMAIL,
    );
    // The page's own state took the value: a blur re-renders from that state, and the value stays.
    await form.$eval(pageEmail, (input) => (input as HTMLInputElement).blur());
    expect(await form.$eval(pageEmail, (input) => (input as HTMLInputElement).value)).toBe(EMAIL);
    await ext().screenshot(form, 'firefox-guide');
    await form.click(`${GUIDE} button::-p-text(Next)`);

    await form.waitForSelector(`${GUIDE} #pw-reason-template`);
    await form.select(`${GUIDE} #pw-reason-template`, 'creative-work');
    await form.click(`${GUIDE} button::-p-text(Insert this reason)`);
    await form.waitForFunction(() =>
      (document.querySelector('[role=main] textarea') as HTMLTextAreaElement)?.value.includes('creative work'),
    );
    await form.click(`${GUIDE} button::-p-text(Next)`);
    await form.click(`${GUIDE} button::-p-text(Show me the button)`);
    const isSend = (element: Element | null) =>
      element?.matches('[role=main] [role=button]') === true && element.textContent?.trim() === 'Send';
    await form.waitForFunction(`(${isSend})(document.activeElement)`);
    // The highlight frame sits exactly on Meta's Send button in Firefox too (the Chromium suite's measure).
    const send = await form.evaluateHandle(() =>
      [...document.querySelectorAll('[role=main] [role=button]')].find((b) => b.textContent?.trim() === 'Send'),
    );
    const frame = await form.$('policy-watch-guide >>> .pw-highlight');
    expect(await highlightOffset(settling, send as unknown as Locator, frame as unknown as Locator)).toEqual({
      left: 0,
      top: 0,
      right: 0,
      bottom: 0,
    });
    await pause(500);
    expect(await form.evaluate(() => document.documentElement.dataset.submitted ?? 'no')).toBe('no');
    expect(await evidence()).toEqual([]);

    // The user presses Meta's Send themselves; the confirmation replaces the form and the guide records it.
    await form.keyboard.press('Enter');
    await form.waitForFunction(() => document.documentElement.dataset.submitted === 'yes');
    await form.waitForFunction(
      () =>
        (document.querySelector('policy-watch-guide')?.shadowRoot?.textContent ?? '').includes(
          'saved in your evidence log',
        ),
      { timeout: 15_000 },
    );
    await form.close();
  });

  it('keeps a dated evidence record and shows it on the evidence page', async () => {
    const records = await evidence();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      method: 'form-confirmed',
      accountEmail: EMAIL,
    });
    expect(records[0]?.confirmationText).toContain('We’ve received your request');
    expect(Date.now() - Date.parse(records[0]!.at)).toBeLessThan(120_000);
    const page = await ext().openExtensionPage('evidence.html');
    await page.waitForSelector('#app[data-ready="1"]');
    const row = await text(page, 'tbody tr');
    expect(row).toContain('Facebook');
    expect(row).toContain(EMAIL);
    await page.close();
  });

  it('links the bundled privacy policy from the history page, in the language chosen in the settings', async () => {
    await ext().storageSet({ 'settings.language': 'de' });
    const history = await ext().openOptions();
    await history.waitForSelector('#privacy-link');
    expect(await text(history, '#privacy-link')).toBe('Datenschutz');
    await history.click('#privacy-link');
    // Puppeteer sees no navigation events in extension tabs: wait for the new document itself.
    await history.waitForFunction(() => document.querySelector('#app[data-ready="de"]') !== null);
    expect(await history.evaluate(() => location.href)).toBe(`${ext().origin}/privacy.html`);
    expect(await text(history, 'h1')).toBe('Policy Watch — Datenschutzerklärung');
    expect(await text(history, '#delete')).toContain('Alles löschen…');
    await ext().screenshot(history, 'firefox-privacy-de');
    await ext().storageSet({ 'settings.language': 'auto' });
    await history.close();
  });

  it('runs a background check from a stopped event page, parsing the fetched page in the event page', async () => {
    await policyTab.close();
    await ext().stopBackground();
    await expect.poll(() => ext().backgroundState()).toBe('stopped');
    ext().server.setVariant(PRINTABLE_HOST, PRINTABLE_PATH, 'v2');
    // The alarm wakes the event page, as when a check is due.
    await ext().inExtension(
      (name) => (globalThis as unknown as FirefoxGlobals).browser.alarms.create(name, { when: Date.now() }),
      'policy-watch:check',
    );
    await expect.poll(() => versions('background'), { timeout: 30_000 }).toHaveLength(1);
    expect((await versions('background'))[0]).toMatchObject({ note: 'new-source', unseen: false });
    expect(ext().server.requestsTo(PRINTABLE_HOST, PRINTABLE_PATH)).toHaveLength(1);
    // The change it sees was already reported from the visit: no second notification.
    await pause(1_000);
    expect(await ext().notifications()).toHaveLength(1);
    expect(ext().proxy.refused).toEqual([]); // nothing but the platforms' own hosts
  });

  it('keeps a capture whose tab is closed before the background has answered it', async () => {
    // The fixture is back at its first version (the server was reset): a change against the stored v2.
    const before = (await versions()).length;
    const tab = await ext().openPage(`${POLICY_URL}?closing=1`);
    await expect.poll(async () => (await versions()).length, { timeout: 20_000 }).toBe(before + 1);
    await tab.close(); // the content script may still wait for the answer to policyCaptured
    await pause(1_500);
    expect(await versions()).toHaveLength(before + 1);
    expect((await versions()).at(-1)).toMatchObject({ source: 'visit' });
  });
});

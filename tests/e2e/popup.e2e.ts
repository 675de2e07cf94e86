import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { PLATFORMS } from '../../src/platforms/registry';
import { launchExtension, useExtension } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// The popup away from a platform tab: the list of watched platforms, the letter for a platform without a form, a
// setting route, reuse of an open form tab, keyboard-only use, and German. Screenshots: screenshots/popup-*.png.

const POPUP_SIZE = { width: 420, height: 1000 };
const FORM_URL = 'https://www.facebook.com/help/contact/712876720715583';

describe('popup', () => {
  const ext = useExtension();
  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];

  async function overview(): Promise<Page> {
    // No ?tab=: the popup acts on the active tab, here the popup's own page, which is no platform.
    const popup = await ext().openPopup();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.waitForSelector('#content[data-ready="overview"]');
    return popup;
  }

  it('lists the watched platforms and every known deadline when the tab is not a platform', async () => {
    const popup = await overview();
    const text = await popup.locator('#content').innerText();
    expect(text).toContain('This tab is not one of the platforms Policy Watch watches.');
    for (const p of PLATFORMS)
      expect(await popup.locator('button.platform .name', { hasText: p.name }).count()).toBeGreaterThan(0);
    const deadlines = PLATFORMS.flatMap((p) => p.deadlines);
    expect(await popup.locator('.deadlines li').count()).toBe(deadlines.length);
    await ext().screenshot(popup, 'popup-1-overview');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('is usable by keyboard alone: header action first, then the platforms; Enter opens one', async () => {
    const popup = await overview();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Evidence log');
    await popup.keyboard.press('Tab');
    const first = await popup.evaluate(() => document.activeElement?.querySelector('.name')?.textContent);
    expect(first).toBe(PLATFORMS[0]?.name);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(`#content[data-ready="${PLATFORMS[0]?.id}"]`);
    // Back to the list, again by keyboard: the back link is the first control of the view.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent ?? '')).toContain('All platforms');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#content[data-ready="overview"]');
    await popup.close();
  });

  it('writes an Art. 21 letter for a platform without a form and records it as sent', async () => {
    const reddit = PLATFORMS.find((p) => p.id === 'reddit')!;
    const route = reddit.objectionRoutes.find((r) => r.kind === 'email' && r.email)!;
    const popup = await ext().openPopup();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`${ext().origin}/popup.html?route=${route.id}`);
    await popup.waitForSelector('#content[data-ready="reddit"]');
    const letter = popup.locator(`[data-route="${route.id}"] .letter`);
    // Going straight to the route opens the letter with the focus on its first field.
    await expect.poll(() => letter.evaluate((l) => l.contains(document.activeElement))).toBe(true);
    await popup.keyboard.type('me@example.org');
    const body = await letter.locator('textarea').inputValue();
    expect(body).toContain('Article 21(1) GDPR');
    expect(body).toContain('me@example.org');
    const href = await letter.locator('a.button').getAttribute('href');
    expect(href).toMatch(new RegExp(`^mailto:${route.email}\\?subject=`));
    expect(decodeURIComponent(href!.split('&body=')[1]!)).toBe(body);
    await ext().screenshot(popup, 'popup-2-letter');
    expect(await seriousAxeViolations(popup)).toEqual([]);

    await letter.locator('button', { hasText: 'I sent it' }).click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Saved in your evidence log.');
    expect((await evidence()).find((r) => r.routeId === route.id)).toMatchObject({
      method: 'email-sent',
      accountEmail: 'me@example.org',
      platformId: 'reddit',
    });
    expect(await popup.locator(`[data-route="${route.id}"]`).innerText()).toMatch(/You objected on/);
    await popup.close();
  });

  it('offers the LinkedIn setting and records when the user switched it off', async () => {
    const route = PLATFORMS.find((p) => p.id === 'linkedin')!.objectionRoutes.find((r) => r.kind === 'setting')!;
    const popup = await ext().openPopup();
    await popup.goto(`${ext().origin}/popup.html?route=${route.id}`);
    await popup.waitForSelector('#content[data-ready="linkedin"]');
    const card = popup.locator(`[data-route="${route.id}"]`);
    expect(await card.locator('button.primary').innerText()).toBe('Open the setting');
    await card.locator('button.secondary').click();
    await expect
      .poll(async () => (await evidence()).some((r) => r.routeId === route.id && r.method === 'setting-changed'))
      .toBe(true);
    await popup.close();
  });

  it('focuses the tab already showing the form instead of opening another', async () => {
    const form = await ext().openPage(FORM_URL);
    const popup = await ext().openPopup();
    await popup.goto(`${ext().origin}/popup.html?route=meta-ai-facebook`);
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const pagesBefore = ext().context.pages().length;
    await popup.locator('[data-route="meta-ai-facebook"] button.primary').click();
    await expect.poll(() => popup.locator('.status').innerText()).toContain('The page is open in a tab');
    expect(ext().context.pages().length).toBe(pagesBefore);
    expect(await form.evaluate(() => document.visibilityState)).toBe('visible');
    await popup.close();
    await form.close();
  });
});

describe('popup in German', () => {
  it('follows the browser’s language', async () => {
    const ext = await launchExtension({ locale: 'de' });
    try {
      const popup = await ext.openPopup();
      await popup.setViewportSize(POPUP_SIZE);
      await popup.waitForSelector('#content[data-ready="overview"]');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
      const text = await popup.locator('body').innerText();
      expect(text).toContain('Beobachtete Plattformen');
      expect(text).toContain('Fristen');
      await ext.screenshot(popup, 'popup-3-german');
      ext.expectNoConsoleErrors();
    } finally {
      await ext.close();
    }
  });
});

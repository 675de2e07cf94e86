import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyVersion } from '../../src/history/types';
import { PLATFORMS } from '../../src/platforms/registry';
import { type Extension, launchExtension, useExtension } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// The first-run page: opened once by the install, in the browser's language (or the one chosen on it), keyboard-usable
// and axe-clean, saving the email only with consent, and opening the policy pages so first versions are kept now.
// Screenshots: screenshots/welcome-*.png.

const SIZE = { width: 1000, height: 1400 };

async function ready(page: Page): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.waitForSelector('body[data-ready="true"] h1');
}

describe('welcome page (English browser)', () => {
  const ext = useExtension({ welcome: 'keep' });

  it('opens once at install, says what it does and never does, and lists the watched platforms', async () => {
    const page = ext().welcomePage;
    expect(page, 'the install opened the welcome tab').not.toBeNull();
    if (!page) return;
    await ready(page);
    expect(await page.locator('h1').innerText()).toBe('Welcome to Policy Watch');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nothing leaves your device');
    for (const p of PLATFORMS) expect(text).toContain(p.name);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ext().screenshot(page, 'welcome-en');

    // A worker restart (Chrome stops idle workers) is no install: no second welcome tab.
    await ext().stopServiceWorker();
    await ext().ensureServiceWorker();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const welcomeTabs = ext()
      .context.pages()
      .filter((p) => p.url().startsWith(`${ext().origin}/welcome.html`));
    expect(welcomeTabs).toHaveLength(1);
    expect(Object.keys(await ext().storageGet('welcome.openedAt'))).toEqual(['welcome.openedAt']);
  });

  it('keeps the email only with the consent box ticked, by keyboard alone', async () => {
    const page = ext().welcomePage as Page;
    await page.locator('#saved-email').focus();
    await page.keyboard.type('person@example.org');
    await page.keyboard.press('Tab'); // the consent box
    await page.keyboard.press('Tab'); // Save, consent not given
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.email .status').innerText()).not.toBe('');
    expect((await ext().storageGet('savedEmail')).savedEmail ?? null).toBeNull();

    await page.locator('#saved-email').focus();
    await page.keyboard.type('person@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // consent
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await ext().storageGet('savedEmail')).savedEmail).toBe('person@example.org');
  });

  it('switches to German and French from the language choice, axe-clean in each', async () => {
    const page = ext().welcomePage as Page;
    await page.locator('#language').focus();
    await page.selectOption('#language', 'de');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Willkommen bei Policy Watch');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('main').innerText()).toContain('Nichts verlässt Ihr Gerät');
    // The keyboard focus stays on the language choice after the page is drawn again.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ext().screenshot(page, 'welcome-de');

    await page.selectOption('#language', 'fr');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Bienvenue dans Policy Watch');
    expect(await page.locator('main').innerText()).toContain('Rien ne quitte votre appareil');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ext().screenshot(page, 'welcome-fr');
    await page.selectOption('#language', 'auto');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Welcome to Policy Watch');
  });

  it('opens the policy pages of the watched platforms, and the first versions are kept', async () => {
    const page = ext().welcomePage as Page;
    // One platform switched off on the page: its policy is not opened.
    await page.locator('input[name="platform"][value="linkedin"]').uncheck();
    const before = ext().context.pages().length;
    await page.locator('#open-all').focus();
    await page.keyboard.press('Enter');
    const watched = PLATFORMS.filter((p) => p.id !== 'linkedin');
    await expect.poll(() => page.locator('#capture-status').innerText()).toContain(`${watched.length} policy pages`);
    await expect.poll(() => ext().context.pages().length).toBe(before + watched.length);
    expect(ext().server.requestsTo('www.linkedin.com')).toHaveLength(0);
    // The fixture server answers for Facebook's policy (other hosts fail to resolve): its first version is kept.
    await expect
      .poll(
        async () =>
          (((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as PolicyVersion[]).filter(
            (v) => v.platformId === 'facebook',
          ).length,
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    for (const p of ext().context.pages()) if (p !== page && !p.url().startsWith('about:')) await p.close();
  });
});

describe('welcome page (German and French browsers)', () => {
  const opened: Extension[] = [];
  afterAll(async () => {
    for (const e of opened) await e.close();
  });

  for (const [locale, title, never] of [
    ['de', 'Willkommen bei Policy Watch', 'Nichts verlässt Ihr Gerät'],
    ['fr', 'Bienvenue dans Policy Watch', 'Rien ne quitte votre appareil'],
  ] as const) {
    it(`opens in the browser's language (${locale})`, async () => {
      const ext = await launchExtension({ locale, welcome: 'keep' });
      opened.push(ext);
      const page = ext.welcomePage as Page;
      expect(page).not.toBeNull();
      await ready(page);
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.locator('main').innerText()).toContain(never);
      expect(await seriousAxeViolations(page)).toEqual([]);
      ext.expectNoConsoleErrors();
    });
  }
});

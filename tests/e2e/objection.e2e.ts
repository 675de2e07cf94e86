import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { getPlatform } from '../../src/platforms/registry';
import { launchExtension, useExtension } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// The objection walkthrough in the built extension, on the fixture imitating Meta's AI-objection form (late render,
// React-like controlled inputs, generated class names, a div as Send button, confirmation screen): from the popup's
// "Object now" to the evidence record and the evidence page. Screenshots: screenshots/objection-*.png.

const FORM_HOST = 'www.facebook.com';
const FORM_PATH = '/help/contact/712876720715583/';
const FORM_URL = `https://${FORM_HOST}${FORM_PATH}`;
const EMAIL = 'sam.objector@example.org';
const GUIDE = 'policy-watch-guide .pw-panel';
const POLICY_URL = `https://${FORM_HOST}/privacy/policy/`;
const POPUP_SIZE = { width: 420, height: 1000 };
const FACEBOOK = getPlatform('facebook')!;
const ROUTE = FACEBOOK.objectionRoutes.find((r) => r.id === 'meta-ai-facebook')!;
const DEADLINE = FACEBOOK.deadlines.find((d) => d.routeId === ROUTE.id)!;

describe('objection walkthrough', () => {
  const ext = useExtension();

  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];
  const guideHeading = (page: Page) => page.locator(`${GUIDE} h3`);

  const facebookVersions = async () =>
    (((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as { platformId: string }[]).filter(
      (v) => v.platformId === 'facebook',
    );

  // Each test starts from the extension's data as at install (resetState) and builds what it needs the way a user
  // does, so any one of them runs alone and in any order.

  /**
   * A fresh history in which Policy Watch has seen the policy twice: before and after Meta moved AI training to
   * legitimate interests. Returns the policy's tab.
   */
  async function policySeenTwice(): Promise<Page> {
    await ext().resetState();
    const policy = await ext().openPage(POLICY_URL);
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(1);
    ext().server.setVariant(FORM_HOST, '/privacy/policy/', 'v2');
    await policy.reload();
    await expect.poll(facebookVersions, { timeout: 20_000 }).toHaveLength(2);
    return policy;
  }

  /** A user who agreed to keep their address (what the guide's "remember" box stores, checked below). */
  async function addressSaved(): Promise<void> {
    await ext().storageSet({ savedEmail: EMAIL, savedEmailConsent: true });
  }

  /** What the walkthrough test looks at on the way; each hook runs at that point of the walk. */
  interface WalkChecks {
    /** The popup, before "Object now" is pressed; `objectNow` is that button. */
    popup?(popup: Page, objectNow: Locator): Promise<void>;
    /** The form, the guide on its first field (the address). */
    email?(form: Page): Promise<void>;
    /** The address filled into Meta's input, the guide still on it. */
    filled?(form: Page): Promise<void>;
    /** The guide on the reason, before one is inserted. */
    reason?(form: Page): Promise<void>;
    /** The reason inserted. */
    reasoned?(form: Page): Promise<void>;
    /** The reason inserted, the guide on Meta's Send button (shown); nothing is sent yet. */
    send?(form: Page): Promise<void>;
  }

  /**
   * With the policy seen twice: the popup's "Object now" for Meta's AI route, the guide field by field (address typed
   * and kept, a reason template inserted), the user's own press of Meta's Send, Meta's confirmation. Returns the
   * form's tab, on the confirmation, once the guide says the objection is in the evidence log.
   */
  async function objectThroughGuide(checks: WalkChecks = {}): Promise<Page> {
    await (await policySeenTwice()).close();
    ext().server.setVariant(FORM_HOST, FORM_PATH, 'empty'); // logged in, but Meta did not prefill the address
    const popup = await ext().openPopup();
    await popup.goto(`${ext().origin}/popup.html?route=meta-ai-facebook`);
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const objectNow = popup.locator('[data-route="meta-ai-facebook"] .actions button').first();
    await checks.popup?.(popup, objectNow);
    const opened = ext().context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const formPage = await opened;
    await formPage.waitForLoadState('load');
    expect(formPage.url()).toBe(FORM_URL.replace(/\/$/, ''));
    await popup.close();

    // The form renders late; the guide waits for it, then takes the email field first.
    await expect.poll(() => guideHeading(formPage).textContent(), { timeout: 15_000 }).toContain('Email address');
    await checks.email?.(formPage);

    // The user types the address in the guide, agrees to keep it, and has it filled into Meta's controlled input.
    await formPage.locator(`${GUIDE} #pw-email`).fill(EMAIL);
    await formPage.locator(`${GUIDE} #pw-remember`).check();
    await formPage.locator(`${GUIDE} button`, { hasText: 'Fill in this address' }).click();
    const pageEmail = formPage.locator('[role=main] input[name=email]');
    await expect.poll(() => pageEmail.inputValue()).toBe(EMAIL);
    await checks.filled?.(formPage);
    await formPage.locator(`${GUIDE} button`, { hasText: 'Next' }).click();

    await expect.poll(() => guideHeading(formPage).textContent()).toContain('impacts you');
    await checks.reason?.(formPage);
    await formPage.locator(`${GUIDE} #pw-reason-template`).selectOption('creative-work');
    await formPage.locator(`${GUIDE} button`, { hasText: 'Insert this reason' }).click();
    await expect.poll(() => formPage.locator('[role=main] textarea').inputValue()).toContain('creative work');
    await checks.reasoned?.(formPage);
    await formPage.locator(`${GUIDE} button`, { hasText: 'Next' }).click();

    await expect.poll(() => formPage.locator(GUIDE).innerText()).toContain('own “Send” button');
    await formPage.locator(`${GUIDE} button`, { hasText: 'Show me the button' }).click();
    const send = formPage.locator('[role=main] [role=button]', { hasText: 'Send' });
    await expect.poll(() => send.evaluate((b) => b === document.activeElement)).toBe(true);
    await checks.send?.(formPage);

    // The user presses Meta's Send themselves; Meta's confirmation screen replaces the form.
    await formPage.keyboard.press('Enter');
    await expect.poll(() => formPage.locator(GUIDE).innerText()).toContain('Facebook confirmed your objection.');
    await expect.poll(() => formPage.locator(GUIDE).innerText()).toContain('saved in your evidence log');
    return formPage;
  }

  it('shows the platform, its policy’s flagged change, its deadline and its objection routes in the popup', async () => {
    const policy = await policySeenTwice();
    const popup = await ext().openPopup(await ext().tabIdOf(policy));
    await popup.setViewportSize(POPUP_SIZE);
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const text = await popup.locator('#content').innerText();
    expect(text).toContain('On this tab: Facebook');
    expect(text).toMatch(/Last version seen on/);
    expect(text).toMatch(/Changed on .*:/);
    expect(await popup.locator('.flags').innerText()).toContain('Facebook will use your information to train AI');
    // Every route the registry knows for Facebook (those the policy no longer links folded under "Older routes"),
    // and its deadline with "not objected yet".
    const all = (await popup.locator('#content').textContent()) ?? '';
    for (const route of FACEBOOK.objectionRoutes) expect(all).toContain(route.title.en);
    expect(text).toMatch(/Older routes \(\d\): possibly outdated/);
    expect(await popup.locator(`.deadlines time[datetime="${DEADLINE.date}"]`).count()).toBe(1);
    expect(text).toContain(DEADLINE.text.en);
    expect(await popup.locator('.deadlines').innerText()).toContain('You have not objected yet.');
    await ext().screenshot(popup, 'objection-1-popup');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await policy.close();
  });

  it('opens the form from the popup and guides field by field without ever submitting', async () => {
    let submitted = false;
    const formPage = await objectThroughGuide({
      async popup(popup, objectNow) {
        // The policy Policy Watch saw (v2) links the 367438723733209 form, not this one: the route is marked possibly
        // outdated and its button says so ("Open anyway"), but it still opens the form when the user asks.
        const card = popup.locator('[data-route="meta-ai-facebook"]');
        expect(await card.getAttribute('data-standing')).toBe('outdated');
        expect(await objectNow.textContent()).toBe('Open anyway');
        // ?route= puts the keyboard focus on that route's action: Enter alone opens the form.
        await expect.poll(() => objectNow.evaluate((b) => b === document.activeElement)).toBe(true);
      },
      async email(form) {
        await form.exposeFunction('pwSubmitted', () => {
          submitted = true;
        });
        await form.evaluate(() =>
          window.addEventListener('fixture:submitted', () =>
            (window as unknown as { pwSubmitted(): void }).pwSubmitted(),
          ),
        );
        expect(await form.locator(`${GUIDE}`).innerText()).toContain('Required');
        await ext().screenshot(form, 'objection-2-guide-email');
        expect(await seriousAxeViolations(form, { include: [['policy-watch-guide', '.pw-panel']] })).toEqual([]);
      },
      async filled(form) {
        // The page's own state took the address: a blur re-renders from state, and the value stays.
        const pageEmail = form.locator('[role=main] input[name=email]');
        await pageEmail.blur();
        expect(await pageEmail.inputValue()).toBe(EMAIL);
      },
      async reason(form) {
        expect(await form.locator(GUIDE).innerText()).toContain('Optional');
      },
      async reasoned(form) {
        await ext().screenshot(form, 'objection-3-guide-reason');
      },
      async send(form) {
        await ext().screenshot(form, 'objection-4-guide-submit');
        await form.waitForTimeout(500);
        expect(submitted).toBe(false);
        expect(await evidence()).toEqual([]);
      },
    });
    await expect.poll(() => submitted).toBe(true);
    expect(await formPage.locator(GUIDE).innerText()).toContain('Repeat this for each Facebook account');
    await ext().screenshot(formPage, 'objection-5-confirmed');
    await formPage.close();
  });

  it('recorded the objection as evidence, and kept the address only as agreed', async () => {
    const formPage = await objectThroughGuide();
    const records = await evidence();
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      method: 'form-confirmed',
      accountEmail: EMAIL,
      formUrl: FORM_URL.replace(/\/$/, ''),
    });
    expect(record?.confirmationText).toContain('We’ve received your request');
    expect(record?.confirmationText).toContain(EMAIL);
    // It names the policy version it answers: the latest one Policy Watch captured.
    const versions = (await ext().readIndexedDb('policy-watch', 'versions')) as { id: string; capturedAt: string }[];
    const latest = [...versions].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).at(-1);
    expect(record?.policyVersionId).toBe(latest?.id);
    expect(Date.now() - Date.parse(record!.at)).toBeLessThan(120_000);
    expect(await ext().storageGet(['savedEmail', 'savedEmailConsent'])).toEqual({
      savedEmail: EMAIL,
      savedEmailConsent: true,
    });
    await formPage.close();
  });

  it('shows the log on a printable evidence page and exports it as JSON', async () => {
    await (await objectThroughGuide()).close();
    const page = await ext().openPage(`${ext().origin}/evidence.html`);
    await page.waitForSelector('#app[data-ready="1"]');
    const row = await page.locator('tbody tr').innerText();
    expect(row).toContain('Facebook');
    expect(row).toContain(EMAIL);
    expect(row).toContain('We’ve received your request');
    await ext().screenshot(page, 'objection-6-evidence');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.locator('button', { hasText: 'Download as JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^policy-watch-evidence-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await streamText(await file.createReadStream()));
    expect(json).toMatchObject({ format: 'policy-watch-evidence', formatVersion: 1 });
    expect(json.records[0].accountEmail).toBe(EMAIL);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('button', { hasText: 'Print' }).isVisible()).toBe(false);
    await ext().screenshot(page, 'objection-7-evidence-print');
    await page.close();
  });

  it('marks the route and its deadline as done in the popup afterwards', async () => {
    const formPage = await objectThroughGuide();
    const tabId = await ext().tabIdOf(formPage);
    const popup = await ext().openPopup(tabId);
    await popup.setViewportSize(POPUP_SIZE);
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const card = await popup.locator('[data-route="meta-ai-facebook"]').innerText();
    expect(card).toMatch(/You objected on/);
    expect(await popup.locator('.deadlines').innerText()).toContain('You have objected.');
    await ext().screenshot(popup, 'objection-8-popup-after');
    await popup.close();
    await formPage.close();
  });

  it('fills the saved address on the next form by itself', async () => {
    await (await policySeenTwice()).close();
    await addressSaved();
    ext().server.setVariant(FORM_HOST, FORM_PATH, 'empty');
    const formPage = await ext().openPage(FORM_URL);
    await expect
      .poll(() => formPage.locator('[role=main] input[name=email]').inputValue(), { timeout: 15_000 })
      .toBe(EMAIL);
    // The saved address was all the form needed (the reason is optional): the one panel, Send left to press.
    await expect.poll(() => formPage.locator(GUIDE).innerText()).toContain('filled in the address you saved');
    await expect.poll(() => formPage.locator(`${GUIDE} h3`).textContent()).toBe('One press left');
    await formPage.close();
  });

  it('guides to LinkedIn’s AI setting and notices when the user switches it off', async () => {
    await ext().resetState();
    const route = getPlatform('linkedin')!.objectionRoutes.find((r) => r.kind === 'setting')!;
    const popup = await ext().openPopup();
    await popup.goto(`${ext().origin}/popup.html?route=${route.id}`);
    await popup.waitForSelector('#content[data-ready="linkedin"]');
    const opened = ext().context.waitForEvent('page');
    await popup.locator(`[data-route="${route.id}"] button.primary`).click();
    const settings = await opened;
    await popup.close();
    await expect.poll(() => settings.locator(GUIDE).innerText(), { timeout: 15_000 }).toContain('Switch off');
    const toggle = settings.locator('input[role=switch]');
    expect(await toggle.isChecked()).toBe(true); // the guide never flips it
    await ext().screenshot(settings, 'objection-11-linkedin-setting');
    await toggle.click(); // the user
    await expect.poll(() => settings.locator(GUIDE).innerText()).toContain('The setting is off');
    await expect
      .poll(async () => (await evidence()).find((r) => r.routeId === route.id))
      .toMatchObject({ method: 'setting-changed', platformId: 'linkedin' });
    await ext().screenshot(settings, 'objection-12-linkedin-off');
    await settings.close();
  });

  it('tells the user to log in first when Meta shows its login wall', async () => {
    // With an address saved, so that taking the login box for the form's field would show: it would be filled.
    await (await policySeenTwice()).close();
    await addressSaved();
    ext().server.setVariant(FORM_HOST, FORM_PATH, 'login');
    const formPage = await ext().openPage(FORM_URL);
    await expect.poll(() => formPage.locator(GUIDE).innerText(), { timeout: 15_000 }).toContain('Log in first');
    // The login box "Email address or phone number" must not be taken for the form's email field.
    expect(await formPage.locator('input[name=email]').inputValue()).toBe('');
    await ext().screenshot(formPage, 'objection-9-login-required');
    await formPage.close();
  });
});

describe('objection guide in German', () => {
  it('speaks the browser’s language on the form page', async () => {
    const ext = await launchExtension({ locale: 'de' });
    try {
      // Where "Object now" leads a German user: Meta's German form.
      const germanUrl = ROUTE.localizedUrls?.de;
      expect(germanUrl).toMatch(/^https:\/\/de-de\.facebook\.com\//);
      const page = await ext.openPage(germanUrl!);
      // Meta prefilled the address of the logged-in account and the reason is optional: one panel, in German.
      await expect
        .poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 })
        .toBe('Nur noch ein Klick');
      const text = await page.locator(GUIDE).innerText();
      expect(text).toContain('Facebook hat sie aus deinem Konto eingetragen');
      expect(text).toContain('„Senden“');
      expect(await page.locator(`${GUIDE} #pw-email`).inputValue()).toBe('alex.example@example.org');
      // Step by step stays available.
      await page.locator(`${GUIDE} button`, { hasText: 'Lieber Feld für Feld' }).click();
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent()).toContain('E-Mail-Adresse');
      expect(await page.locator(GUIDE).innerText()).toContain('Pflichtfeld');
      await ext.screenshot(page, 'objection-10-guide-german');
      ext.expectNoConsoleErrors();
    } finally {
      await ext.close();
    }
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvidenceRecord, PolicyVersion } from '../../src/history/types';
import { type Extension, highlightOffset, launchExtension, pressNotificationButton } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// From alert to objection (issue 12), on each objection route a Meta policy has linked (FORMS.md §1): Policy Watch
// sees the policy, then a material change; the notification's "Object" button is pressed as Chrome reports it (the
// index of that button among the ones shown); the route the changed policy links opens with the guide; the user does
// what is left; the platform's confirmation becomes an evidence entry. Every action of the user is counted, and the
// count per route is printed ("[journey] …") for the note. Screenshots: screenshots/journey-*.png.

const HOST = 'www.facebook.com';
const POLICY = `https://${HOST}/privacy/policy/`;
const GUIDE = 'policy-watch-guide .pw-panel';
const PREFILLED = 'alex.example@example.org';
const OBJECT_BUTTON = 'Object';

/** The user's actions on the way, counted. */
class Actions {
  count = 0;
  async do(what: () => Promise<unknown>): Promise<void> {
    this.count++;
    await what();
  }
}

const opened: Extension[] = [];
async function launch(locale?: string): Promise<Extension> {
  const ext = await launchExtension(locale ? { locale } : {});
  opened.push(ext);
  return ext;
}
afterAll(async () => {
  for (const ext of opened.splice(0)) await ext.close();
});

async function facebookVersions(ext: Extension): Promise<PolicyVersion[]> {
  const all = ((await ext.readIndexedDb('policy-watch', 'versions')) ?? []) as PolicyVersion[];
  return all.filter((v) => v.platformId === 'facebook').sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
}

async function evidence(ext: Extension): Promise<EvidenceRecord[]> {
  return ((await ext.readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];
}

/** Baseline, then the changed policy (variant), then its notification; returns the policy tab and the notification. */
async function changeAndNotify(ext: Extension, variant: string): Promise<{ policy: Page; notificationId: string }> {
  const policy = await ext.openPage(POLICY);
  await expect.poll(() => facebookVersions(ext), { timeout: 20_000 }).toHaveLength(1);
  ext.server.setVariant(HOST, '/privacy/policy/', variant);
  await policy.reload();
  await expect.poll(() => facebookVersions(ext), { timeout: 20_000 }).toHaveLength(2);
  await expect
    .poll(() => ext.notifications().filter((n) => n.buttons.includes(OBJECT_BUTTON)).length, { timeout: 10_000 })
    .toBe(1);
  const notification = ext.notifications().find((n) => n.buttons.includes(OBJECT_BUTTON))!;
  expect(notification.title).toContain('Facebook');
  return { policy, notificationId: notification.id };
}

/** Press "Object" on the notification; the page it opens. */
async function objectFromNotification(ext: Extension, id: string, actions: Actions): Promise<Page> {
  const tab = ext.context.waitForEvent('page');
  let index = -1;
  await actions.do(async () => {
    index = await pressNotificationButton(ext, id, OBJECT_BUTTON);
  });
  expect(index).toBeGreaterThan(0); // "See what changed" comes first: the index really is the second button's
  const page = await tab;
  await page.waitForLoadState('load');
  return page;
}

async function expectFramed(page: Page, target: Locator): Promise<void> {
  expect(await highlightOffset(page, target)).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
}

/** The question before the form, as the user answers it with the guide pointing: choose the answer, press Next. */
async function answerQuestion(
  page: Page,
  actions: Actions,
  answer: string,
  next: string,
  asks: string,
  pressNext: string,
): Promise<void> {
  await expect.poll(() => page.locator(GUIDE).innerText(), { timeout: 15_000 }).toContain(asks);
  const choice = page.locator('[role=main] [role=radio]', { hasText: new RegExp(`^\\s*${answer}\\s*$`) });
  await expectFramed(page, choice);
  await actions.do(() => choice.click());
  const proceed = page.locator('[role=main] [role=button]', { hasText: next });
  await expect.poll(() => page.locator(GUIDE).innerText()).toContain(pressNext);
  await expectFramed(page, proceed);
  await actions.do(() => proceed.click());
}

/** The one panel: the prefilled email shown, Send framed exactly; the user presses Send. */
async function sendFromOnePanel(page: Page, actions: Actions, send: string, heading: string) {
  await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 }).toBe(heading);
  expect(await page.locator(`${GUIDE} #pw-email`).inputValue()).toBe(PREFILLED);
  const sendButton = page.locator('[role=main] [role=button]', { hasText: send });
  await expectFramed(page, sendButton);
  expect(await seriousAxeViolations(page, { include: [['policy-watch-guide', '.pw-panel']] })).toEqual([]);
  return { press: () => actions.do(() => sendButton.click()) };
}

describe('from a change notification to the evidence log', () => {
  it('the policy links its 367438723733209 form: question about AI, one panel, Send — 4 actions', async () => {
    const ext = await launch();
    const actions = new Actions();
    const { notificationId } = await changeAndNotify(ext, 'v2');
    const form = await objectFromNotification(ext, notificationId, actions);
    expect(form.url()).toBe('https://www.facebook.com/help/contact/367438723733209');

    await answerQuestion(form, actions, 'Yes', 'Next', 'Choose “Yes”', 'Now press “Next”');
    const panel = await sendFromOnePanel(form, actions, 'Send', 'One press left');
    await ext.screenshot(form, 'journey-one-panel');
    expect(await evidence(ext)).toEqual([]); // nothing was sent for the user
    await panel.press();

    await expect.poll(() => evidence(ext), { timeout: 15_000 }).toHaveLength(1);
    const [record] = await evidence(ext);
    const [, changed] = await facebookVersions(ext);
    expect(record).toMatchObject({
      routeId: 'meta-objection-facebook',
      method: 'form-confirmed',
      accountEmail: PREFILLED,
      policyVersionId: changed?.id,
    });
    expect(record?.confirmationText).toContain('We’ve received your request');
    console.log(`[journey] policy link facebook.com/help/contact/367438723733209: ${actions.count} user actions`);
    expect(actions.count).toBe(4);
    ext.expectNoConsoleErrors();
  });

  it('the policy links help.meta.com (2026): the popup offers it first; the journey takes 4 actions', async () => {
    const ext = await launch();
    const actions = new Actions();
    const { policy, notificationId } = await changeAndNotify(ext, 'v3');
    const [, changed] = await facebookVersions(ext);
    expect(changed?.objectionLinks?.[0]?.href).toMatch(/^https:\/\/help\.meta\.com\/support\/privacy\//);

    // The popup on the policy's tab: the route the policy links first, the forms it no longer links marked.
    const popup = await ext.openPopup(await ext.tabIdOf(policy));
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.waitForSelector('#content[data-ready="facebook"]');
    const cards = popup.locator('article.route');
    expect(await cards.first().getAttribute('data-route')).toBe('meta-privacy-objection');
    expect(await cards.first().getAttribute('data-standing')).toBe('linked');
    expect(await cards.first().innerText()).toContain('Linked from the policy you last opened');
    expect(await popup.locator('[data-route="meta-objection-facebook"]').getAttribute('data-standing')).toBe(
      'outdated',
    );
    expect(await popup.locator('[data-route="meta-objection-facebook"]').textContent()).toContain('Possibly outdated');
    // The routes the policy no longer links fold into one "Older routes" group, closed.
    const older = popup.locator('details.older-routes');
    expect(await older.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await popup.locator('details.older-routes > summary').innerText()).toMatch(
      /^Older routes \(\d\): possibly outdated$/,
    );
    expect(await older.locator('article.route[data-standing="outdated"]').count()).toBeGreaterThanOrEqual(2);
    expect(await popup.locator('[data-route="meta-objection-facebook"]').isVisible()).toBe(false);
    await popup.locator('#routes-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await ext.screenshot(popup, 'journey-popup-policy-route');
    await popup.locator('details.older-routes > summary').click();
    expect(await popup.locator('[data-route="meta-objection-facebook"]').isVisible()).toBe(true);
    await popup.locator('details.older-routes > summary').click();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();

    const form = await objectFromNotification(ext, notificationId, actions);
    expect(form.url()).toMatch(/^https:\/\/help\.meta\.com\/support\/privacy\/\?entry_point=/);
    await answerQuestion(form, actions, 'Yes', 'Next', 'Choose “Yes”', 'Now press “Next”');
    const panel = await sendFromOnePanel(form, actions, 'Send', 'One press left');
    await panel.press();
    await expect
      .poll(async () => (await evidence(ext))[0], { timeout: 15_000 })
      .toMatchObject({
        routeId: 'meta-privacy-objection',
        method: 'form-confirmed',
        accountEmail: PREFILLED,
        policyVersionId: changed?.id,
      });
    console.log(`[journey] policy link help.meta.com/support/privacy: ${actions.count} user actions`);
    expect(actions.count).toBe(4);

    // The popup's "Object now" opens the same route at the policy's own link.
    await form.close();
    const again = await ext.openPopup(await ext.tabIdOf(policy));
    await again.waitForSelector('#content[data-ready="facebook"]');
    const tab = ext.context.waitForEvent('page');
    await again.locator('[data-route="meta-privacy-objection"] .actions button', { hasText: 'Object now' }).click();
    expect((await tab).url()).toBe(changed?.objectionLinks?.[0]?.href);
    ext.expectNoConsoleErrors();
  });

  it('the policy links the June 2024 form: field by field, then the emailed code — 11 actions', async () => {
    const ext = await launch();
    const actions = new Actions();
    const { notificationId } = await changeAndNotify(ext, 'banner2024');
    const form = await objectFromNotification(ext, notificationId, actions);
    expect(form.url()).toBe('https://www.facebook.com/help/contact/6359191084165019');
    const heading = () => form.locator(`${GUIDE} h3`).textContent();
    const next = () => actions.do(() => form.locator(`${GUIDE} button`, { hasText: 'Next' }).click());

    // A required reason and a country: no one panel, the field-by-field walk.
    await expect.poll(heading, { timeout: 15_000 }).toContain('Email address');
    const email = form.locator('[role=main] input[name=email]');
    await expectFramed(form, email);
    await actions.do(() => email.fill('sam.objector@example.org'));
    await next();
    await expect.poll(heading).toContain('impacts you');
    expect(await form.locator(GUIDE).innerText()).toContain('Required');
    await actions.do(() => form.locator(`${GUIDE} #pw-reason-template`).selectOption('children'));
    await actions.do(() => form.locator(`${GUIDE} button`, { hasText: 'Insert this reason' }).click());
    await next();
    await expect.poll(heading).toContain('Country');
    await actions.do(() => form.locator('[role=main] select').selectOption('Ireland'));
    await next();
    const send = form.locator('[role=main] [role=button]', { hasText: 'Send' });
    await expect.poll(() => form.locator(GUIDE).innerText()).toContain('own “Send” button');
    await expectFramed(form, send);
    await actions.do(() => send.click());

    // Meta emails a code; the guide frames the field, then the button.
    await expect.poll(heading, { timeout: 15_000 }).toBe('Enter the code Facebook emailed you');
    const code = form.locator('[role=main] input[name=code]');
    await expectFramed(form, code);
    await ext.screenshot(form, 'journey-code');
    await actions.do(() => code.fill('418207'));
    const submit = form.locator('[role=main] [role=button]', { hasText: 'Submit' });
    await expect.poll(() => form.locator(GUIDE).innerText()).toContain('“Submit”');
    await expectFramed(form, submit);
    expect(await evidence(ext)).toEqual([]);
    await actions.do(() => submit.click());

    await expect
      .poll(async () => (await evidence(ext))[0], { timeout: 15_000 })
      .toMatchObject({ routeId: 'meta-ai-facebook', accountEmail: 'sam.objector@example.org' });
    console.log(
      `[journey] policy link facebook.com/help/contact/6359191084165019 (June 2024): ${actions.count} user actions`,
    );
    expect(actions.count).toBe(11);
    ext.expectNoConsoleErrors();
  });
});

describe('the guide on the rebuilt Meta forms in German and French', () => {
  it('German: „Bezieht sich deine Anfrage auf KI bei Meta?“ → Ja → one panel with „Senden“', async () => {
    const ext = await launch('de');
    const page = await ext.openPage('https://de-de.facebook.com/help/contact/367438723733209');
    const actions = new Actions();
    await expect
      .poll(() => page.locator(GUIDE).innerText(), { timeout: 15_000 })
      .toContain('Facebook stellt zuerst eine Frage');
    await ext.screenshot(page, 'journey-de-question');
    await answerQuestion(page, actions, 'Ja', 'Weiter', 'Wähle auf der Seite „Ja“', 'auf „Weiter“');
    await sendFromOnePanel(page, actions, 'Senden', 'Nur noch ein Klick');
    expect(await page.locator(GUIDE).innerText()).toContain('„Senden“');
    await ext.screenshot(page, 'journey-de-one-panel');
    ext.expectNoConsoleErrors();
  });

  it('French: help.meta.com « Votre demande concerne-t-elle l’IA chez Meta ? » → Oui → « Envoyer »', async () => {
    const ext = await launch('fr');
    ext.server.setVariant('help.meta.com', '/support/privacy/', 'fr');
    const page = await ext.openPage('https://help.meta.com/support/privacy/');
    const actions = new Actions();
    await expect
      .poll(() => page.locator(GUIDE).innerText(), { timeout: 15_000 })
      .toContain('Meta pose d’abord une question');
    await ext.screenshot(page, 'journey-fr-question');
    await answerQuestion(page, actions, 'Oui', 'Suivant', 'Choisissez « Oui »', 'sur « Suivant »');
    await sendFromOnePanel(page, actions, 'Envoyer', 'Plus qu’un clic');
    expect(await page.locator(GUIDE).innerText()).toContain('« Envoyer »');
    await ext.screenshot(page, 'journey-fr-one-panel');
    ext.expectNoConsoleErrors();
  });
});

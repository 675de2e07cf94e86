import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { highlightOffset, launchExtension, useExtension } from './harness';

// Issue 19: the guide on Meta's Privacy Centre, where one path serves the objection and its look-alikes (access,
// the data protection officer, other contact), told apart only by entry_point and by what the page asks. Fixtures:
// tests/fixtures/sites/help.meta.com/support/privacy/index.<variant>.html (README beside them). Every action of the
// user is counted; the extension presses nothing (the fixture reports each send it receives); evidence is written
// only for objections, from what the page did after the user's own press. Screenshots: screenshots/flows-*.png.

const HOST = 'help.meta.com';
const PATH = '/support/privacy/';
const URL_OF = (query = '') => `https://${HOST}${PATH}${query}`;
const POLICY_ENTRY = '?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe';
const GUIDE = 'policy-watch-guide .pw-panel';
const SAVED = 'sam.objector@example.org';
const PREFILLED = 'alex.example@example.org';

/** The user's actions on the way, counted. */
class Actions {
  count = 0;
  async do(what: () => Promise<unknown>): Promise<void> {
    this.count++;
    await what();
  }
}

/** Count the sends (and refused sends) the fixture receives: only the user's presses may cause them. */
async function countSends(page: Page): Promise<() => Promise<{ sent: number; refused: number }>> {
  await page.evaluate(() => {
    const counts = { sent: 0, refused: 0 };
    (window as unknown as { __sends: typeof counts }).__sends = counts;
    window.addEventListener('fixture:submitted', () => counts.sent++);
    window.addEventListener('fixture:refused', () => counts.refused++);
  });
  return () =>
    page.evaluate(() => ({ ...(window as unknown as { __sends: { sent: number; refused: number } }).__sends }));
}

async function expectFramed(page: Page, target: Locator): Promise<void> {
  expect(await highlightOffset(page, target)).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
}

const guideText = (page: Page) => page.locator(GUIDE).innerText();
const pageButton = (page: Page, text: string) =>
  page.locator('[role=main] [role=button]', { hasText: new RegExp(`^\\s*${text}\\s*$`) });
const pageRadio = (page: Page, text: string) =>
  page.locator('[role=main] [role=radio]', { hasText: new RegExp(`^\\s*${text}\\s*$`) });

describe('Meta Privacy Centre: the objection and its look-alikes at one path', () => {
  const ext = useExtension();
  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];

  async function open(variant: string, query = ''): Promise<Page> {
    ext().server.setVariant(HOST, PATH, variant);
    return ext().openPage(URL_OF(query));
  }

  it('branching flow: the objection among four requests, the AI question, one press — 5 actions', async () => {
    await ext().resetState();
    await ext().storageSet({ savedEmail: SAVED, savedEmailConsent: true });
    const page = await open('branching', POLICY_ENTRY);
    const sends = await countSends(page);
    const actions = new Actions();

    await expect.poll(() => guideText(page), { timeout: 15_000 }).toContain('What is your request about?');
    const object = pageRadio(page, 'Object to how Meta uses your information');
    await expect.poll(() => guideText(page)).toContain('it is the answer for an objection');
    await expectFramed(page, object);
    await actions.do(() => object.click());
    await expect.poll(() => guideText(page)).toContain('Now press “Next”');
    await expectFramed(page, pageButton(page, 'Next'));
    await actions.do(() => pageButton(page, 'Next').click());

    await expect.poll(() => guideText(page), { timeout: 10_000 }).toContain('Choose “Yes”');
    await actions.do(() => pageRadio(page, 'Yes').click());
    await expect.poll(() => guideText(page)).toContain('Now press “Next”');
    await actions.do(() => pageButton(page, 'Next').click());

    await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 10_000 }).toBe('One press left');
    expect(await page.locator('[role=main] input').inputValue()).toBe(SAVED);
    expect(await guideText(page)).toContain('Policy Watch filled in the address you saved');
    await expectFramed(page, pageButton(page, 'Send'));
    expect(await sends()).toEqual({ sent: 0, refused: 0 });
    expect(await evidence()).toEqual([]);
    await actions.do(() => pageButton(page, 'Send').click());

    // The confirmation is worded in a way the route does not list: the form gave way to a message after the press.
    await expect.poll(evidence, { timeout: 15_000 }).toHaveLength(1);
    const [record] = await evidence();
    expect(record).toMatchObject({
      routeId: 'meta-privacy-objection',
      method: 'form-confirmed',
      accountEmail: SAVED,
      recognition: { outcome: 'form-replaced', knownPhrase: null },
    });
    expect(record?.confirmationText).toContain('Thanks — it’s on its way');
    expect(await sends()).toEqual({ sent: 1, refused: 0 });
    expect(actions.count).toBe(5);
    console.log(`[flows] help.meta.com branching objection: ${actions.count} user actions`);
    ext().expectNoConsoleErrors();
  });

  it.each([
    ['branching', 'ACCESS', 'a request for access to your information', 'What information would you like to access'],
    ['branching-de', 'DPO', 'a question to the data protection officer', 'Was möchtest du unseren'],
    ['branching-fr', 'CONTACT', 'a question or other contact', 'Votre question'],
  ])(
    '%s, entry_point %s: no objection offered, nothing filled, no evidence after the user sends it',
    async (variant, entry, says, asks) => {
      await ext().resetState();
      await ext().storageSet({ savedEmail: SAVED, savedEmailConsent: true });
      const page = await open(variant, `?entry_point=POLICY_SUBPAGE_${entry}`);
      const sends = await countSends(page);
      await expect.poll(() => page.locator('[role=main]').innerText(), { timeout: 15_000 }).toContain(asks);
      await expect.poll(() => guideText(page), { timeout: 10_000 }).toContain(says);
      const text = await guideText(page);
      expect(text).toContain('This form is not an objection');
      expect(text).not.toMatch(/One press left|Your objection/);
      expect(await page.locator('policy-watch-guide .pw-highlight').isVisible()).toBe(false);
      expect(await page.locator('[role=main] input').inputValue()).toBe('');
      expect(await page.locator('[role=main] textarea').inputValue()).toBe('');
      if (entry === 'DPO') await ext().screenshot(page, 'flows-look-alike-dpo');

      // The user fills and sends the look-alike themselves: it is theirs to send, and it is not an objection.
      await page.locator('[role=main] input').fill(SAVED);
      await page.locator('[role=main] textarea').fill('How long do you keep my messages?');
      await page.locator('[role=main] [role=button]').last().click();
      await expect.poll(sends, { timeout: 5_000 }).toEqual({ sent: 1, refused: 0 });
      await expect
        .poll(() => page.locator('[role=main] h2').innerText(), { timeout: 5_000 })
        .toMatch(/received|erhalten|reçu/);
      await page.waitForTimeout(1500); // to show that nothing is written
      expect(await evidence()).toEqual([]);
      ext().expectNoConsoleErrors();
    },
  );

  it('branching flow: an answer other than the objection leads to a look-alike, which the guide leaves alone', async () => {
    await ext().resetState();
    const page = await open('branching-de', POLICY_ENTRY);
    await expect.poll(() => guideText(page), { timeout: 15_000 }).toContain('Worum geht es bei deiner Anfrage?');
    await pageRadio(page, 'Unseren Datenschutzbeauftragten kontaktieren').click();
    await pageButton(page, 'Weiter').click();
    await expect
      .poll(() => guideText(page), { timeout: 10_000 })
      .toContain('a question to the data protection officer');
    expect(await page.locator('policy-watch-guide .pw-highlight').isVisible()).toBe(false);
    ext().expectNoConsoleErrors();
  });

  it.each([
    ['labels-after-de', 'Senden', 'Alles klar – das ist bei uns angekommen'],
    ['labels-after-fr', 'Envoyer', 'C’est noté'],
  ])(
    '%s: labels after the fields, a placeholder only, a cookie dialog: field by field — 5 actions',
    async (variant, sendLabel, confirmation) => {
      await ext().resetState();
      const page = await open(variant);
      const sends = await countSends(page);
      const actions = new Actions();
      await expect
        .poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 })
        .toContain('Email address');
      await expectFramed(page, page.locator('[role=main] input'));
      await page.locator(`${GUIDE} #pw-email`).fill(SAVED);
      await actions.do(() => page.locator(`${GUIDE} button`, { hasText: 'Fill in this address' }).click());
      await expect.poll(() => page.locator('[role=main] input').inputValue()).toBe(SAVED);
      await actions.do(() => page.locator(`${GUIDE} button`, { hasText: 'Next' }).click());
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent()).toContain('impacts you');
      expect(await page.locator(`${GUIDE} h3`).textContent()).toContain('Optional');
      await expectFramed(page, page.locator('[role=main] textarea'));
      await actions.do(() => page.locator(`${GUIDE} button`, { hasText: 'Insert this reason' }).click());
      await expect.poll(() => page.locator('[role=main] textarea').inputValue()).toContain('Article 21');
      await actions.do(() => page.locator(`${GUIDE} button`, { hasText: 'Next' }).click());
      await expect.poll(() => guideText(page)).toContain(`own “${sendLabel}” button`);
      expect(await guideText(page)).toContain('One press left: it sends.');
      expect(await sends()).toEqual({ sent: 0, refused: 0 });
      await actions.do(() => pageButton(page, sendLabel).click());
      await expect.poll(evidence, { timeout: 15_000 }).toHaveLength(1);
      expect((await evidence())[0]).toMatchObject({
        accountEmail: SAVED,
        recognition: { outcome: 'form-replaced', knownPhrase: null },
      });
      expect((await evidence())[0]?.confirmationText).toContain(confirmation);
      expect(actions.count).toBe(5);
      console.log(`[flows] ${variant}: ${actions.count} user actions`);
      ext().expectNoConsoleErrors();
    },
  );

  it.each([
    ['send-error', 'Send', 'Something went wrong. Please try again.'],
    ['send-error-fr', 'Envoyer', 'Une erreur s’est produite. Veuillez réessayer.'],
  ])(
    '%s: an error on Send is "not yet"; no evidence until the next press goes through — 2 actions',
    async (variant, sendLabel, error) => {
      await ext().resetState();
      const page = await open(variant);
      const sends = await countSends(page);
      const actions = new Actions();
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 }).toBe('One press left');
      await actions.do(() => pageButton(page, sendLabel).click());
      await expect.poll(() => guideText(page), { timeout: 10_000 }).toContain('Not sent yet');
      expect(await guideText(page)).toContain(error);
      await expectFramed(page, pageButton(page, sendLabel));
      expect(await sends()).toEqual({ sent: 0, refused: 1 });
      await page.waitForTimeout(1000); // to show that nothing is written
      expect(await evidence()).toEqual([]);
      await actions.do(() => pageButton(page, sendLabel).click());
      await expect.poll(evidence, { timeout: 15_000 }).toHaveLength(1);
      expect((await evidence())[0]).toMatchObject({
        accountEmail: PREFILLED,
        recognition: {
          outcome: 'form-replaced',
          knownPhrase: expect.stringMatching(/received your request|reçu votre demande/),
        },
      });
      expect(await sends()).toEqual({ sent: 1, refused: 1 });
      expect(actions.count).toBe(2);
      ext().expectNoConsoleErrors();
    },
  );

  it.each([
    ['twostep', 'Next', 'Send'],
    ['twostep-de', 'Weiter', 'Senden'],
  ])(
    '%s: a read-only email and “%s” first (not the last press), then the reason and “%s” — 2 actions',
    async (variant, next, send) => {
      await ext().resetState();
      const page = await open(variant);
      const sends = await countSends(page);
      const actions = new Actions();
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 }).toBe(`Next: “${next}”`);
      expect(await guideText(page)).toContain('Presses left: at least 2.');
      expect(await guideText(page)).not.toContain('One press left');
      await expectFramed(page, pageButton(page, next));
      await actions.do(() => pageButton(page, next).click());
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 10_000 }).toBe('One press left');
      expect(await guideText(page)).toContain(PREFILLED); // given on the screen before
      await expect.poll(() => page.locator(`${GUIDE} #pw-reason-template`).count()).toBe(1);
      await actions.do(() => pageButton(page, send).click());
      await expect.poll(evidence, { timeout: 15_000 }).toHaveLength(1);
      expect((await evidence())[0]).toMatchObject({
        accountEmail: PREFILLED,
        recognition: { outcome: 'form-replaced' },
      });
      expect(await sends()).toEqual({ sent: 1, refused: 0 });
      expect(actions.count).toBe(2);
      ext().expectNoConsoleErrors();
    },
  );
});

describe('in French', () => {
  it('two steps: « Suivant » is not « Plus qu’un clic »; the second screen is read on its own — 3 actions', async () => {
    const ext = await launchExtension({ locale: 'fr' });
    try {
      ext.server.setVariant(HOST, PATH, 'twostep-fr');
      const page = await ext.openPage(URL_OF());
      const sends = await countSends(page);
      const actions = new Actions();
      await expect
        .poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 })
        .toBe('Ensuite : « Suivant »');
      expect(await guideText(page)).toContain('Encore au moins 2 clics.');
      expect(await guideText(page)).not.toContain('Plus qu’un clic');
      await ext.screenshot(page, 'flows-two-step-first');
      await actions.do(() => pageButton(page, 'Suivant').click());
      await expect.poll(() => page.locator(`${GUIDE} h3`).textContent(), { timeout: 10_000 }).toBe('Plus qu’un clic');
      // The optional reason, labelled after its box, is found and offered.
      await actions.do(() => page.locator(`${GUIDE} #pw-reason-template`).selectOption('creative-work'));
      await expect.poll(() => page.locator('[role=main] textarea').inputValue()).not.toBe('');
      await expectFramed(page, pageButton(page, 'Envoyer'));
      await ext.screenshot(page, 'flows-two-step-second');
      await actions.do(() => pageButton(page, 'Envoyer').click());
      await expect
        .poll(async () => ((await ext.readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[], {
          timeout: 15_000,
        })
        .toHaveLength(1);
      const [record] = ((await ext.readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];
      expect(record?.confirmationText).toContain('C’est noté');
      expect(record?.recognition).toMatchObject({ outcome: 'form-replaced', knownPhrase: null });
      await expect.poll(() => guideText(page)).toContain('a laissé place à ce message');
      expect(await sends()).toEqual({ sent: 1, refused: 0 });
      expect(actions.count).toBe(3);
      ext.expectNoConsoleErrors();
    } finally {
      await ext.close();
    }
  });
});

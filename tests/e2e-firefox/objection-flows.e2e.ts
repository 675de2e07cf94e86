import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { useFirefoxExtension } from './harness';

// Issue 19 in real Firefox with the Firefox build: Meta's Privacy Centre serves the objection and its look-alikes at
// one path (tests/fixtures/sites/help.meta.com/support/privacy/index.branching*.html). The objection is guided and
// recorded from what the page did after the user's own press; the DPO form is left alone and nothing is recorded.
// Actions are counted; the fixture counts the sends it receives. One browser for the file, tests in order.

const HOST = 'help.meta.com';
const PATH = '/support/privacy/';
const SAVED = 'sam.objector@example.org';

class Actions {
  count = 0;
  async do(what: () => Promise<unknown>): Promise<void> {
    this.count++;
    await what();
  }
}

const guideText = (page: Page) =>
  page.evaluate(() => document.querySelector('policy-watch-guide')?.shadowRoot?.textContent ?? '');

/** The page's own control (in its main region) whose text is exactly `text`. */
async function control(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (s, t) => [...document.querySelectorAll(`[role=main] ${s}`)].find((el) => el.textContent?.trim() === t),
    { timeout: 10_000 },
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}

async function waitForGuide(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => (document.querySelector('policy-watch-guide')?.shadowRoot?.textContent ?? '').includes(t),
    { timeout: 15_000 },
    text,
  );
}

async function countSends(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    document.documentElement.dataset.sends = '0';
    window.addEventListener('fixture:submitted', () => {
      document.documentElement.dataset.sends = String(Number(document.documentElement.dataset.sends) + 1);
    });
  });
  return () => page.evaluate(() => Number(document.documentElement.dataset.sends));
}

describe('Firefox: Meta Privacy Centre, the objection and a look-alike at one path', () => {
  const ext = useFirefoxExtension();
  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];

  it('guides the branching objection to one press and records what the page showed — 5 actions', async () => {
    await ext().storageSet({ savedEmail: SAVED, savedEmailConsent: true });
    ext().server.setVariant(HOST, PATH, 'branching');
    const page = await ext().openPage(
      `https://${HOST}${PATH}?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe`,
    );
    const sends = await countSends(page);
    const actions = new Actions();
    await waitForGuide(page, 'it is the answer for an objection');
    await actions.do(async () =>
      (await control(page, '[role=radio]', 'Object to how Meta uses your information')).click(),
    );
    await waitForGuide(page, 'Now press “Next”');
    await actions.do(async () => (await control(page, '[role=button]', 'Next')).click());
    await waitForGuide(page, 'Choose “Yes”');
    await actions.do(async () => (await control(page, '[role=radio]', 'Yes')).click());
    await waitForGuide(page, 'Now press “Next”');
    await actions.do(async () => (await control(page, '[role=button]', 'Next')).click());
    await waitForGuide(page, 'One press left');
    expect(await page.$eval('[role=main] input', (i) => (i as HTMLInputElement).value)).toBe(SAVED);
    expect(await sends()).toBe(0);
    await ext().screenshot(page, 'firefox-flows-one-panel');
    await actions.do(async () => (await control(page, '[role=button]', 'Send')).click());
    await expect.poll(evidence, { timeout: 15_000 }).toHaveLength(1);
    const [record] = await evidence();
    expect(record).toMatchObject({
      routeId: 'meta-privacy-objection',
      method: 'form-confirmed',
      accountEmail: SAVED,
      recognition: { outcome: 'form-replaced', knownPhrase: null },
    });
    expect(record?.confirmationText).toContain('Thanks — it’s on its way');
    expect(await sends()).toBe(1);
    expect(actions.count).toBe(5);
    await page.close();
  });

  it('leaves the data protection officer’s form alone: nothing offered, filled or recorded', async () => {
    ext().server.setVariant(HOST, PATH, 'branching-de');
    const page = await ext().openPage(`https://${HOST}${PATH}?entry_point=POLICY_SUBPAGE_DPO`);
    const sends = await countSends(page);
    await waitForGuide(page, 'a question to the data protection officer');
    expect(await guideText(page)).not.toContain('One press left');
    expect(await page.$eval('[role=main] input', (i) => (i as HTMLInputElement).value)).toBe('');
    await ext().screenshot(page, 'firefox-flows-look-alike');
    // The user fills and sends it themselves.
    await page.type('[role=main] input', SAVED);
    await page.type('[role=main] textarea', 'Wie lange speichert ihr meine Nachrichten?');
    await (await control(page, '[role=button]', 'Senden')).click();
    await expect.poll(sends, { timeout: 5_000 }).toBe(1);
    await page.waitForFunction(() => document.querySelector('[role=main] h2')?.textContent?.includes('erhalten'));
    await new Promise((done) => setTimeout(done, 1500)); // to show that nothing is written
    expect(await evidence()).toHaveLength(1); // still only the objection above
    await page.close();
    await ext().expectNoConsoleErrors();
  });
});

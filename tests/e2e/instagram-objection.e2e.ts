import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/history/types';
import { getPlatform } from '../../src/platforms/registry';
import { useExtension } from './harness';
import { seriousAxeViolations } from './walkthrough-axe';

// Instagram's own AI objection route (help.instagram.com, linked from its EU policy banner in May 2025): the popup's
// route opens it, the guide walks through it without submitting, and the user's own Send is kept as evidence for
// Instagram, not Facebook. The fixture imitates Meta's 2025 form under Instagram's header (tests/fixtures/sites).

const ROUTE = getPlatform('instagram')!.objectionRoutes.find((r) => r.id === 'meta-ai-instagram')!;
const FORM_URL = ROUTE.url;
const GUIDE = 'policy-watch-guide .pw-panel';

describe('Instagram objection route', () => {
  const ext = useExtension();
  const evidence = async () => ((await ext().readIndexedDb('policy-watch', 'evidence')) ?? []) as EvidenceRecord[];

  it('opens from the popup, guides without submitting, and records the objection for Instagram', async () => {
    const popup = await ext().openPopup();
    await popup.goto(`${ext().origin}/popup.html?route=${ROUTE.id}`);
    await popup.waitForSelector('#content[data-ready="instagram"]');
    const card = popup.locator(`[data-route="${ROUTE.id}"]`);
    expect(await card.innerText()).toContain(ROUTE.title.en);
    const opened = ext().context.waitForEvent('page');
    await card.locator('.actions button').first().click();
    const form = await opened;
    await form.waitForLoadState('load');
    expect(form.url()).toBe(FORM_URL);
    await popup.close();

    // Meta pre-filled the account's address and the reason is optional: the guide goes straight to the one press
    // that is the user's, and never makes it itself.
    await expect.poll(() => form.locator(`${GUIDE} h3`).textContent(), { timeout: 15_000 }).toContain('One press left');
    const panel = await form.locator(GUIDE).innerText();
    expect(panel).toContain('Instagram filled it in from your account');
    expect(panel).toContain('press Instagram’s own “Send” button');
    expect(panel).toContain('Policy Watch never sends it for you.');
    expect(await form.locator('[role=main] input[name=email]').inputValue()).toBe('robin.example@example.org');
    let submitted = false;
    await form.exposeFunction('pwSubmitted', () => {
      submitted = true;
    });
    await form.evaluate(() =>
      window.addEventListener('fixture:submitted', () => (window as unknown as { pwSubmitted(): void }).pwSubmitted()),
    );
    expect(await seriousAxeViolations(form, { include: [['policy-watch-guide', '.pw-panel']] })).toEqual([]);
    await form.waitForTimeout(500);
    expect(submitted).toBe(false);
    expect(await evidence()).toEqual([]);

    await form.locator('[role=main] [role=button]', { hasText: 'Send' }).click();
    await expect.poll(() => submitted).toBe(true);
    await expect.poll(() => form.locator(GUIDE).innerText()).toContain('Instagram confirmed your objection.');
    await expect.poll(evidence).toHaveLength(1);
    expect((await evidence())[0]).toMatchObject({
      platformId: 'instagram',
      routeId: ROUTE.id,
      method: 'form-confirmed',
      formUrl: FORM_URL,
    });
    expect((await evidence())[0]?.confirmationText).toContain('We’ve received your request');
    await ext().screenshot(form, 'objection-instagram-confirmed');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '../../src/platforms/registry';
import { type ExtensionGlobals, SITES_DIR, useExtension } from './harness';

// An announced change, from the policy's own words to the reminders: LinkedIn's EU notice as it was, then with the
// banner LinkedIn showed from 18 September 2025 ("On <date>, we are updating this notice ... Legitimate Interests as
// the legal basis for training content-generating AI models"), its date set 30 days after the test's clock as the
// real one was when shown. The change's notification says "From <date>", the popup counts down to it, reminders are
// set a week before and the day before at 9:00, and they are cancelled once the user switches the AI setting off.

const HOST = 'www.linkedin.com';
const PATH = '/legal/privacy/eu';
const POLICY_URL = `https://${HOST}${PATH}`;
const TEMPLATE = join(SITES_DIR, HOST, 'legal/privacy/eu/announced.template.html');
const ROUTE = getPlatform('linkedin')!.objectionRoutes[0]!;
const DAYS_AHEAD = 30;
const GUIDE = 'policy-watch-guide .pw-panel';

/** The local day DAYS_AHEAD from now: as YYYY-MM-DD, in the banner's words, and as the notification writes it. */
function announcedDay() {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + DAYS_AHEAD);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const words = day.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  const british = day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return { day, iso, words, british };
}

/** The reminder the background should set `daysBefore` days ahead of the day, at 9:00 local time. */
function reminderAt(day: Date, daysBefore: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - daysBefore, 9).getTime();
}

describe('announced change', () => {
  const ext = useExtension();
  const announced = announcedDay();

  const linkedinVersions = async () =>
    (((await ext().readIndexedDb('policy-watch', 'versions')) ?? []) as { platformId: string }[]).filter(
      (v) => v.platformId === 'linkedin',
    );

  async function deadlineAlarms(): Promise<{ name: string; scheduledTime: number }[]> {
    const worker = await ext().ensureServiceWorker();
    const alarms = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.alarms.getAll());
    return (alarms as { name: string; scheduledTime: number }[])
      .filter((a) => a.name.startsWith(`policy-watch:deadline:${ROUTE.id}:${announced.iso}:`))
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
  }

  /** The notice seen once, then with the banner announcing the date: returns the notification of the change. */
  async function noticeThenBanner() {
    await ext().resetState();
    const page = await ext().openPage(POLICY_URL);
    await expect.poll(linkedinVersions, { timeout: 20_000 }).toHaveLength(1);
    const file = join(mkdtempSync(join(tmpdir(), 'pw-announced-')), 'announced.html');
    writeFileSync(file, readFileSync(TEMPLATE, 'utf8').replaceAll('{{ANNOUNCED_DATE}}', announced.words));
    ext().server.serveFile(HOST, PATH, file);
    await page.reload();
    await expect.poll(linkedinVersions, { timeout: 20_000 }).toHaveLength(2);
    await expect.poll(() => ext().notifications().length, { timeout: 20_000 }).toBe(1);
    await page.close();
    return ext().notifications()[0]!;
  }

  it('notifies the change with its date, counts down in the popup and sets the reminders, cancelled by objecting', async () => {
    const notification = await noticeThenBanner();
    expect(notification.message).toContain(`From ${announced.british}.`);

    // The popup's list of deadlines: the date read from the policy, its countdown and its sentence.
    const popup = await ext().openPopup();
    await popup.waitForSelector('#content[data-ready="overview"]');
    const item = popup.locator(`.deadlines li[data-source="policy"]:has(time[datetime="${announced.iso}"])`);
    expect(await item.count()).toBe(1);
    expect(await item.locator('.when').getAttribute('data-days-left')).toBe(String(DAYS_AHEAD));
    expect(await item.innerText()).toContain(`in ${DAYS_AHEAD} days`);
    expect(await item.innerText()).toContain('Legitimate Interests as the legal basis for training');
    expect(await item.innerText()).toContain('You have not objected yet.');
    await ext().screenshot(popup, 'announced-1-countdown');

    // A week before and the day before, at nine in the morning.
    await expect
      .poll(async () => (await deadlineAlarms()).map((a) => [a.name.split(':').pop(), a.scheduledTime]))
      .toEqual([
        ['7', reminderAt(announced.day, 7)],
        ['1', reminderAt(announced.day, 1)],
      ]);

    // The user switches LinkedIn's AI setting off through the guide: the objection is recorded, the reminders go.
    await popup.goto(`${ext().origin}/popup.html?route=${ROUTE.id}`);
    await popup.waitForSelector('#content[data-ready="linkedin"]');
    const opened = ext().context.waitForEvent('page');
    await popup.locator(`[data-route="${ROUTE.id}"] button.primary`).click();
    const settings = await opened;
    await expect.poll(() => settings.locator(GUIDE).innerText(), { timeout: 15_000 }).toContain('Switch off');
    await settings.locator('input[role=switch]').click();
    await expect.poll(() => settings.locator(GUIDE).innerText()).toContain('The setting is off');
    await expect.poll(deadlineAlarms, { timeout: 15_000 }).toEqual([]);
    await settings.close();

    // The popup says the objection came before the change took effect.
    await popup.goto(`${ext().origin}/popup.html`);
    await popup.waitForSelector('#content[data-ready="overview"]');
    expect(await item.innerText()).toContain('You objected before the change took effect.');
    await ext().screenshot(popup, 'announced-2-objected-before');
    // And so does the evidence log.
    await popup.goto(`${ext().origin}/evidence.html`);
    await popup.waitForSelector('#app[data-ready="1"]');
    const mark = popup.locator(`.before-change[data-date="${announced.iso}"]`);
    expect(await mark.innerText()).toContain('before the change of');
    await popup.close();
  });
});

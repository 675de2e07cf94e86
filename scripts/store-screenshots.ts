// `npm run store:screenshots`: the stores' 1280×800 screenshots, taken from the built Firefox extension in real
// Firefox (the Firefox e2e harness) on the fixture pages of Facebook: the flagged change on the history page, the
// popup over the policy page, the objection guide on Meta's form, and the privacy policy. Writes store/screenshots/.
// On a shared machine: flock /tmp/pw-e2e.lock npm run store:screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PROJECT_DIR } from '../tests/e2e/harness/build';
import { launchFirefoxExtension } from '../tests/e2e-firefox/harness';

const SIZE = { width: 1280, height: 800 };
const OUT = join(PROJECT_DIR, 'store/screenshots');
const HOST = 'www.facebook.com';
const POLICY_URL = `https://${HOST}/privacy/policy/`;
const FORM_PATH = '/help/contact/712876720715583/';

const ext = await launchFirefoxExtension();
const wait = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
};
const shoot = async (page: Page, name: string) => {
  const path = join(OUT, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
};

try {
  mkdirSync(OUT, { recursive: true });
  // A baseline, then Meta's May 2025 version: one flagged change to show.
  const policy = await ext.openPage(POLICY_URL);
  await policy.setViewport(SIZE);
  const versions = async () =>
    (((await ext.readIndexedDb('policy-watch', 'versions')) ?? []) as { id: string; capturedAt: string }[]).sort(
      (a, b) => a.capturedAt.localeCompare(b.capturedAt),
    );
  await wait('the baseline', async () => (await versions()).length === 1);
  ext.server.setVariant(HOST, '/privacy/policy/', 'v2');
  await policy.reload({ waitUntil: 'load' });
  await wait('the changed version', async () => (await ext.notifications()).length === 1);
  const changed = (await versions()).at(-1)!;

  const history = await ext.openExtensionPage(`options.html#/diff/${changed.id}`);
  await history.setViewport(SIZE);
  await history.waitForSelector('.diff-rows[aria-busy="false"]');
  await history.evaluate(() =>
    document.querySelector('.diff-rows .change.flagged')?.scrollIntoView({ block: 'center' }),
  );
  await shoot(history, '1-history-flagged-change');
  await history.close();

  // The popup as the toolbar shows it, over the policy page (a test cannot open the real popup: composed here).
  const popup = await ext.openPopup(await ext.tabIdOf(policy));
  await popup.setViewport({ width: 400, height: 740 });
  await popup.waitForSelector('#content[data-ready="facebook"]');
  const popupImage = await popup.screenshot({ encoding: 'base64' });
  await popup.close();
  await policy.evaluate(() => window.scrollTo(0, 0));
  const pageImage = await policy.screenshot({ encoding: 'base64' });
  const stage = await ext.browser.newPage();
  await stage.setViewport(SIZE);
  await stage.setContent(`<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
    <img src="data:image/png;base64,${pageImage}" style="position:absolute;inset:0;filter:brightness(0.92)">
    <img src="data:image/png;base64,${popupImage}" style="position:absolute;top:12px;right:24px;border:1px solid #c8ccd4;
      border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)"></body>`);
  await stage.waitForFunction(() => [...document.images].every((image) => image.complete));
  await shoot(stage, '2-popup-on-policy-page');
  await stage.close();

  // The guide on Meta's objection form, at its first step.
  ext.server.setVariant(HOST, FORM_PATH, 'empty');
  const form = await ext.openPage(`https://${HOST}${FORM_PATH}`);
  await form.setViewport(SIZE);
  await form.waitForFunction(
    () => (document.querySelector('policy-watch-guide')?.shadowRoot?.textContent ?? '').includes('Email address'),
    { timeout: 15_000 },
  );
  await form.type('policy-watch-guide >>> #pw-email', 'sam.objector@example.org');
  await shoot(form, '3-objection-guide');
  await form.close();

  const privacy = await ext.openExtensionPage('privacy.html');
  await privacy.setViewport(SIZE);
  await privacy.waitForSelector('#app[data-ready]');
  await shoot(privacy, '4-privacy-policy');
  await privacy.close();
  await ext.expectNoConsoleErrors();
} finally {
  await ext.close();
}

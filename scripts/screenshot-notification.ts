// Takes docs/screenshot-notification.png: a real Chromium notification for the May 2025 change of Facebook's policy,
// on the fixture pages, headed under Xvfb. Run with `npx tsx scripts/screenshot-notification.ts` (needs Xvfb).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../tests/e2e/harness/build';
import { launchExtension } from '../tests/e2e/harness/launch';

const POLICY_URL = 'https://www.facebook.com/privacy/policy/';

const ext = await launchExtension({ headed: true });
try {
  const first = await ext.openPage(POLICY_URL);
  await waitFor(async () => (await versionCount()) >= 1, 'the baseline');
  await first.close();
  ext.server.setVariant('www.facebook.com', '/privacy/policy/', 'v2');
  await ext.openPage(POLICY_URL);
  await waitFor(async () => ext.notifications().length >= 1, 'the change notification');
  const shown = ext.notifications()[0];
  console.log(`notification: ${shown?.title} | ${shown?.message} | buttons: ${JSON.stringify(shown?.buttons)}`);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let the popup slide in
  const file = ext.screenshotDisplay('headed-notification');
  copyFileSync(file, join(PROJECT_DIR, 'docs', 'screenshot-notification.png'));
  console.log('saved docs/screenshot-notification.png');
} finally {
  await ext.close();
}

async function versionCount(): Promise<number> {
  return ((await ext.readIndexedDb('policy-watch', 'versions')) ?? []).length;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// `npm start`: the local demo. Builds the extension, serves the fixture pages (the same server as the e2e tests) under
// the platforms' real host names, and opens Chromium with the extension on the Facebook privacy-policy demo page.
// Runs until Ctrl-C or until the browser window is closed. Nothing reaches the real sites: inside this browser the
// platform hosts resolve to the local server and every other host to nothing.
//
//   npm start                                      needs a display ($DISPLAY)
//   xvfb-run -a npm start                          on a machine without one
//   npm start -- --screenshot=docs/screenshot-demo.png   take a picture of the whole display, then stop
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';

const DEMO_URL = 'https://www.facebook.com/privacy/policy/';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const screenshotArg = process.argv.find((a) => a.startsWith('--screenshot='));

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!process.env.DISPLAY) {
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  console.error('npm start opens a browser window, but there is no display ($DISPLAY is not set).');
  console.error(
    hasXvfb
      ? 'Run it on a virtual display instead: xvfb-run -a npm start'
      : 'Run it on a desktop, or install Xvfb (`sudo apt-get install -y xvfb`) and run: xvfb-run -a npm start',
  );
  process.exit(1);
}

console.log('Building the extension (skipped when the build is current)…');
const { launchExtension } = await tsImport('../tests/e2e/harness/launch.ts', import.meta.url);
const extension = await launchExtension({ headed: true });
const page = await extension.openPage(DEMO_URL);
console.log(`Chromium is open with Policy Watch (${extension.extensionId}) on ${DEMO_URL}`);
console.log(`Fixture server: https://127.0.0.1:${extension.server.port} (pages from tests/fixtures/sites/)`);

let closing = false;
async function stop(code) {
  if (closing) return;
  closing = true;
  await extension.close().catch((error) => console.error(error instanceof Error ? error.message : error));
  process.exit(code);
}

if (screenshotArg) {
  // Give the content script time to recognise the page and the toolbar time to show the badge.
  const tabId = await extension.tabIdOf(page);
  const deadline = Date.now() + 15_000;
  while ((await extension.badgeText(tabId)) === '' && Date.now() < deadline) await page.waitForTimeout(250);
  await page.waitForTimeout(1_000);
  const file = resolve(root, screenshotArg.slice('--screenshot='.length));
  mkdirSync(dirname(file), { recursive: true });
  execFileSync('import', ['-window', 'root', file]);
  console.log(`Screenshot of the display: ${file}`);
  await stop(0);
} else {
  console.log('Press Ctrl-C to stop.');
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  extension.context.on('close', () => void stop(0));
}

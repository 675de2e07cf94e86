// Rasterises assets/icon.svg into public/icon/<size>.png (WXT puts them in the manifest). Chromium draws the SVG at
// each size from the vector, which is crisper at 16 px than scaling one large PNG down. Run after changing the SVG
// and commit the PNGs: `node scripts/make-icons.mjs`.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const outDir = join(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}

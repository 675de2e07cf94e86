// Chromium comes from the system (npm cannot download browsers here). CHROME_PATH wins; then the usual names.
// Shared by the e2e harness, `npm test` and `npm start`.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The browser binary to drive, or null. A CHROME_PATH that does not exist is not silently replaced. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

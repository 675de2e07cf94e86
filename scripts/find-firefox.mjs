// Firefox comes from the system (Debian's firefox-esr). FIREFOX_PATH wins; then the usual names.
// Shared by the Firefox e2e harness and `npm test`.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['firefox-esr', 'firefox'];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found: install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox 140+ binary.';

/** The browser binary to drive, or null. A FIREFOX_PATH that does not exist is not silently replaced. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of CANDIDATES) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

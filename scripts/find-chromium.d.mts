export const INSTALL_HINT: string;
/** The browser binary to drive (CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome on PATH), or null. */
export function findChromium(): string | null;

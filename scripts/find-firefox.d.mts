export const FIREFOX_INSTALL_HINT: string;
/** The Firefox binary to drive (FIREFOX_PATH, firefox-esr or firefox on PATH), or null. */
export function findFirefox(): string | null;

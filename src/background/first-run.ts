import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

// The welcome page opens once, when the extension is installed (not on updates or browser starts). The time it was
// opened is remembered, so a reinstall that keeps storage, or an install event fired twice, does not open it again.

const welcomeOpenedItem = storage.defineItem<string | null>('local:welcome.openedAt', { fallback: null, version: 1 });

export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnce(): Promise<boolean> {
  if (await welcomeOpenedItem.getValue()) return false;
  await welcomeOpenedItem.setValue(new Date().toISOString());
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  return true;
}

/** Registered at every start of the background, synchronously (the install event is what woke it). */
export function listenToInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void openWelcomeOnce().catch((error) => console.warn('[policy-watch] welcome page not opened', error));
  });
}

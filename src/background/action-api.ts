import { browser } from 'wxt/browser';

// The toolbar button's API: `action` in Chrome's MV3 build, `browserAction` in the Firefox build (WXT builds Firefox
// as MV2 and turns the manifest's `action` into `browser_action`); the two have the same badge and title methods.
export function toolbarAction(): typeof browser.action {
  const legacy = (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  return browser.action ?? legacy;
}

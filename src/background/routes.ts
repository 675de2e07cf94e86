import { browser } from 'wxt/browser';

// Where our buttons lead. The options page (history view) answers `#/diff/<versionId>`; the popup page, opened in a
// tab, answers `?route=<routeId>` with the objection walkthrough for that route.

export function diffPageUrl(versionId: string): string {
  return `${browser.runtime.getURL('/options.html')}#/diff/${encodeURIComponent(versionId)}`;
}

export function objectionPageUrl(routeId: string): string {
  return `${browser.runtime.getURL('/popup.html')}?route=${encodeURIComponent(routeId)}`;
}

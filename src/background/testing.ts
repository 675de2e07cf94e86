import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { facebookText } from '../history/testing';
import type { PolicyCapture } from './capture-pipeline';

// Helpers for the background's unit tests (never imported by extension code).

export const POLICY_URL = 'https://www.facebook.com/privacy/policy/';

export function facebookCaptureMessage(file: string, overrides: Partial<PolicyCapture> = {}): PolicyCapture {
  return {
    url: POLICY_URL,
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'en',
    text: facebookText(file),
    extractorVersion: 1,
    ...overrides,
  };
}

export function contentScriptSender(url = POLICY_URL, tabId = 7): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as Browser.tabs.Tab };
}

export function notificationsShown(): Record<
  string,
  { title?: string; message?: string; buttons?: { title: string }[] }
> {
  return (
    fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, never> }
  ).getAllCreateOptions();
}

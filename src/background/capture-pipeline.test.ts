import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAll, listVersions } from '../history/store';
import { platformsOffItem } from '../settings';
import { captureRefusal, handlePolicyCapture } from './capture-pipeline';
import { contentScriptSender, facebookCaptureMessage, notificationsShown, POLICY_URL } from './testing';

const BEFORE_AI = '2025-04-23T12-31-08Z.md';
const AFTER_AI = '2025-05-28T00-30-56Z.md';
const DOC = { platformId: 'facebook', documentId: 'privacy-policy', locale: 'en' };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await deleteAll({ evidence: true });
});

describe('who may record a capture', () => {
  const capture = facebookCaptureMessage(BEFORE_AI);

  it('accepts the platform’s own policy page', () => {
    expect(captureRefusal(capture, POLICY_URL)).toBeNull();
    const german = 'https://de-de.facebook.com/privacy/policy/?locale=de_DE';
    expect(captureRefusal({ ...capture, url: german }, german)).toBeNull();
  });

  it('refuses another site, another platform, another page and a claimed URL elsewhere', () => {
    expect(captureRefusal(capture, 'https://evil.example/privacy/policy/')).toMatch(/not a platform/);
    expect(captureRefusal(capture, undefined)).toMatch(/no URL/);
    expect(captureRefusal({ ...capture, platformId: 'instagram' }, POLICY_URL)).toMatch(/claims instagram/);
    expect(captureRefusal(capture, 'https://www.facebook.com/marketplace/')).toMatch(/not the privacy-policy page/);
    expect(captureRefusal({ ...capture, url: 'https://evil.example/' }, POLICY_URL)).toMatch(/claimed URL/);
  });
});

describe('the capture pipeline', () => {
  it('records a baseline without a notification, then one notification for a material change', async () => {
    expect((await handlePolicyCapture(facebookCaptureMessage(BEFORE_AI), contentScriptSender())).kind).toBe('baseline');
    expect(Object.keys(notificationsShown())).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    const changed = await handlePolicyCapture(facebookCaptureMessage(AFTER_AI), contentScriptSender());
    expect(changed.kind).toBe('changed');
    const shown = Object.values(notificationsShown());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toMatch(/train AI.*legitimate interest/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    // The same text from two more tabs: unchanged, no second notification.
    for (const tabId of [8, 9]) {
      const again = await handlePolicyCapture(facebookCaptureMessage(AFTER_AI), contentScriptSender(POLICY_URL, tabId));
      expect(again.kind).toBe('unchanged');
    }
    expect(Object.keys(notificationsShown())).toHaveLength(1);
  });

  it('refuses a capture sent from a page that is not the claimed policy, and stores nothing', async () => {
    const outcome = await handlePolicyCapture(
      facebookCaptureMessage(BEFORE_AI),
      contentScriptSender('https://www.facebook.com/groups/'),
    );
    expect(outcome.kind).toBe('refused');
    expect(await listVersions(DOC)).toHaveLength(0);
  });

  it('ignores a platform the user switched off', async () => {
    await platformsOffItem.setValue(['facebook']);
    const outcome = await handlePolicyCapture(facebookCaptureMessage(BEFORE_AI), contentScriptSender());
    expect(outcome).toEqual({ kind: 'refused', reason: 'platform not watched' });
    expect(await listVersions(DOC)).toHaveLength(0);
  });
});

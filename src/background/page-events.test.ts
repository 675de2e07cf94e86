import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAll } from '../history/store';
import { handlePolicyCapture } from './capture-pipeline';
import { pageSeenHandler } from './page-events';
import { contentScriptSender, facebookCaptureMessage, POLICY_URL } from './testing';

const seen = (pageType: 'policy' | 'objection-form' | 'other', url: string) => ({
  url,
  platformId: 'facebook',
  pageType,
  documentId: pageType === 'policy' ? 'privacy-policy' : null,
  routeId: pageType === 'objection-form' ? 'meta-ai-facebook' : null,
  locale: 'en',
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await deleteAll({ evidence: true });
});

describe('pageSeen', () => {
  it('marks a policy tab with a check mark, then with the unseen count once a change is recorded', async () => {
    const sender = contentScriptSender(POLICY_URL, 3);
    expect(await pageSeenHandler.handler(seen('policy', POLICY_URL), sender)).toEqual({ recorded: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toMatch(/Facebook privacy policy recognised/);

    await handlePolicyCapture(facebookCaptureMessage('2025-04-23T12-31-08Z.md'), sender);
    await handlePolicyCapture(facebookCaptureMessage('2025-05-28T00-30-56Z.md'), sender);
    await pageSeenHandler.handler(seen('policy', POLICY_URL), sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
  });

  it('marks an objection form', async () => {
    const form = 'https://www.facebook.com/help/contact/712876720715583';
    await pageSeenHandler.handler(seen('objection-form', form), contentScriptSender(form, 4));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✎');
  });

  it('believes the sender’s URL, not the claim', async () => {
    const other = 'https://www.facebook.com/groups/';
    const answer = await pageSeenHandler.handler(seen('policy', POLICY_URL), contentScriptSender(other, 5));
    expect(answer).toEqual({ recorded: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
});

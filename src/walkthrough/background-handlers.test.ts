import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listEvidence } from '../history/evidence';
import { deleteAll } from '../history/store';
import { getTabStateHandler, recordEvidenceHandler } from './background-handlers';

const FORM_URL = 'https://de-de.facebook.com/help/contact/712876720715583';

function senderOn(url: string): Browser.runtime.MessageSender {
  return { id: 'policy-watch', url, tab: { id: 7, url } as Browser.tabs.Tab };
}

const CONFIRMED = {
  platformId: 'facebook',
  routeId: 'meta-ai-facebook',
  method: 'form-confirmed' as const,
  accountEmail: 'me@example.org',
  confirmationText: 'Wir haben deine Anfrage erhalten',
};

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAll({ evidence: true });
});

describe('recordEvidenceHandler', () => {
  it('records the objection with the sender’s page as the form address', async () => {
    const answer = await recordEvidenceHandler.handler(CONFIRMED, senderOn(FORM_URL));
    expect(answer).toMatchObject({ policyVersionId: null });
    const [record] = await listEvidence();
    expect(record).toMatchObject({ ...CONFIRMED, formUrl: FORM_URL, id: (answer as { id: string }).id });
  });

  it('refuses evidence sent from a page that is not that route’s form', async () => {
    await expect(
      recordEvidenceHandler.handler(CONFIRMED, senderOn('https://www.facebook.com/groups/123')),
    ).rejects.toThrow(/must come from that route's page/);
    await expect(
      recordEvidenceHandler.handler({ ...CONFIRMED, routeId: 'meta-ai-third-party' }, senderOn(FORM_URL)),
    ).rejects.toThrow();
    expect(await listEvidence()).toEqual([]);
  });

  it('validates the message shape before any handler runs', () => {
    const bad = recordEvidenceHandler.def.request.safeParse({ ...CONFIRMED, accountEmail: 'not an address' });
    expect(bad.success).toBe(false);
  });
});

describe('getTabStateHandler', () => {
  it('tells what a platform tab shows, and nothing about other tabs', async () => {
    const form = await fakeBrowser.tabs.create({ url: FORM_URL });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    expect(await getTabStateHandler.handler({ tabId: form.id! }, senderOn('chrome-extension://x/popup.html'))).toEqual({
      tabId: form.id,
      url: FORM_URL,
      platformId: 'facebook',
      pageType: 'objection-form',
      routeId: 'meta-ai-facebook',
    });
    expect(await getTabStateHandler.handler({ tabId: other.id! }, senderOn('chrome-extension://x/popup.html'))).toEqual(
      {
        tabId: other.id,
        url: null,
        platformId: null,
        pageType: null,
        routeId: null,
      },
    );
    expect(await getTabStateHandler.handler({ tabId: 999 }, senderOn('chrome-extension://x/popup.html'))).toMatchObject(
      {
        platformId: null,
      },
    );
  });
});

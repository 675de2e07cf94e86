import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAll, listDocuments } from '../history/store';
import { listen } from '../messaging/define';
import { backgroundHandlers } from './start';
import { contentScriptSender, facebookCaptureMessage, POLICY_URL } from './testing';

// The background's message handlers, installed as the worker installs them, against messages that must be refused:
// every refusal is answered with a reason, logged with console.warn (never console.error), and changes nothing.

const OWN_PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const OTHER_EXTENSION = { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' };

let stopListening: () => void = () => undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  vi.spyOn(console, 'error');
  await deleteAll({ evidence: true });
  stopListening = listen(backgroundHandlers);
});

afterEach(() => {
  stopListening();
  expect(console.error).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

async function deliver(message: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return results.find((r) => r !== undefined);
}

const capture = (overrides = {}) => ({
  type: 'policy-captured',
  data: facebookCaptureMessage('2025-04-23T12-31-08Z.md', overrides),
});

describe('background message refusals', () => {
  it('stores nothing from a page on another host that imitates the policy page, whatever the message claims', async () => {
    const imitation = 'https://www.facebook.com.policy-mirror.example/privacy/policy/';
    const answer = await deliver(capture(), contentScriptSender(imitation));
    expect(answer).toEqual({
      ok: true,
      value: { outcome: 'refused', reason: expect.stringMatching(/not a platform of the registry/) },
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/capture refused: .*not a platform/));
    const seen = {
      url: imitation,
      platformId: 'facebook',
      pageType: 'policy',
      documentId: 'privacy-policy',
      routeId: null,
      locale: 'en',
    };
    expect(await deliver({ type: 'page-seen', data: seen }, contentScriptSender(imitation, 9))).toEqual({
      ok: true,
      value: { recorded: false },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(await listDocuments()).toEqual([]);
  });

  it('refuses a capture from another page of the platform, or claiming another platform', async () => {
    const groups = 'https://www.facebook.com/groups/';
    expect(await deliver(capture(), contentScriptSender(groups))).toMatchObject({ value: { outcome: 'refused' } });
    const asInstagram = capture({ platformId: 'instagram' });
    expect(await deliver(asInstagram, contentScriptSender(POLICY_URL))).toMatchObject({
      value: { outcome: 'refused' },
    });
    expect(await listDocuments()).toEqual([]);
  });

  it('refuses page messages from our own pages and from other extensions', async () => {
    for (const sender of [OWN_PAGE(), OTHER_EXTENSION]) {
      expect(await deliver(capture(), sender)).toEqual({ ok: false, error: 'sender not allowed' });
    }
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/refused message: policy-captured from an unexpected sender/),
      expect.anything(),
    );
    expect(await listDocuments()).toEqual([]);
  });

  it('refuses our pages’ messages from a content script (a compromised page cannot run checks or recount)', async () => {
    for (const type of ['history-changed', 'run-checks-now', 'get-tab-state']) {
      const data = type === 'get-tab-state' ? { tabId: 1 } : {};
      expect(await deliver({ type, data }, contentScriptSender())).toEqual({ ok: false, error: 'sender not allowed' });
    }
    const evidence = {
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      method: 'form-confirmed',
      accountEmail: null,
      confirmationText: 'Thanks',
    };
    expect(await deliver({ type: 'record-evidence', data: evidence }, OWN_PAGE())).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
  });

  it('refuses messages of the wrong shape with the reason: 10 MB of text, markup in ids, a javascript: URL', async () => {
    const wrong = [
      capture({ text: 'We collect information. '.repeat(440_000) }), // 10.5 MB
      capture({ platformId: '<img src=x onerror=alert(1)>' }),
      capture({ url: 'javascript:alert(1)' }),
      capture({ extractorVersion: -1 }),
      { type: 'policy-captured', data: null },
      { type: 'page-seen', data: { url: POLICY_URL, pageType: 'policy' } },
    ];
    for (const message of wrong) {
      expect(await deliver(message, contentScriptSender())).toEqual({
        ok: false,
        error: expect.stringMatching(/^invalid request: /),
      });
    }
    expect(vi.mocked(console.warn).mock.calls.filter(([line]) => /invalid request/.test(String(line)))).toHaveLength(
      wrong.length,
    );
    expect(await listDocuments()).toEqual([]);
  });

  it('ignores what is not a message at all, saying so in the log', async () => {
    for (const junk of ['<script>alert(1)</script>', 42, null, { type: '' }, { type: 'x'.repeat(65), data: {} }]) {
      expect(await deliver(junk, contentScriptSender())).toBeUndefined();
    }
    expect(console.warn).toHaveBeenCalledWith('[policy-watch] refused message: not a Policy Watch message', 42);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_DELAYS_MS, runtimeMessenger } from './send';

// The content script's sends survive the service worker going away in the middle of a message (MV3 stops it at will):
// a failed send or a missing answer is sent again; a refusal is not.

const seen = {
  url: 'https://www.facebook.com/privacy/policy/',
  platformId: 'facebook',
  pageType: 'policy' as const,
  documentId: 'privacy-policy',
  routeId: null,
  locale: 'en',
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('sending to a worker that went away', () => {
  it('sends again after "message port closed" and after no answer, and returns the answer', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, value: { recorded: true } } as never);
    const answer = runtimeMessenger.pageSeen(seen);
    await vi.runAllTimersAsync();
    await expect(answer).resolves.toEqual({ recorded: true });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last retry with the error', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const answer = runtimeMessenger.pageSeen(seen);
    const settled = expect(answer).rejects.toThrow(/Receiving end does not exist/);
    await vi.runAllTimersAsync();
    await settled;
    expect(sendMessage).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it('does not send a refused message again', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: false, error: 'sender not allowed' } as never);
    await expect(runtimeMessenger.pageSeen(seen)).rejects.toThrow('page-seen: sender not allowed');
    expect(sendMessage).toHaveBeenCalledOnce();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineMessage, handle, listen, senderAllowed } from './define';

const OWN_ID = 'test-extension-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const contentSender = { id: OWN_ID, url: 'https://www.facebook.com/privacy/policy/', tab: { id: 7 } };
const popupSender = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };

const echo = defineMessage(
  'echo',
  z.object({ n: z.number().int() }),
  z.object({ twice: z.number() }),
  'content-script',
);

describe('senderAllowed', () => {
  it('accepts a content script only from a tab of a web page', () => {
    expect(senderAllowed('content-script', contentSender as never, OWN_ID, OWN_ORIGIN)).toBe(true);
    expect(senderAllowed('content-script', popupSender as never, OWN_ID, OWN_ORIGIN)).toBe(false);
  });

  it('accepts extension-page messages only from our own origin', () => {
    expect(senderAllowed('extension-page', popupSender as never, OWN_ID, OWN_ORIGIN)).toBe(true);
    expect(senderAllowed('extension-page', contentSender as never, OWN_ID, OWN_ORIGIN)).toBe(false);
    const spoofed = { id: OWN_ID, url: 'https://evil.example/chrome-extension://test-extension-id/' };
    expect(senderAllowed('extension-page', spoofed as never, OWN_ID, OWN_ORIGIN)).toBe(false);
  });

  it('refuses every other extension, whatever it claims', () => {
    const other = { ...popupSender, id: 'another-extension' };
    for (const from of ['content-script', 'extension-page', 'any-extension-context'] as const) {
      expect(senderAllowed(from, other as never, OWN_ID, OWN_ORIGIN)).toBe(false);
    }
  });
});

describe('listen', () => {
  beforeEach(() => fakeBrowser.reset());

  async function deliver(message: unknown, sender: object): Promise<unknown> {
    const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
    return results.find((r) => r !== undefined);
  }

  it('answers a valid message from an allowed sender', async () => {
    listen([handle(echo, ({ n }) => ({ twice: n * 2 }))], vi.fn());
    await expect(deliver({ type: 'echo', data: { n: 21 } }, contentSender)).resolves.toEqual({
      ok: true,
      value: { twice: 42 },
    });
  });

  it('refuses a message of the wrong shape with a reason, and logs it', async () => {
    const log = vi.fn();
    const handler = vi.fn();
    listen([handle(echo, handler)], log);
    const answer = await deliver({ type: 'echo', data: { n: 'lots' } }, contentSender);
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('invalid request: n') });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses an allowed shape from the wrong sender', async () => {
    const handler = vi.fn();
    listen([handle(echo, handler)], vi.fn());
    const answer = await deliver({ type: 'echo', data: { n: 1 } }, popupSender);
    expect(answer).toEqual({ ok: false, error: 'sender not allowed' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a failing handler with its error instead of swallowing it', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    listen(
      [
        handle(echo, () => {
          throw new Error('disk full');
        }),
      ],
      vi.fn(),
    );
    await expect(deliver({ type: 'echo', data: { n: 1 } }, contentSender)).resolves.toEqual({
      ok: false,
      error: 'disk full',
    });
    consoleError.mockRestore();
  });

  it('leaves unknown types to other listeners and logs non-envelopes', async () => {
    const log = vi.fn();
    listen([handle(echo, () => ({ twice: 0 }))], log);
    await expect(deliver({ type: 'something-else', data: {} }, contentSender)).resolves.toBeUndefined();
    expect(log).not.toHaveBeenCalled();
    await expect(deliver('<script>', contentSender)).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('not a Policy Watch message', '<script>');
  });
});

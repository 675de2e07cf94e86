import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPageUrl } from '../../tests/fixtures/load-fixture';
import { PAGE_SEEN_TYPE } from './send';
import { startPageWatch } from './start';

// The content script's entry, on the browser's own runtime (no polyfill, no WXT context): it reports the page, and
// once the extension is gone under it (updated, reloaded, removed) it stops, sending nothing more.

const POLICY = 'https://www.facebook.com/privacy/policy/';
const SETTINGS = 'https://www.facebook.com/settings/';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function sentTypes(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map(([message]) => (message as { type: string }).type);
}

describe('startPageWatch', () => {
  it('reports the page it starts on, and the next page after a navigation', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} } as never);
    setPageUrl(SETTINGS);
    startPageWatch();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentTypes(send)).toEqual([PAGE_SEEN_TYPE]);
    setPageUrl(POLICY);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sentTypes(send)).toEqual([PAGE_SEEN_TYPE, PAGE_SEEN_TYPE]);
    expect((send.mock.calls[1]![0] as unknown as { data: { url: string } }).data.url).toBe(POLICY);
  });

  it('sends nothing once the extension is gone, and stops following the navigation', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} } as never);
    setPageUrl(SETTINGS);
    const id = fakeBrowser.runtime.id;
    fakeBrowser.runtime.id = undefined as unknown as string; // what a browser leaves an orphaned content script
    try {
      startPageWatch();
      fakeBrowser.runtime.id = id; // even if a runtime came back, this script has ended
      setPageUrl(POLICY);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(send).not.toHaveBeenCalled();
    } finally {
      fakeBrowser.runtime.id = id;
    }
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPageUrl } from '../../tests/fixtures/load-fixture';
import { type NavigationContext, watchNavigation } from './navigation';

/**
 * Stands in for WXT's ContentScriptContext: records the 'wxt:locationchange' handler so the test can fire it, as
 * WXT does on the Navigation API's 'navigate' event, i.e. before the new URL is committed.
 */
function fakeContext() {
  const controller = new AbortController();
  let fire: () => void = () => {};
  const ctx: NavigationContext = {
    signal: controller.signal,
    addEventListener: (_target, _type, handler) => {
      fire = handler;
    },
  };
  return { ctx, invalidate: () => controller.abort(), locationChange: () => fire() };
}

describe('watchNavigation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setPageUrl('https://www.facebook.com/');
  });
  afterEach(() => vi.useRealTimers());

  it("reports WXT's location changes (pushState by the page) and popstate, once per URL, under the committed URL", () => {
    const { ctx, locationChange } = fakeContext();
    const seen: string[] = [];
    watchNavigation(ctx, window, (url) => seen.push(url));
    locationChange(); // 'navigate' fires inside pushState, before the URL changes
    history.pushState({}, '', '/privacy/policy/');
    vi.advanceTimersByTime(0);
    locationChange(); // WXT and the Navigation API may both report it
    vi.advanceTimersByTime(0);
    setPageUrl('https://www.facebook.com/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['https://www.facebook.com/privacy/policy/', 'https://www.facebook.com/']);
  });

  it('ignores a change of fragment only', () => {
    const { ctx, locationChange } = fakeContext();
    const seen: string[] = [];
    watchNavigation(ctx, window, (url) => seen.push(url));
    setPageUrl('https://www.facebook.com/#section-2');
    locationChange();
    vi.advanceTimersByTime(0);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([]);
  });

  it('stops when the content script is invalidated or the watch is stopped', () => {
    const first = fakeContext();
    const seen: string[] = [];
    watchNavigation(first.ctx, window, (url) => seen.push(url));
    first.invalidate();
    setPageUrl('https://www.facebook.com/settings/');
    first.locationChange();
    window.dispatchEvent(new PopStateEvent('popstate'));
    const second = fakeContext();
    const stop = watchNavigation(second.ctx, window, (url) => seen.push(url));
    stop();
    setPageUrl('https://www.facebook.com/groups/');
    second.locationChange();
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([]);
  });
});

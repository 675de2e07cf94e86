import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPageUrl, stubNavigationApi } from '../../tests/fixtures/load-fixture';
import { LOCATION_POLL_MS, watchNavigation } from './navigation';

describe('watchNavigation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setPageUrl('https://www.facebook.com/');
  });
  let api: ReturnType<typeof stubNavigationApi> | null = null;
  const withNavigationApi = () => {
    api = stubNavigationApi();
    return api;
  };
  afterEach(() => {
    vi.useRealTimers();
    api?.remove();
    api = null;
  });

  it("reports the page's pushState ('navigate') and popstate, once per URL, under the committed URL", () => {
    const api = withNavigationApi();
    const seen: string[] = [];
    watchNavigation(window, new AbortController().signal, (url) => seen.push(url));
    api.navigate(); // 'navigate' fires inside pushState, before the URL changes
    history.pushState({}, '', '/privacy/policy/');
    vi.advanceTimersByTime(0);
    api.navigateSuccess(); // the same navigation, reported again once committed
    vi.advanceTimersByTime(0);
    setPageUrl('https://www.facebook.com/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['https://www.facebook.com/privacy/policy/', 'https://www.facebook.com/']);
  });

  it('polls location where the Navigation API is missing, and not where it is there', () => {
    const seen: string[] = [];
    watchNavigation(window, new AbortController().signal, (url) => seen.push(url));
    history.pushState({}, '', '/privacy/policy/');
    vi.advanceTimersByTime(LOCATION_POLL_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://www.facebook.com/privacy/policy/']);

    withNavigationApi();
    const withApi: string[] = [];
    watchNavigation(window, new AbortController().signal, (url) => withApi.push(url));
    history.pushState({}, '', '/settings/');
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(withApi).toEqual([]); // only the Navigation API's events prompt a look there
  });

  it('ignores a change of fragment only', () => {
    const api = withNavigationApi();
    const seen: string[] = [];
    watchNavigation(window, new AbortController().signal, (url) => seen.push(url));
    setPageUrl('https://www.facebook.com/#section-2');
    api.navigate();
    vi.advanceTimersByTime(0);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([]);
  });

  it('stops when its signal is aborted or the watch is stopped, the poll too', () => {
    const seen: string[] = [];
    const script = new AbortController();
    watchNavigation(window, script.signal, (url) => seen.push(url));
    script.abort();
    const stop = watchNavigation(window, new AbortController().signal, (url) => seen.push(url));
    stop();
    setPageUrl('https://www.facebook.com/groups/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(LOCATION_POLL_MS * 2);
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

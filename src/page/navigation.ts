// Single-page navigation: Meta's pages move between routes with history.pushState/replaceState and popstate, and a
// content script lives in an isolated world where the page's pushState calls are invisible. The signals: the
// Navigation API's 'navigate' (fired inside pushState, before the new URL is committed, so looked at once the page's
// call has returned) and 'navigatesuccess' (after the commit), popstate (back/forward); where the Navigation API is
// missing, a poll of location every LOCATION_POLL_MS instead of 'navigate'. Each signal only prompts a look at
// location.href: the background checks a message against the tab's URL, so a page must be reported under the URL the
// tab really shows.

/** How often location is looked at where the Navigation API is missing. */
export const LOCATION_POLL_MS = 1_000;

/**
 * Call `onChange(url)` once per change of page URL (the fragment is ignored: it does not change the page), until
 * `signal` is aborted or the returned function is called.
 */
export function watchNavigation(win: Window, signal: AbortSignal, onChange: (url: string) => void): () => void {
  const stop = new AbortController();
  const until = AbortSignal.any([stop.signal, signal]);
  let last = withoutHash(win.location.href);
  const check = () => {
    if (until.aborted) return;
    const url = win.location.href;
    const next = withoutHash(url);
    if (next === last) return;
    last = next;
    onChange(url);
  };
  const options = { signal: until };
  win.addEventListener('popstate', check, options);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', () => setTimeout(check, 0), options);
    navigation.addEventListener('navigatesuccess', check, options);
  } else {
    const poll = setInterval(check, LOCATION_POLL_MS);
    until.addEventListener('abort', () => clearInterval(poll), { once: true });
  }
  return () => stop.abort();
}

export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

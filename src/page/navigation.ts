// Single-page navigation: Meta's pages move between routes with history.pushState/replaceState and popstate, and a
// content script lives in an isolated world where the page's pushState calls are invisible. Three signals cover it:
// WXT's 'wxt:locationchange' (Navigation API 'navigate' where available, else a 1 s poll of location), the
// Navigation API's 'navigatesuccess' (after the new URL is committed), and popstate (back/forward).
// Each signal only prompts a look at location.href: WXT reports on 'navigate', before the URL is committed, and the
// background checks a message against the tab's URL, so a page must be reported under the URL the tab really shows.

/** The part of WXT's ContentScriptContext this module uses (a fake in unit tests). */
export interface NavigationContext {
  readonly signal: AbortSignal;
  addEventListener(target: EventTarget, type: 'wxt:locationchange', handler: () => void): void;
}

/**
 * Call `onChange(url)` once per change of page URL (the fragment is ignored: it does not change the page).
 * Returns a function that stops watching; the context's signal stops it too.
 */
export function watchNavigation(ctx: NavigationContext, win: Window, onChange: (url: string) => void): () => void {
  const stop = new AbortController();
  let last = withoutHash(win.location.href);
  const check = () => {
    if (stop.signal.aborted || ctx.signal.aborted) return;
    const url = win.location.href;
    const next = withoutHash(url);
    if (next === last) return;
    last = next;
    onChange(url);
  };
  // pushState commits its URL right after the 'navigate' event WXT listens to: look once the page's call returned.
  ctx.addEventListener(win, 'wxt:locationchange', () => setTimeout(check, 0));
  const options = { signal: AbortSignal.any([stop.signal, ctx.signal]) };
  win.addEventListener('popstate', check, options);
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', check, options);
  return () => stop.abort();
}

export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

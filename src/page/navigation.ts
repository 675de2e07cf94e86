// Single-page navigation: Meta's pages move between routes with history.pushState/replaceState and popstate, and a
// content script lives in an isolated world where the page's pushState calls are invisible. Three signals cover it:
// WXT's 'wxt:locationchange' (Navigation API 'navigate' where available, else a 1 s poll of location), the
// Navigation API's 'navigatesuccess' (after the new URL is committed), and popstate (back/forward).

/** The part of WXT's ContentScriptContext this module uses (a fake in unit tests). */
export interface NavigationContext {
  readonly signal: AbortSignal;
  addEventListener(target: EventTarget, type: 'wxt:locationchange', handler: (event: Event & { newUrl: URL }) => void): void;
}

interface NavigationTarget extends EventTarget {
  currentEntry?: { url: string | null } | null;
}

/**
 * Call `onChange(url)` once per change of page URL (the fragment is ignored: it does not change the page).
 * Returns a function that stops watching; the context's signal stops it too.
 */
export function watchNavigation(ctx: NavigationContext, win: Window, onChange: (url: string) => void): () => void {
  const stop = new AbortController();
  let last = withoutHash(win.location.href);
  const report = (url: string) => {
    if (stop.signal.aborted || ctx.signal.aborted) return;
    const next = withoutHash(url);
    if (next === last) return;
    last = next;
    onChange(url);
  };
  ctx.addEventListener(win, 'wxt:locationchange', (event) => report(event.newUrl.href));
  const options = { signal: AbortSignal.any([stop.signal, ctx.signal]) };
  win.addEventListener('popstate', () => report(win.location.href), options);
  const navigation = (win as Window & { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener(
    'navigatesuccess',
    () => report(navigation.currentEntry?.url ?? win.location.href),
    options,
  );
  return () => stop.abort();
}

export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

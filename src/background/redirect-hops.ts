import { browser } from 'wxt/browser';
import { hostPermissions } from '../platforms/match-patterns';

// Every hop of a background check's redirects, not only where it ends. A fetch with `redirect: 'follow'` shows
// only its final URL, and `redirect: 'manual'` gives an opaque redirect without its Location in an extension's
// service worker, offscreen document or event page alike (the Fetch standard's opaque-redirect response), so the
// hops cannot be followed by hand. The browser's webRequest.onBeforeRedirect (non-blocking: Chrome's Manifest V3
// and Firefox's Manifest V2 both have it; the extension sees its own requests, tabId -1) tells each hop before the
// next request is made; a hop off the document's hosts aborts the fetch and the check is refused, even if the
// chain comes back to the platform. A blocking listener would stop the off-platform request itself, but Manifest
// V3 has none for a store extension; declarativeNetRequest could block it, but would have to know every host a
// check may not reach: the abort is what both browsers offer alike. The events arrive on their own channel,
// before the final response in practice; fetch-policy.ts waits briefly for them when the response was redirected.

export interface RedirectDetails {
  url: string;
  redirectUrl: string;
  tabId: number;
}

/** The part of webRequest.onBeforeRedirect used here (injected in tests). */
export interface RedirectEvents {
  addListener(listener: (details: RedirectDetails) => void, filter: { urls: string[] }): void;
  removeListener(listener: (details: RedirectDetails) => void): void;
}

interface Watch {
  /** The request's URL and every URL it was redirected to so far. */
  urls: Set<string>;
  hops: string[];
  onHop: (to: string) => void;
}

export class RedirectWatcher {
  private readonly watches = new Set<Watch>();
  private readonly listener = (details: RedirectDetails) => this.seen(details);

  constructor(private events: RedirectEvents | undefined) {}

  /** Whether hops can be observed at all in this browser. */
  get available(): boolean {
    return this.events !== undefined;
  }

  /** Follow the hops of a request to `url`; `onHop` is called with each hop's target. Returns the hops and a stop. */
  watch(url: string, onHop: (to: string) => void): { hops: readonly string[]; stop: () => void } {
    const watch: Watch = { urls: new Set([url]), hops: [], onHop };
    if (this.watches.size === 0) this.listen();
    this.watches.add(watch);
    const stop = () => {
      if (!this.watches.delete(watch)) return;
      if (this.watches.size === 0) this.events?.removeListener(this.listener);
    };
    return { hops: watch.hops, stop };
  }

  private listen(): void {
    try {
      this.events?.addListener(this.listener, { urls: hostPermissions() });
    } catch (error) {
      // No webRequest here (the permission withheld, a test double): the final URL is still checked.
      console.warn(`[policy-watch] background check: redirect hops cannot be observed: ${String(error)}`);
      this.events = undefined;
    }
  }

  private seen(details: RedirectDetails): void {
    // Only the extension's own requests (no tab): a page the user opens is none of the check's business.
    if (details.tabId !== -1) return;
    for (const watch of this.watches) {
      if (!watch.urls.has(details.url)) continue;
      watch.urls.add(details.redirectUrl);
      watch.hops.push(details.redirectUrl);
      watch.onHop(details.redirectUrl);
    }
  }
}

function browserRedirectEvents(): RedirectEvents | undefined {
  try {
    return (browser as unknown as { webRequest?: { onBeforeRedirect?: RedirectEvents } }).webRequest?.onBeforeRedirect;
  } catch {
    return undefined;
  }
}

let shared: RedirectWatcher | null = null;

/** The context's watcher over the browser's own events (created on first use). */
export function redirectWatcher(): RedirectWatcher {
  shared ??= new RedirectWatcher(browserRedirectEvents());
  return shared;
}

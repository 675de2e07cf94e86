import { browser } from 'wxt/browser';
import type { Language } from '../analysis/types';
import { isOwnLink } from '../platforms/own-links';
import { PLATFORMS } from '../platforms/registry';
import type { ObjectionRoute } from '../platforms/schema';
import { routeUrlFor, routeUrlPatterns } from './route-url';

/**
 * "Object now": show the route's page in a tab. A tab already showing it (in any of its language variants) is
 * focused rather than opening a second copy; otherwise a new tab opens at the policy's link to it, or at the user's
 * language variant.
 */
export async function openRouteTab(
  route: ObjectionRoute,
  lang: Language,
  /** The policy's own link to the route, when it links one: the platform's current entry point. */
  url?: string,
): Promise<{ tabId: number; reused: boolean }> {
  const patterns = routeUrlPatterns(route);
  const [existing] = patterns.length > 0 ? await browser.tabs.query({ url: patterns }) : [];
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return { tabId: existing.id, reused: true };
  }
  const created = await browser.tabs.create({ url: ownRouteUrl(route, url) ?? routeUrlFor(route, lang), active: true });
  if (created.id === undefined) throw new Error('the browser gave the new tab no id');
  return { tabId: created.id, reused: false };
}

/**
 * The policy's link, checked again where it is opened (it may come from an imported backup): only an https page on
 * the route's platform's own hosts (src/platforms/own-links.ts); anything else is dropped for the registry's URL.
 */
export function ownRouteUrl(route: ObjectionRoute, url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const platform = PLATFORMS.find((p) => p.objectionRoutes.some((r) => r.id === route.id));
  return platform && isOwnLink(url, platform) ? url : undefined;
}

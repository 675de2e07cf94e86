import type { Language } from '../analysis/types';
import type { ObjectionRoute } from '../platforms/schema';

// Where "Object now" goes: the route's page in the user's language when the platform has a variant for it
// (de-de.facebook.com/...), else the route's main URL.
export function routeUrlFor(route: ObjectionRoute, lang: Language): string {
  return route.localizedUrls?.[lang] ?? route.url;
}

/** Every URL the route's page may be open under, as tab-query patterns (ignoring query and fragment). */
export function routeUrlPatterns(route: ObjectionRoute): string[] {
  const urls = [route.url, ...Object.values(route.localizedUrls ?? {})];
  const patterns = new Set<string>();
  for (const url of urls) {
    if (!/^https:\/\//.test(url)) continue;
    const parsed = new URL(url);
    patterns.add(`${parsed.origin}${parsed.pathname.replace(/\/$/, '')}*`);
  }
  return [...patterns];
}

import type { ObjectionLink, PolicyVersion } from '../history/types';
import type { ObjectionRoute, Platform } from '../platforms/schema';
import { hostMatches, parseWebUrl, pathMatches } from '../platforms/url-patterns';

// Which way to object the popup and the notification offer, from the policy the user last saw. The policy's own
// objection links come first: they are what the platform says today. The registry's routes are the fallback, and a
// registry route that the policy once linked (source "policy-link") but the current policy no longer links is
// "possibly outdated": shown with that warning, never opened by "Object" on its own. Pure, tested without a browser.

/**
 * - linked: the current policy links this registry route;
 * - outdated: the registry knows it from a policy link, the current policy (links known) no longer links it;
 * - unchecked: no captured policy says anything about it (never captured, links not recorded, or a route the
 *   policy never linked, such as a settings page known from the platform's help).
 */
export type RouteStanding = 'linked' | 'outdated' | 'unchecked';

export interface StandingRoute {
  route: ObjectionRoute;
  standing: RouteStanding;
  /** The policy's link to it, when linked: its exact target is what "Object" opens. */
  link: ObjectionLink | null;
}

export interface PolicyRoutes {
  /** When the links were read (the version's lastSeenAt); null when no captured version carries links. */
  linksSeenAt: string | null;
  /** The policy's objection links no registry route of this platform describes, in the policy's order. */
  unknownLinks: ObjectionLink[];
  /** The platform's registry routes: linked first (in the policy's order), then unchecked, then outdated. */
  routes: StandingRoute[];
}

/** The newest version that carries objection links (a background check or an import reads none). */
export function versionWithLinks(versions: readonly PolicyVersion[]): PolicyVersion | null {
  let best: PolicyVersion | null = null;
  for (const v of versions) {
    if (v.objectionLinks && (!best || v.lastSeenAt > best.lastSeenAt)) best = v;
  }
  return best;
}

/** Does this URL show that route? Its paths on its hosts, else its URLs (any language variant) by host and path. */
export function routeShowsUrl(route: ObjectionRoute, platform: Pick<Platform, 'hosts'>, url: string): boolean {
  const web = parseWebUrl(url);
  if (!web) return false;
  const hosts = route.hosts ?? platform.hosts;
  if (route.paths.length > 0 && hosts.some((h) => hostMatches(h, web.host))) {
    return route.paths.some((p) => pathMatches(p, web.path) !== null);
  }
  const same = (u: string) => {
    const other = parseWebUrl(u);
    return other !== null && other.host === web.host && trim(other.path) === trim(web.path);
  };
  return [route.url, ...Object.values(route.localizedUrls ?? {})].some(same);
}

function trim(path: string): string {
  return path.replace(/\/+$/, '').toLowerCase();
}

const ORDER: Record<RouteStanding, number> = { linked: 0, unchecked: 1, outdated: 2 };

export function policyRoutes(platform: Platform, withLinks: PolicyVersion | null): PolicyRoutes {
  const links = withLinks?.objectionLinks ?? null;
  const routes = platform.objectionRoutes.map((route, index): StandingRoute & { at: number } => {
    const linkIndex = links?.findIndex((l) => routeShowsUrl(route, platform, l.href)) ?? -1;
    if (links && linkIndex >= 0) return { route, standing: 'linked', link: links[linkIndex]!, at: linkIndex };
    const outdated = links !== null && links.length > 0 && route.source.kind === 'policy-link';
    return { route, standing: outdated ? 'outdated' : 'unchecked', link: null, at: 1000 + index };
  });
  routes.sort((a, b) => ORDER[a.standing] - ORDER[b.standing] || a.at - b.at);
  const unknownLinks = (links ?? []).filter(
    (l) => !platform.objectionRoutes.some((route) => routeShowsUrl(route, platform, l.href)),
  );
  return {
    linksSeenAt: withLinks?.lastSeenAt ?? null,
    unknownLinks,
    routes: routes.map(({ at: _at, ...r }) => r),
  };
}

/** A route to open: a registry route (url null: its own URL in the user's language), or a bare policy link. */
export type PreferredRoute = { route: ObjectionRoute; url: string | null } | { route: null; url: string };

/**
 * Where "Object" goes without asking: the first registry route the policy links (at the policy's own target), else,
 * the first link of the policy we have no route for, and when the policy links nothing, the first route nobody
 * contradicts. Never an outdated route; null when there
 * is nothing safe to open (the caller shows the list instead).
 */
export function preferredRoute(routes: PolicyRoutes): PreferredRoute | null {
  const linked = routes.routes.find((r) => r.standing === 'linked' && r.route.kind !== 'email');
  if (linked) return { route: linked.route, url: linked.link?.href ?? null };
  // A link we have no route for is still where the platform says to object: open it, without a guide.
  const unknown = routes.unknownLinks[0];
  if (unknown) return { route: null, url: unknown.href };
  const unchecked = routes.routes.find((r) => r.standing === 'unchecked' && r.route.kind !== 'email');
  return unchecked ? { route: unchecked.route, url: null } : null;
}

/**
 * The one registry route to name for a platform (the overview's "objection route"): the one the latest captured
 * policy links, else the first the policy does not contradict; null when every route is possibly outdated.
 */
export function routeToOffer(platform: Platform, latest: PolicyVersion | null): ObjectionRoute | null {
  const routes = policyRoutes(platform, latest ? versionWithLinks([latest]) : null);
  const preferred = preferredRoute(routes);
  if (preferred?.route) return preferred.route;
  return routes.routes.find((r) => r.standing !== 'outdated')?.route ?? null;
}

import compactRoutes from './compact-routes.json';
import type { ObjectionRoute, Platform } from './schema';
import { hostMatches, parseWebUrl, pathMatches } from './url-patterns';

// The objection routes as the in-page guide needs them: the form and setting routes (fields, labels, explanations,
// markers, steps, URLs, paths), without the maintainers' notes, the email routes, the documents, and without zod (the
// guide is a content script; see DEVELOPERS.md). compact-routes.json is generated from the validated registry together
// with compact-data.json by `npx tsx src/platforms/write-compact-data.ts`; the unit tests and the build
// (match-patterns.ts) refuse a stale copy.

export type GuideRoute = Pick<
  ObjectionRoute,
  | 'id'
  | 'kind'
  | 'title'
  | 'url'
  | 'localizedUrls'
  | 'paths'
  | 'hosts'
  | 'siteName'
  | 'fields'
  | 'submitLabels'
  | 'confirmationMarkers'
  | 'loginMarkers'
  | 'setting'
  | 'steps'
  | 'branches'
  | 'verification'
>;
export interface GuidePlatform extends Pick<Platform, 'id' | 'name' | 'hosts'> {
  objectionRoutes: GuideRoute[];
}

export const GUIDE_PLATFORMS: readonly GuidePlatform[] = compactRoutes as GuidePlatform[];

/** Routes the in-page guide runs on: forms and settings (an email route has no page to guide through). */
export function isGuideRoute(route: Pick<ObjectionRoute, 'kind'>): boolean {
  return route.kind !== 'email';
}

/** Project validated platforms onto what the guide needs. Keys in a fixed order so that copies compare as text. */
export function toCompactRoutes(platforms: readonly Platform[]): GuidePlatform[] {
  return platforms
    .map((p) => ({
      id: p.id,
      name: p.name,
      hosts: p.hosts,
      objectionRoutes: p.objectionRoutes.filter(isGuideRoute).map(
        (r): GuideRoute => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          url: r.url,
          ...(r.localizedUrls ? { localizedUrls: r.localizedUrls } : {}),
          paths: r.paths,
          ...(r.hosts ? { hosts: r.hosts } : {}),
          ...(r.siteName ? { siteName: r.siteName } : {}),
          fields: r.fields,
          ...(r.submitLabels ? { submitLabels: r.submitLabels } : {}),
          ...(r.confirmationMarkers ? { confirmationMarkers: r.confirmationMarkers } : {}),
          ...(r.loginMarkers ? { loginMarkers: r.loginMarkers } : {}),
          ...(r.setting ? { setting: r.setting } : {}),
          steps: r.steps,
          branches: r.branches,
          ...(r.verification ? { verification: r.verification } : {}),
        }),
      ),
    }))
    .filter((p) => p.objectionRoutes.length > 0);
}

/**
 * The guide route a URL shows, with its platform; null when none. The same order as classifyUrl (routes on hosts of
 * their own first, then the platform owning the host), without reading the documents: compact-routes.test.ts checks
 * that both agree on every guide URL.
 */
export function guideRouteFor(
  url: string,
  platforms: readonly GuidePlatform[] = GUIDE_PLATFORMS,
): { platform: GuidePlatform; route: GuideRoute } | null {
  const web = parseWebUrl(url);
  if (!web) return null;
  const { host, path } = web;
  const onPath = (r: GuideRoute) => r.paths.some((pattern) => pathMatches(pattern, path));
  for (const platform of platforms) {
    const route = platform.objectionRoutes.find((r) => r.hosts?.some((h) => hostMatches(h, host)) && onPath(r));
    if (route) return { platform, route };
  }
  const platform = platforms.find((p) => p.hosts.some((h) => hostMatches(h, host)));
  const route = platform?.objectionRoutes.find((r) => !r.hosts && onPath(r));
  return platform && route ? { platform, route } : null;
}

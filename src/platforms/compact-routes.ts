import type { GuidePlatform, GuideRoute } from './compact-projection';
import { COMPACT_ROUTES } from './compact-routes-data';
import { hostMatches, parseWebUrl, pathMatches } from './url-patterns';

export type { GuidePlatform, GuideRoute } from './compact-projection';
export { isGuideRoute, toCompactRoutes } from './compact-projection';

// The objection routes as the in-page guide needs them: the form and setting routes (fields, labels, explanations,
// markers, steps, URLs, paths), without the maintainers' notes, the email routes, the documents, and without zod (the
// guide is a content script; see DEVELOPERS.md). The data is compact-routes-data.ts, replaced by its result at build
// time (compact-plugin.ts).

export const GUIDE_PLATFORMS: readonly GuidePlatform[] = COMPACT_ROUTES;

/**
 * The guide route a URL shows, with its platform; null when none. The address only narrows the candidates: one path
 * may serve the objection and look-alikes (Meta's Privacy Centre serves access, DPO and contact requests at
 * /support/privacy too), so the guide decides from what each screen says and asks (walkthrough/guide/page-check.ts). The same order as classifyUrl (routes on hosts of
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

import type { ObjectionRoute, Platform } from '../platforms/schema';

// Where the in-page guide runs: only the objection forms' and opt-out settings' own pages, derived from the registry
// (so the main content script, which runs on every platform page, stays small, and a new form is data only). Takes
// the validated registry or the guide's compact copy (compact-routes.ts), which the content script entrypoint uses.

type RoutePlatform = Pick<Platform, 'hosts'> & {
  objectionRoutes: readonly Pick<ObjectionRoute, 'kind' | 'hosts' | 'paths'>[];
};

/** Manifest match patterns for every form and setting route's pages. "{locale}" path segments become "*". */
export function objectionGuideMatches(platforms: readonly RoutePlatform[]): string[] {
  const matches = new Set<string>();
  for (const p of platforms) {
    for (const route of p.objectionRoutes) {
      if (route.kind === 'email') continue;
      for (const host of route.hosts ?? p.hosts) {
        for (const path of route.paths) matches.add(`https://${host}${path.replace(/\{locale\}/g, '*')}`);
      }
    }
  }
  return [...matches].sort();
}

import { contentScriptMatches as matchesOf, toCompact } from './compact';
import compactData from './compact-data.json';
import { toCompactRoutes } from './compact-routes';
import compactRoutes from './compact-routes.json';
import { PLATFORMS } from './registry';

// Match patterns for the manifest, derived from the validated registry so that a new platform is data only.
// wxt.config.ts imports this module, so the build validates the registry and refuses a stale compact-data.json
// or compact-routes.json (which the content scripts read instead of the registry). The content scripts themselves take
// their matches from compact.ts and compact-routes.ts: this module pulls in zod.

/** Throws when compact-data.json no longer equals the projection of the registry. */
export function assertCompactDataFresh(): void {
  if (JSON.stringify(compactData) !== JSON.stringify(toCompact(PLATFORMS))) {
    throw new Error(
      'src/platforms/compact-data.json is stale: run `npx tsx src/platforms/write-compact-data.ts` after editing the registry',
    );
  }
}

/** Throws when compact-routes.json (the objection guide's routes) no longer equals the projection of the registry. */
export function assertCompactRoutesFresh(): void {
  if (JSON.stringify(compactRoutes) !== JSON.stringify(toCompactRoutes(PLATFORMS))) {
    throw new Error(
      'src/platforms/compact-routes.json is stale: run `npx tsx src/platforms/write-compact-data.ts` after editing the registry',
    );
  }
}

/** Content-script matches: https only; platforms serve nothing over plain http. */
export function contentScriptMatches(): string[] {
  assertCompactDataFresh();
  assertCompactRoutesFresh();
  return matchesOf(toCompact(PLATFORMS));
}

/** Host permissions: the same hosts, for background checks of the policies' own URLs. */
export function hostPermissions(): string[] {
  return contentScriptMatches();
}

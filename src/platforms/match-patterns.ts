import { contentScriptMatches as matchesOf, toCompact } from './compact';
import { PLATFORMS } from './registry';

// Match patterns for the manifest, derived from the validated registry so that a new platform is data only.
// wxt.config.ts imports this module, so the build validates the registry. The content scripts themselves take their
// matches from compact.ts and compact-routes.ts: this module pulls in zod.

/** Content-script matches: https only; platforms serve nothing over plain http. */
export function contentScriptMatches(): string[] {
  return matchesOf(toCompact(PLATFORMS));
}

/** Host permissions: the same hosts, for background checks of the policies' own URLs. */
export function hostPermissions(): string[] {
  return contentScriptMatches();
}

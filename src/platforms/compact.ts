import { COMPACT_DATA } from './compact-data';
import type { CompactPlatform } from './compact-projection';

export type { CompactDocument, CompactPlatform, CompactRoute } from './compact-projection';
export { toCompact } from './compact-projection';

// The registry as the content script needs it: what recognises a page and how to read a policy, without the
// objection texts, and without zod (the content script ships on every platform page; see DEVELOPERS.md).
// The data is compact-data.ts: computed from the validated registry when run in Node, and replaced by its result at
// build time (compact-plugin.ts), so nothing is committed that could go stale.

export const COMPACT_PLATFORMS: readonly CompactPlatform[] = COMPACT_DATA;

/** Every host pattern the platforms and their documents and routes live on, sorted, without hosts a wildcard covers. */
export function platformHostPatterns(platforms: readonly CompactPlatform[] = COMPACT_PLATFORMS): string[] {
  const hosts = new Set<string>();
  for (const p of platforms) {
    for (const h of p.hosts) hosts.add(h);
    for (const d of p.documents) for (const h of d.hosts ?? []) hosts.add(h);
    for (const r of p.objectionRoutes) for (const h of r.hosts ?? []) hosts.add(h);
  }
  const wildcards = [...hosts].filter((h) => h.startsWith('*.')).map((h) => h.slice(1));
  return [...hosts].filter((h) => h.startsWith('*.') || !wildcards.some((w) => h.endsWith(w))).sort();
}

/** Content-script matches: https only; platforms serve nothing over plain http. */
export function contentScriptMatches(platforms: readonly CompactPlatform[] = COMPACT_PLATFORMS): string[] {
  return platformHostPatterns(platforms).map((h) => `https://${h}/*`);
}

export function getCompactPlatform(id: string): CompactPlatform | undefined {
  return COMPACT_PLATFORMS.find((p) => p.id === id);
}

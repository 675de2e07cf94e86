import compactData from './compact-data.json';
import type { ExtractRule, ObjectionRoute, Platform, PolicyDocument } from './schema';

// The registry as the content script needs it: what recognises a page and how to read a policy, without the
// objection texts, and without zod (the content script ships on every platform page; see DEVELOPERS.md).
// compact-data.json is generated from the validated registry by `npx tsx src/platforms/write-compact-data.ts`;
// the unit tests and the build (match-patterns.ts) refuse a stale copy.

export interface CompactDocument extends Pick<PolicyDocument, 'id' | 'paths' | 'hosts'> {
  extract: ExtractRule;
}
export type CompactRoute = Pick<ObjectionRoute, 'id' | 'kind' | 'paths' | 'hosts'>;
export interface CompactPlatform extends Pick<Platform, 'id' | 'hosts' | 'settingsPaths'> {
  documents: CompactDocument[];
  objectionRoutes: CompactRoute[];
}

export const COMPACT_PLATFORMS: readonly CompactPlatform[] = compactData as CompactPlatform[];

/** Project validated platforms onto what the page needs. Keys in a fixed order so that copies compare as text. */
export function toCompact(platforms: readonly Platform[]): CompactPlatform[] {
  return platforms.map((p) => ({
    id: p.id,
    hosts: p.hosts,
    settingsPaths: p.settingsPaths,
    documents: p.documents.map((d) => ({
      id: d.id,
      paths: d.paths,
      ...(d.hosts ? { hosts: d.hosts } : {}),
      extract: {
        selectors: d.extract.selectors,
        remove: d.extract.remove,
        minChars: d.extract.minChars,
        markers: d.extract.markers,
      },
    })),
    objectionRoutes: p.objectionRoutes.map((r) => ({
      id: r.id,
      kind: r.kind,
      paths: r.paths,
      ...(r.hosts ? { hosts: r.hosts } : {}),
    })),
  }));
}

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

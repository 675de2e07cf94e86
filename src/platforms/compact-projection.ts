import type { ExtractRule, ObjectionRoute, Platform, PolicyDocument } from './schema';

// What the content scripts need of the registry, projected from the validated platforms: the page watch's view
// (documents, extract rules, route paths) and the objection guide's (form and setting routes). Zod-free. The build
// turns each projection into data (compact-plugin.ts), so the content scripts carry neither zod nor the registry.

export interface CompactDocument extends Pick<PolicyDocument, 'id' | 'paths' | 'hosts'> {
  extract: ExtractRule;
}
export type CompactRoute = Pick<ObjectionRoute, 'id' | 'kind' | 'paths' | 'hosts'>;
export interface CompactPlatform extends Pick<Platform, 'id' | 'hosts' | 'settingsPaths'> {
  documents: CompactDocument[];
  objectionRoutes: CompactRoute[];
}

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

import type { Platform, PolicyDocument } from '../platforms/schema';

// Which page a background check fetches for each watched document, and which documents one fetch serves. Meta's
// printable policy is one Meta Privacy Policy for Facebook, Instagram and Messenger ("Our Products include Facebook,
// Instagram, Messenger …"); Google's page is YouTube's policy too. Documents with the same fetchUrl form one group:
// the page is fetched and read once (by the extract rule of the document that owns the page) and the text is
// recorded for every document of the group. Pure.

export interface CheckTarget {
  platform: Platform;
  doc: PolicyDocument;
}

export interface FetchGroup {
  fetchUrl: string;
  /** The document whose page this is (not published by another platform): its extract rule reads the page. */
  reader: CheckTarget;
  /** Every document the page serves, the reader first. */
  targets: CheckTarget[];
}

/** The fetch groups of a registry, in registry order of their first document. */
export function fetchGroups(platforms: readonly Platform[]): FetchGroup[] {
  const byUrl = new Map<string, CheckTarget[]>();
  for (const platform of platforms) {
    for (const doc of platform.documents) {
      if (!doc.fetchUrl) continue;
      byUrl.set(doc.fetchUrl, [...(byUrl.get(doc.fetchUrl) ?? []), { platform, doc }]);
    }
  }
  return [...byUrl.entries()].map(([fetchUrl, targets]) => {
    const reader = targets.find((t) => t.doc.publishedBy === undefined) ?? targets[0]!;
    return { fetchUrl, reader, targets: [reader, ...targets.filter((t) => t !== reader)] };
  });
}

/**
 * How a document is read in the background: its own platform's page, a page of the platform that publishes it
 * (`via`), or not at all (`none`, with the registry's reason).
 */
export type CheckRoute =
  | { kind: 'page'; fetchUrl: string }
  | { kind: 'publisher-page'; fetchUrl: string; via: string }
  | { kind: 'none'; reason: NonNullable<PolicyDocument['noBackgroundCheck']>['reason'] };

export function checkRouteOf(doc: PolicyDocument): CheckRoute {
  if (doc.fetchUrl && doc.publishedBy) return { kind: 'publisher-page', fetchUrl: doc.fetchUrl, via: doc.publishedBy };
  if (doc.fetchUrl) return { kind: 'page', fetchUrl: doc.fetchUrl };
  // The schema requires a reason when there is no fetchUrl.
  return { kind: 'none', reason: doc.noBackgroundCheck?.reason ?? 'needs-scripts' };
}

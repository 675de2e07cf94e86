import { byImportance } from '../../analysis/flag-words';
import type { Flag } from '../../analysis/types';
import type { DocumentSummary, EvidenceRecord, ObjectionLink, PolicyVersion } from '../../history/types';
import type { ObjectionRoute, Platform } from '../../platforms/schema';
import { daysUntil, type KnownDeadline, knownDeadlines } from '../../walkthrough/deadlines';
import { objectedBeforeChange } from '../../walkthrough/deadlines-announced';
import { policyRoutes, type RouteStanding, versionWithLinks } from '../../walkthrough/policy-routes';

// What the popup shows about one platform, computed from the registry, the history store and the evidence log.
// Pure (the clock is a parameter), so it is tested without a browser.

export interface PolicyState {
  /** When the latest version was last seen; null when the policy was never captured. */
  lastSeenAt: string | null;
  /** The latest version with flagged changes, and its flags; null when no flagged change is known. */
  flaggedChange: { capturedAt: string; flags: Flag[] } | null;
}

export interface RouteState {
  route: ObjectionRoute;
  /** The newest evidence for this route; null when the user has not objected on it. */
  lastObjection: EvidenceRecord | null;
  /** Whether the policy the user last opened links it (see policy-routes.ts). */
  standing: RouteStanding;
  /** The policy's link to it, when linked; "Object now" opens its target. */
  link: ObjectionLink | null;
  /** When the policy's links were read; null when no captured version carries links. */
  linksSeenAt: string | null;
}

export interface DeadlineState {
  deadline: KnownDeadline;
  daysLeft: number;
  objected: boolean;
  /** The objection was recorded before the date: "before the change took effect". */
  objectedBefore?: boolean;
}

/** A deadline's countdown and whether (and when) the user objected on its route. */
export function deadlineState(deadline: KnownDeadline, evidence: readonly EvidenceRecord[], now: Date): DeadlineState {
  const first = evidence
    .filter((r) => r.routeId === deadline.routeId)
    .reduce<string | null>((earliest, r) => (earliest === null || r.at < earliest ? r.at : earliest), null);
  return {
    deadline,
    daysLeft: daysUntil(deadline.date, now),
    objected: first !== null,
    objectedBefore: first !== null && objectedBeforeChange(first, deadline),
  };
}

export interface PlatformState {
  platform: Platform;
  policy: PolicyState;
  /** Linked first, then unchecked, then possibly outdated. */
  routes: RouteState[];
  /** Objection links of the policy that no registry route describes. */
  unknownLinks: ObjectionLink[];
  deadlines: DeadlineState[];
}

/** The platform's most recently seen document (a platform may have several documents and locales). */
export function latestDocumentOf(platformId: string, documents: readonly DocumentSummary[]): DocumentSummary | null {
  let best: DocumentSummary | null = null;
  for (const doc of documents) {
    if (doc.platformId === platformId && (!best || doc.latest.lastSeenAt > best.latest.lastSeenAt)) best = doc;
  }
  return best;
}

/** The newest version whose analysis flagged something (versions oldest first, as the store lists them). */
export function latestFlaggedChange(versions: readonly PolicyVersion[]): PolicyState['flaggedChange'] {
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    if (v.report?.material && v.report.flags.length > 0 && !v.note)
      return { capturedAt: v.capturedAt, flags: v.report.flags };
  }
  return null;
}

export function platformState(
  platform: Platform,
  documents: readonly DocumentSummary[],
  versionsOfLatestDocument: readonly PolicyVersion[],
  evidence: readonly EvidenceRecord[],
  now: Date,
  announced: readonly KnownDeadline[] = [],
): PlatformState {
  const doc = latestDocumentOf(platform.id, documents);
  const lastObjection = (routeId: string) =>
    evidence.filter((r) => r.routeId === routeId).sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
  const fromPolicy = policyRoutes(platform, versionWithLinks(versionsOfLatestDocument));
  return {
    platform,
    policy: {
      lastSeenAt: doc?.latest.lastSeenAt ?? null,
      flaggedChange: latestFlaggedChange(versionsOfLatestDocument),
    },
    routes: fromPolicy.routes.map(({ route, standing, link }) => ({
      route,
      standing,
      link,
      linksSeenAt: fromPolicy.linksSeenAt,
      lastObjection: lastObjection(route.id),
    })),
    unknownLinks: fromPolicy.unknownLinks,
    deadlines: knownDeadlines([platform], announced).map((deadline) => deadlineState(deadline, evidence, now)),
  };
}

/** Flags worth a line in the popup: the most severe first, at most `max`; the rest are counted. */
export function headlineFlags(flags: readonly Flag[], max = 3): { shown: Flag[]; more: number } {
  const sorted = [...flags].sort(byImportance);
  return { shown: sorted.slice(0, max), more: Math.max(0, sorted.length - max) };
}

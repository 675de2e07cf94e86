import type { DatedSentence } from '../../analysis/dates';
import type { AiDataKind, LegalBasis, PolicyReading } from '../../analysis/types';
import type { CheckState } from '../../history/check-state';
import type { DocumentKey, DocumentSummary, EvidenceRecord, VersionReading } from '../../history/types';
import type { ObjectionRoute, Platform } from '../../platforms/schema';

// Where a platform stands on AI training, from the reading of its latest captured policy: does it say it trains AI
// on users' data, on what data, on which legal basis and since which version, how to object, and whether the user
// did. Pure (the history page and the popup load the data and draw it).

export interface BasisSince {
  versionId: string;
  capturedAt: string;
  /** The basis holds since the first version kept: it may be older than that. */
  firstKept: boolean;
}

export interface PolicyStanding {
  document: DocumentKey;
  latestVersionId: string;
  latestCapturedAt: string;
  /** False while the latest version waits for the (re-)analysis to read it. */
  read: boolean;
  /** The latest version is in a language the analysis does not read: nothing below is known. */
  notAnalysed: boolean;
  trainsAi: boolean;
  /** Every kind of data the policy's AI-training statements name, in the vocabulary's order. */
  aiData: AiDataKind[];
  /** The basis the AI training relies on (the most specific the policy states), null when it states none. */
  aiBasis: LegalBasis | null;
  /** Since which version the policy states this basis for AI training (with training stated in every one since). */
  basisSince: BasisSince | null;
  /** The policy's own sentence, to quote (the first training statement with the basis, else the first). */
  quote: string | null;
}

export interface PlatformStanding {
  platform: Platform;
  /** Null: the policy of this platform was never captured. */
  policy: PolicyStanding | null;
  route: ObjectionRoute | null;
  /** The user's latest objection on any route of this platform, if any. */
  objection: EvidenceRecord | null;
  /** What the background checks of its policy last found; null when none ran (or the policy has no fetch URL). */
  check: CheckNotice | null;
  /** The nearest change its policy announced that is still to come (overview/announced-countdown.ts). */
  announced?: DatedSentence | null;
}

/**
 * The background check, as the user needs to know it: read fine, failing (and retried later), or unable to read the
 * page at all (it shows its text only with its scripts; only visits in a tab capture it then).
 */
export type CheckNotice =
  | { kind: 'checked'; at: string }
  | { kind: 'failing'; at: string; nextAt: string | null }
  | { kind: 'unreadable'; at: string };

export function checkNotice(state: CheckState | null): CheckNotice | null {
  if (!state?.lastAttemptAt) return null;
  if (state.lastError !== null) {
    return state.unreadable
      ? { kind: 'unreadable', at: state.lastAttemptAt }
      : { kind: 'failing', at: state.lastAttemptAt, nextAt: state.nextAttemptAt };
  }
  return state.lastSuccessAt ? { kind: 'checked', at: state.lastSuccessAt } : null;
}

const DATA_ORDER: readonly AiDataKind[] = [
  'user-content',
  'public-content',
  'private-messages',
  'ai-interactions',
  'collected-information',
  'publicly-available',
  'licensed-or-partner',
];

function aiBasisOf(reading: PolicyReading): LegalBasis | null {
  return reading.trainsAi ? (reading.aiBases[0] ?? null) : null;
}

/** The earliest version of an unbroken run, back from the latest, that states AI training on `basis`. */
export function basisSince(history: readonly VersionReading[], basis: LegalBasis): BasisSince | null {
  let since: VersionReading | null = null;
  let index = history.length - 1;
  for (; index >= 0; index--) {
    const entry = history[index] as VersionReading;
    if (!entry.reading || aiBasisOf(entry.reading) !== basis) break;
    since = entry;
  }
  if (!since) return null;
  return { versionId: since.id, capturedAt: since.capturedAt, firstKept: index < 0 };
}

function policyStanding(doc: DocumentSummary, history: readonly VersionReading[]): PolicyStanding {
  const latest = history.at(-1);
  const reading = latest?.reading ?? null;
  const base = {
    document: { platformId: doc.platformId, documentId: doc.documentId, locale: doc.locale },
    latestVersionId: latest?.id ?? doc.latest.id,
    latestCapturedAt: latest?.capturedAt ?? doc.latest.capturedAt,
  };
  if (!reading)
    return {
      ...base,
      read: false,
      notAnalysed: false,
      trainsAi: false,
      aiData: [],
      aiBasis: null,
      basisSince: null,
      quote: null,
    };
  const kinds = new Set(reading.aiTraining.flatMap((s) => s.data));
  const aiBasis = aiBasisOf(reading);
  const quoted = reading.aiTraining.find((s) => aiBasis !== null && s.basis === aiBasis) ?? reading.aiTraining[0];
  return {
    ...base,
    read: true,
    notAnalysed: reading.notRead === 'language',
    trainsAi: reading.trainsAi,
    aiData: DATA_ORDER.filter((k) => kinds.has(k)),
    aiBasis,
    basisSince: aiBasis ? basisSince(history, aiBasis) : null,
    quote: quoted?.sentence ?? null,
  };
}

export function platformStanding(
  platform: Platform,
  doc: DocumentSummary | null,
  history: readonly VersionReading[],
  evidence: readonly EvidenceRecord[],
  route: ObjectionRoute | null,
  check: CheckState | null = null,
): PlatformStanding {
  const routeIds = new Set(platform.objectionRoutes.map((r) => r.id));
  const objection =
    evidence
      .filter((r) => r.platformId === platform.id || routeIds.has(r.routeId))
      .sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
  return {
    platform,
    policy: doc ? policyStanding(doc, history) : null,
    route,
    objection,
    check: checkNotice(check),
  };
}

import type { AnalysisReport, Language, PolicyReading } from '../analysis/types';
import type { RegionVariant } from '../platforms/schema';

// The records the history store keeps, and the interface every context uses to read and write them. The store lives
// in IndexedDB (database "policy-watch"), shared by the background worker and our extension pages.

/** 'ota': a version Open Terms Archive recorded, read from its public repositories (the optional second source). */
export type CaptureSource = 'visit' | 'background' | 'import' | 'ota';

/** Identifies one document as the user sees it: a platform's policy, in one locale. */
export interface DocumentKey {
  platformId: string;
  documentId: string;
  /** BCP-47-ish locale of the page ("en", "de-DE", "fr-FR"); one history per locale. */
  locale: string;
}

export interface PolicyVersion extends DocumentKey {
  id: string;
  /** SHA-256 (hex) of the normalised text; identical texts are stored once. */
  textHash: string;
  /** When this text was first captured (ISO 8601). */
  capturedAt: string;
  /** When this same text was last seen again (ISO 8601). */
  lastSeenAt: string;
  url: string;
  source: CaptureSource;
  /** The document's region variant at this URL, when the registry knows it (platforms/region-variant.ts). */
  regionVariant?: RegionVariant;
  extractorVersion: number;
  language: Language;
  chars: number;
  /** The analysis against the previous version; null for the first version (the baseline). */
  report: AnalysisReport | null;
  /**
   * What this version states, read on its own (the overview's "where each platform stands"); kept for baselines too,
   * whose report is null. Absent on versions stored before readings existed, until the re-analysis reaches them.
   */
  reading?: PolicyReading;
  /** ANALYSIS_VERSION of the code that made `report` and `reading`; absent: before it was recorded (re-analysed). */
  analysisVersion?: number;
  /** The version this one was compared with: the newest earlier one from the same source (see `note`). */
  previousId: string | null;
  /** Material change the user has not looked at yet (drives the badge count). */
  unseen: boolean;
  /**
   * Why a version that differs was not alerted:
   * - 'extractor-changed': the extension's extraction code changed since the previous version, so differences may be
   *   ours, not the platform's (report kept, no alert);
   * - 'new-source': the first capture from this source (visit / background check / import) of a document already
   *   known from another: sources render a policy differently, so each is compared only with itself (no report);
   * - 'reported-via-other-source': a material change the other source already alerted about (report kept, seen).
   * - 'capture-shrank': a capture that looked cut short (much less text, nothing new) and came back identical on a
   *   later capture: the page now shows less (a new layout, a shorter policy), so it becomes the new reference
   *   instead of being refused forever (report kept, no alert: a shrinking capture is not a policy change we can
   *   vouch for).
   */
  note?: 'extractor-changed' | 'new-source' | 'reported-via-other-source' | 'capture-shrank';
  /**
   * The objection routes the page linked to, as last seen with this text (link targets are not in the Markdown, so a
   * platform can move its "object" link without changing a word: the list is updated when the same text is seen
   * again). Absent on versions captured before links were recorded, or from a source that cannot read them.
   */
  objectionLinks?: ObjectionLink[];
}

/** A link in the policy to a way of objecting (see src/page/objection-links.ts). */
export interface ObjectionLink {
  href: string;
  text: string;
  context: string;
}

/** What one version states, without its report (the overview's read of a document's history). */
export interface VersionReading {
  id: string;
  capturedAt: string;
  /** Null until the version is read by the current analysis (versions stored before readings existed). */
  reading: PolicyReading | null;
}

/** One watched document with the headline of its history (options page list). */
export interface DocumentSummary extends DocumentKey {
  versions: number;
  firstCapturedAt: string;
  latest: PolicyVersion;
  /** Versions of this document that are unseen material changes. */
  unseen: number;
}

/** The JSON the history page exports and imports. Texts are plain (not compressed) so the file is readable. */
export interface HistoryExport {
  format: 'policy-watch-history';
  formatVersion: 1;
  exportedAt: string;
  versions: PolicyVersion[];
  texts: { hash: string; text: string }[];
  evidence: EvidenceRecord[];
}

export interface ImportResult {
  versionsAdded: number;
  /** Already present (same document, textHash and capturedAt). */
  versionsSkipped: number;
  textsAdded: number;
  evidenceAdded: number;
  /** Records refused, with why (bad shape, text not matching its hash, version without text). */
  rejected: string[];
}

export interface HistoryStorageEstimate {
  versions: number;
  texts: number;
  /** Compressed bytes of all stored texts. */
  textBytes: number;
  /** Characters of all stored texts before compression. */
  textChars: number;
  quarantined: number;
  /** navigator.storage.estimate() for the whole extension origin, when the browser offers it. */
  usage: number | null;
  quota: number | null;
}

/** What happened to a capture handed to the store. */
export type CaptureOutcome = (
  | { kind: 'baseline'; version: PolicyVersion }
  | { kind: 'unchanged'; version: PolicyVersion }
  | { kind: 'noise'; version: PolicyVersion }
  | { kind: 'changed'; version: PolicyVersion }
  | { kind: 'refused'; reason: string }
) & {
  /** Set when the storage was full: how many older versions pruning removed to make room, and whether it sufficed. */
  storage?: StorageTrouble;
};

/** The storage ran out during a capture: pruning removed `removed` versions; `full` if the capture still failed. */
export interface StorageTrouble {
  removed: number;
  full: boolean;
}

export interface CaptureInput extends DocumentKey {
  text: string;
  url: string;
  source: CaptureSource;
  extractorVersion: number;
  capturedAt: string;
  objectionLinks?: ObjectionLink[];
}

/** One objection the user made, kept as evidence. */
export interface EvidenceRecord {
  id: string;
  platformId: string;
  routeId: string;
  formUrl: string;
  accountEmail: string | null;
  /** ISO 8601, when the confirmation was seen (or when the user marked it done). */
  at: string;
  /** The policy version the objection answers, if known. */
  policyVersionId: string | null;
  /** The confirmation text shown by the platform, verbatim (trimmed), or null if the user confirmed by hand. */
  confirmationText: string | null;
  method: 'form-confirmed' | 'marked-done' | 'email-sent' | 'setting-changed';
  /**
   * How the guide recognised the confirmation (form-confirmed only): what the page did after the user's own press
   * of Send, and the known phrase it held, if any. Absent on older records and on the other methods.
   */
  recognition?: EvidenceRecognition;
}

export interface EvidenceRecognition {
  outcome: 'form-replaced' | 'message-shown';
  knownPhrase: string | null;
  secondsAfterPress: number;
}

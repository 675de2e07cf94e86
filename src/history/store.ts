import { type CaptureQueues, recordCaptureIn } from './capture';
import { closeHistoryDb, DB_NAME, type HistoryDb, openHistoryDb, withHistoryDb } from './db';
import { DEFAULT_PRUNE_LIMITS, type PruneLimits, pruneHistory } from './prune';
import {
  deleteAllIn,
  getTextIn,
  getVersionIn,
  listDocumentsIn,
  markSeenIn,
  readingsOfDocumentIn,
  storageEstimateIn,
  unseenCountIn,
} from './queries';
import { rawVersionsOfDocument, validVersions } from './read';
import { needsReanalysis, type ReanalysisProgress, type ReanalysisResult, reanalyseIn } from './reanalyse';
import { exportHistory, type ImportProgress, importHistory } from './transfer';
import type {
  CaptureInput,
  CaptureOutcome,
  DocumentKey,
  DocumentSummary,
  HistoryExport,
  HistoryStorageEstimate,
  ImportResult,
  PolicyVersion,
  StorageTrouble,
  VersionReading,
} from './types';

export type {
  CaptureInput,
  CaptureOutcome,
  DocumentKey,
  DocumentSummary,
  HistoryExport,
  ImportProgress,
  ImportResult,
  PolicyVersion,
  PruneLimits,
  ReanalysisProgress,
  ReanalysisResult,
  StorageTrouble,
};

// The history store: the only API the rest of the extension uses to read and write policy versions. It works in
// every extension context (background worker, options page, popup): they share the IndexedDB database.
//
// Guarantees:
//  - identical texts are stored once: a text's key is the SHA-256 of its normalised form, compressed with deflate;
//  - a capture is compared with the document's newest version from the same source (visit / background / import:
//    the platform's page and its printable page render one policy differently); the same text as the latest (or as
//    the source's latest) is 'unchanged'; only a material change is 'changed' (unseen, alerts), and only once: the
//    other source seeing the same change later stores it seen (note 'reported-via-other-source'); the first capture
//    is a 'baseline', the first from a further source too (note 'new-source'); a capture made with another extractor
//    version is a baseline-like version (note 'extractor-changed', report kept, never unseen); an unusable capture
//    is 'refused', except that a cut-short capture whose exact text comes back on a later capture of the same source
//    becomes the new reference, silently (note 'capture-shrank'), so a page that now shows less is not refused forever;
//  - captures of one document are serialised in this context and re-checked in the write transaction across
//    contexts, so concurrent captures leave no duplicate and lose no update;
//  - bounded: pruning (after each new version) keeps at most 100 versions per document and 50 MB of compressed
//    text, and NEVER drops the first or the latest version of a document, a version named by an evidence record,
//    or an evidence record (see prune.ts);
//  - every record read is validated; a corrupt one is moved to the 'quarantine' store with the reason and skipped.

export interface HistoryStore {
  recordCapture(input: CaptureInput): Promise<CaptureOutcome>;
  /** Every document with at least one version, with its latest version and unseen count. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** Versions of one document, oldest first. */
  listVersions(key: DocumentKey): Promise<PolicyVersion[]>;
  getVersion(id: string): Promise<PolicyVersion | null>;
  /** What each version of one document states, oldest first (no reports read). */
  listReadings(key: DocumentKey): Promise<VersionReading[]>;
  /** The captured text of a version (by version id) or of a text hash; null when unknown or pruned. */
  getText(versionIdOrHash: string): Promise<string | null>;
  /** Mark one version, or every version of a document, as seen. Returns how many were unseen. */
  markSeen(target: DocumentKey | string): Promise<number>;
  /** Unseen material changes, of all documents (the action badge) or of one platform. */
  unseenCount(platformId?: string): Promise<number>;
  exportAll(): Promise<HistoryExport>;
  /**
   * Validate and merge an export (no duplicates by document + textHash + capturedAt; each bad record skipped and
   * named in `rejected`; versions placed by date). Throws if not an export. Progress: records checked, of all.
   */
  importAll(data: unknown, onProgress?: ImportProgress): Promise<ImportResult>;
  /** Delete every version and text (and the quarantine). Evidence is kept unless `evidence: true`; meta is kept. */
  deleteAll(options?: { evidence?: boolean }): Promise<void>;
  storageEstimate(): Promise<HistoryStorageEstimate>;
  /** Run pruning now (it also runs after each new version). Returns how many versions were removed. */
  prune(limits?: PruneLimits): Promise<number>;
  /** Whether some version was analysed by another ANALYSIS_VERSION (cheap when none is: one meta read). */
  needsReanalysis(): Promise<boolean>;
  /** Analyse those versions again, oldest first (see reanalyse.ts); progress after each. */
  reanalyse(onProgress?: (progress: ReanalysisProgress) => void | Promise<void>): Promise<ReanalysisResult>;
}

/**
 * A store on the database `name` (tests use their own names; the extension uses the default). Each instance has its
 * own capture queue, so two instances on one database behave like two contexts (the tests rely on this).
 */
export function createHistoryStore(name: string = DB_NAME): HistoryStore {
  const run = <T>(op: (db: HistoryDb) => Promise<T>) => withHistoryDb(op, name);
  const captureQueues: CaptureQueues = new Map();
  return {
    recordCapture: (input) => run((db) => recordCaptureIn(db, captureQueues, input)),
    listDocuments: () => run(listDocumentsIn),
    listVersions: (key) => run(async (db) => validVersions(db, await rawVersionsOfDocument(db, key))),
    getVersion: (id) => run((db) => getVersionIn(db, id)),
    listReadings: (key) => run((db) => readingsOfDocumentIn(db, key)),
    getText: (idOrHash) => run((db) => getTextIn(db, idOrHash)),
    markSeen: (target) => run((db) => markSeenIn(db, target)),
    unseenCount: (platformId) => run((db) => unseenCountIn(db, platformId)),
    exportAll: () => run(exportHistory),
    importAll: (data, onProgress) => run((db) => importHistory(db, data, onProgress)),
    deleteAll: (options) => run((db) => deleteAllIn(db, options?.evidence ?? false)),
    storageEstimate: () => run(storageEstimateIn),
    prune: (limits = DEFAULT_PRUNE_LIMITS) => run((db) => pruneHistory(db, limits)),
    needsReanalysis: () => run(needsReanalysis),
    reanalyse: (onProgress) => run((db) => reanalyseIn(db, onProgress)),
  };
}

const defaultStore = createHistoryStore();

export const recordCapture = defaultStore.recordCapture;
export const listDocuments = defaultStore.listDocuments;
export const listVersions = defaultStore.listVersions;
export const getVersion = defaultStore.getVersion;
export const listReadings = defaultStore.listReadings;
export const getText = defaultStore.getText;
export const markSeen = defaultStore.markSeen;
export const unseenCount = defaultStore.unseenCount;
export const exportAll = defaultStore.exportAll;
export const importAll = defaultStore.importAll;
export const deleteAll = defaultStore.deleteAll;
export const storageEstimate = defaultStore.storageEstimate;
export const reanalyseHistory = defaultStore.reanalyse;
export const historyNeedsReanalysis = defaultStore.needsReanalysis;
export { closeHistoryDb, openHistoryDb };

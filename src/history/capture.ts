import {
  ANALYSIS_VERSION,
  analyzePolicyChange,
  assessCapture,
  detectLanguage,
  normalizePolicyText,
  readPolicy,
} from '../analysis';
import type { AnalysisReport } from '../analysis/types';
import { regionVariantOf } from '../platforms/region-variant';
import { deflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { pruneHistory } from './prune';
import { freeSpaceFor, isQuotaError } from './quota';
import { docKeyOf, docRange, rawVersionsOfDocument, readText, validVersions } from './read';
import { markReanalysisNeeded, needsFullAnalysis } from './reanalyse';
import { type StoredText, toStoredVersion } from './records';
import type { CaptureInput, CaptureOutcome, DocumentKey, PolicyVersion } from './types';

// recordCapture: the one way a captured text enters the history.
//
// Concurrency: several tabs (and a background check) can capture the same document at once. Two guards:
//  1. within this context, captures of one document run one after the other (an in-memory queue per document);
//  2. across contexts (worker and options page import, or a restarted worker), the write transaction re-reads the
//     document's latest version and writes only if it is still the one the capture was compared with; otherwise the
//     capture is compared again against the new latest. So no duplicate version and no lost update.
// Storage full (QuotaExceededError): pruning makes room (quota.ts) and the capture is written once more; the outcome
// says so (`storage`) so the background can tell the user.

const MAX_ATTEMPTS = 4;

/** Per-document tails of the capture queue of one store instance (one per context: the module's default store). */
export type CaptureQueues = Map<string, Promise<unknown>>;

function serialise<T>(queues: CaptureQueues, queueKey: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(queueKey) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(queueKey, tail);
  void tail.then(() => {
    if (queues.get(queueKey) === tail) queues.delete(queueKey);
  });
  return run;
}

export function recordCaptureIn(db: HistoryDb, queues: CaptureQueues, input: CaptureInput): Promise<CaptureOutcome> {
  return serialise(queues, docKeyOf(input), async () => {
    try {
      return await captureWithRetries(db, input);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // The storage is full: make room by the pruning policy, then try once more (see quota.ts).
      const removed = await freeSpaceFor(db, input.text.length);
      console.warn(`[policy-watch] history: storage full; pruning removed ${removed} older versions to make room`);
      try {
        return { ...(await captureWithRetries(db, input)), storage: { removed, full: false } };
      } catch (again) {
        if (!isQuotaError(again)) throw again;
        console.warn(`[policy-watch] history: storage still full; capture of ${docKeyOf(input)} not stored`);
        return { kind: 'refused', reason: 'storage full', storage: { removed, full: true } };
      }
    }
  });
}

async function captureWithRetries(db: HistoryDb, input: CaptureInput): Promise<CaptureOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const outcome = await attemptCapture(db, input);
    if (outcome !== 'conflict') {
      if (outcome.kind !== 'refused' && outcome.kind !== 'unchanged') await pruneHistory(db);
      return outcome;
    }
  }
  throw new Error(`history: ${docKeyOf(input)} kept changing during the capture; try again`);
}

async function attemptCapture(db: HistoryDb, input: CaptureInput): Promise<CaptureOutcome | 'conflict'> {
  const history = await validVersions(db, await rawVersionsOfDocument(db, input, 'prev'));
  const latest = history[0] ?? null;
  // The version a capture is compared with is the newest one from the same source. A visit reads the platform's
  // page, a background check its printable page: the two render one policy differently (measured on the fixtures: 83
  // of 874 blocks differ), so comparing across them would report the rendering as a policy change at every switch.
  // Nor across region variants (LinkedIn's EU notice and global policy): a first capture of a variant is a baseline.
  const variant = regionVariantOf(input.platformId, input.documentId, input.url);
  const previous = history.find((v) => v.source === input.source && v.regionVariant === variant) ?? null;
  const previousText = previous ? await readText(db, previous.textHash) : null;
  const latestText =
    latest && latest !== previous && latest.regionVariant === variant
      ? await readText(db, latest.textHash)
      : previousText;

  const state = assessCapture(input.text, previousText ?? latestText ?? undefined);
  if (state === 'empty') return { kind: 'refused', reason: 'capture is empty (no policy text found)' };
  const textHash = await sha256Hex(normalizePolicyText(input.text));
  // A cut-short capture is refused once; the same text captured again is what the page now shows (see 'capture-shrank').
  const shrankAgain = state === 'truncated' && (await rememberShortCapture(db, input, textHash));
  if (state === 'truncated' && !shrankAgain) {
    const before = (previousText ?? latestText)?.length ?? '?';
    return {
      kind: 'refused',
      reason: `capture looks cut short (${input.text.length} characters, previous version ${before})`,
    };
  }

  const capturedAt = monotonicTime(input.capturedAt, latest?.capturedAt);

  // Seen again: the document's latest text, or the latest text from this source (while the other source alternates).
  const same = [latest, previous].find((v) => v?.textHash === textHash);
  if (same && latest) {
    // ISO 8601 UTC strings of one format order like the times they name.
    const lastSeenAt = [capturedAt, same.lastSeenAt].sort().at(-1) ?? capturedAt;
    // Same words, maybe new link targets (Meta moved its "object" link so): the links are the latest seen.
    const seen = { ...same, lastSeenAt, ...linksOf(input, same) };
    const touched = await writeIfLatest(db, input, latest.id, seen, null);
    return touched ? { kind: 'unchanged', version: seen } : 'conflict';
  }

  const base: Omit<PolicyVersion, 'report' | 'unseen'> = {
    id: crypto.randomUUID(),
    platformId: input.platformId,
    documentId: input.documentId,
    locale: input.locale,
    textHash,
    capturedAt,
    lastSeenAt: capturedAt,
    url: input.url,
    source: input.source,
    extractorVersion: input.extractorVersion,
    language: detectLanguage(input.text),
    chars: input.text.length,
    previousId: previous?.id ?? latest?.id ?? null,
    ...linksOf(input, null),
    ...(variant ? { regionVariant: variant } : {}),
  };
  const text = await newTextRecord(db, textHash, input.text);
  const classified = shrankAgain
    ? shrunkVersion(base, previousText, input.text)
    : classify(base, input, history, previous, previousText);
  const { kind } = classified;
  // Every version keeps what it states (a baseline too: its report is null), and which analysis read it.
  const { report } = classified.version;
  const reading = report?.state ?? readPolicy(input.text);
  const version: PolicyVersion = {
    ...classified.version,
    report: report ? { ...report, state: reading } : null,
    reading,
    analysisVersion: ANALYSIS_VERSION,
  };
  const written = await writeIfLatest(db, input, latest?.id ?? null, version, text);
  return written ? { kind, version } : 'conflict';
}

function classify(
  base: Omit<PolicyVersion, 'report' | 'unseen'>,
  input: CaptureInput,
  history: readonly PolicyVersion[],
  previous: PolicyVersion | null,
  previousText: string | null,
): { version: PolicyVersion; kind: 'baseline' | 'noise' | 'changed' } {
  if (!previous || previousText === null) {
    // The first capture, the first from this source, or the previous text was lost (quarantined): a baseline.
    const note = history.length > 0 && !previous ? { note: 'new-source' as const } : {};
    return { version: { ...base, report: null, unseen: false, ...note }, kind: 'baseline' };
  }
  const report: AnalysisReport = analyzePolicyChange(previousText, input.text);
  if (previous.extractorVersion !== input.extractorVersion) {
    // Our extraction changed, not necessarily the policy: keep the report for the curious, alert nobody.
    return { version: { ...base, report, unseen: false, note: 'extractor-changed' }, kind: 'baseline' };
  }
  if (!report.material) return { version: { ...base, report, unseen: false }, kind: 'noise' };
  // The other source already reported a change since this source last looked: the same news, not a second alert.
  const reported = history.some((v) => v.capturedAt > previous.capturedAt && v.source !== input.source && isAlerted(v));
  if (reported)
    return { version: { ...base, report, unseen: false, note: 'reported-via-other-source' }, kind: 'changed' };
  return { version: { ...base, report, unseen: true }, kind: 'changed' };
}

/** The capture's objection links, else those already on the version (a source that reads none keeps them). */
function linksOf(input: CaptureInput, version: PolicyVersion | null): Pick<PolicyVersion, 'objectionLinks'> {
  const links = input.objectionLinks ?? version?.objectionLinks;
  return links ? { objectionLinks: links } : {};
}

const SHORT_CAPTURE_KEY = 'short-capture:';

/**
 * Note a refused cut-short capture of this document and source; true when the very same text was refused before.
 * Transient cut-short captures (a pop-up missing, a half-rendered page) differ from one another and stay refused.
 */
async function rememberShortCapture(db: HistoryDb, input: CaptureInput, textHash: string): Promise<boolean> {
  const key = `${SHORT_CAPTURE_KEY}${docKeyOf(input)}:${input.source}`;
  const seenBefore = (await db.get(STORE.meta, key)) === textHash;
  if (seenBefore) await db.delete(STORE.meta, key);
  else await db.put(STORE.meta, textHash, key);
  return seenBefore;
}

function shrunkVersion(
  base: Omit<PolicyVersion, 'report' | 'unseen'>,
  previousText: string | null,
  text: string,
): { version: PolicyVersion; kind: 'baseline' } {
  const report = previousText === null ? null : analyzePolicyChange(previousText, text);
  return { version: { ...base, report, unseen: false, note: 'capture-shrank' }, kind: 'baseline' };
}

/** A version that was (or is) a change alert: material against its predecessor, with no note silencing it. */
function isAlerted(v: PolicyVersion): boolean {
  return v.report?.material === true && v.note === undefined;
}

/** Keep capturedAt strictly increasing per document so "latest" (by the time index) is the newest write. */
function monotonicTime(capturedAt: string, latestAt: string | undefined): string {
  const at = new Date(capturedAt);
  const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
  if (!latestAt || iso > latestAt) return iso;
  return new Date(new Date(latestAt).getTime() + 1).toISOString();
}

async function newTextRecord(db: HistoryDb, hash: string, text: string): Promise<StoredText | null> {
  if ((await db.count(STORE.texts, hash)) > 0) return null;
  const data = deflateText(text);
  return { hash, encoding: 'deflate', data, chars: text.length, bytes: data.length };
}

/**
 * Write `version` (and its text when new) only if the document's latest version is still `expectedLatestId`.
 * Returns false on a conflict, having written nothing.
 */
async function writeIfLatest(
  db: HistoryDb,
  key: DocumentKey,
  expectedLatestId: string | null,
  version: PolicyVersion,
  text: StoredText | null,
): Promise<boolean> {
  const tx = db.transaction([STORE.versions, STORE.texts], 'readwrite');
  const cursor = await tx.objectStore(STORE.versions).index('byDocTime').openCursor(docRange(key), 'prev');
  const currentLatestId = cursor ? String(cursor.primaryKey) : null;
  if (currentLatestId !== expectedLatestId) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  try {
    if (text && (await tx.objectStore(STORE.texts).count(text.hash)) === 0) await tx.objectStore(STORE.texts).put(text);
    await tx.objectStore(STORE.versions).put(toStoredVersion(version));
    await tx.done;
  } catch (error) {
    // All or nothing: a text without its version (or the reverse) must not be left behind.
    try {
      tx.abort();
    } catch {
      // already finished (aborted by the browser, e.g. on QuotaExceededError)
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  // A comparison that went coarse is analysed again in full by the background re-analysis (reanalyse.ts).
  if (needsFullAnalysis(version.report)) await markReanalysisNeeded(db).catch(() => undefined);
  return true;
}

import {
  ANALYSIS_VERSION,
  analyzePolicyChange,
  assessCapture,
  detectLanguage,
  normalizePolicyText,
  readPolicy,
} from '../analysis';
import type { AnalysisReport } from '../analysis/types';
import { isOwnLink } from '../platforms/own-links';
import { regionVariantOf } from '../platforms/region-variant';
import { getPlatform } from '../platforms/registry';
import { deflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { textRefusal, timeRefusal } from './limits';
import { type Place, placeOf, recomparedNext, untiedTime } from './place';
import { pruneHistory } from './prune';
import { freeSpaceFor, isQuotaError } from './quota';
import { docKeyOf, docRange, rawVersionsOfDocument, readText, validVersions } from './read';
import { markReanalysisNeeded, needsFullAnalysis } from './reanalyse';
import { type StoredText, toStoredVersion } from './records';
import type { CaptureInput, CaptureOutcome, DocumentKey, ObjectionLink, PolicyVersion } from './types';

// recordCapture: the one way a captured text enters the history.
//
// Concurrency: several tabs (and a background check) can capture the same document at once. Two guards:
//  1. within this context, captures of one document run one after the other (an in-memory queue per document);
//  2. across contexts (worker and options page import, or a restarted worker), the write transaction re-reads the
//     document's version ids and writes only if they are still those the capture was placed among; otherwise the
//     capture is placed and compared again. So no duplicate version and no lost update.
// Order: a version is placed by its own recording time, before or after what is there (place.ts); the same text at
// the same time is already there (a re-run of an import adds nothing); a time in the future is refused.
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
  const refusal = inputRefusal(input);
  if (refusal) return { kind: 'refused', reason: refusal };
  const history = await validVersions(db, await rawVersionsOfDocument(db, input, 'next'));
  const at = new Date(input.capturedAt).toISOString();
  // Compared only within one stream: the same source and the same region variant (LinkedIn's EU notice and its
  // global policy are two documents at two paths; a first capture of a variant is a baseline).
  const variant = regionVariantOf(input.platformId, input.documentId, input.url);
  const place = placeOf(history, { source: input.source, regionVariant: variant }, at);
  const { previous, latestBefore } = place;
  const previousText = previous ? await readText(db, previous.textHash) : null;
  const latestText =
    latestBefore && latestBefore !== previous && latestBefore.regionVariant === variant
      ? await readText(db, latestBefore.textHash)
      : previousText;

  const state = assessCapture(input.text, previousText ?? latestText ?? undefined);
  if (state === 'empty') return { kind: 'refused', reason: 'capture is empty (no policy text found)' };
  const textHash = await sha256Hex(normalizePolicyText(input.text));
  // A re-run of an import: the very same text at the very same time is already there.
  const stored = history.find((v) => v.textHash === textHash && v.capturedAt === at);
  if (stored) return { kind: 'unchanged', version: stored };
  // A cut-short capture is refused once; the same text captured again is what the page now shows (see 'capture-shrank').
  const shrankAgain = state === 'truncated' && (await rememberShortCapture(db, input, textHash));
  if (state === 'truncated' && !shrankAgain) {
    const before = (previousText ?? latestText)?.length ?? '?';
    return {
      kind: 'refused',
      reason: `capture looks cut short (${input.text.length} characters, previous version ${before})`,
    };
  }
  const capturedAt = untiedTime(history, at);
  const seen = await seenAgain(db, input, place, textHash, capturedAt);
  if (seen) return seen;

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
    previousId: previous?.id ?? latestBefore?.id ?? null,
    ...linksOf(input, null),
    ...(variant ? { regionVariant: variant } : {}),
  };
  const text = await newTextRecord(db, textHash, input.text);
  const classified = shrankAgain
    ? shrunkVersion(base, previousText, input.text)
    : classify(base, input, place.before, previous, previousText);
  const version = withReading(asHistory(classified.version, input, place), input.text);
  const next = place.next ? await recomparedNext(db, place.next, version, input.text) : null;
  const written = await writeIfUnchanged(db, input, history, [version, ...(next ? [next] : [])], text);
  return written ? { kind: classified.kind, version } : 'conflict';
}

/** Every version keeps what it states (a baseline too: its report is null), and which analysis read it. */
function withReading(classified: PolicyVersion, text: string): PolicyVersion {
  const { report } = classified;
  const reading = report?.state ?? readPolicy(text);
  return {
    ...classified,
    report: report ? { ...report, state: reading } : null,
    reading,
    analysisVersion: ANALYSIS_VERSION,
  };
}

/**
 * Imported versions, and any version dated before one already stored, are history, not news: they never alert (the
 * alert follows the order of the dates; a change the user has since seen newer versions of is no news).
 */
function asHistory(version: PolicyVersion, input: CaptureInput, place: Place): PolicyVersion {
  return input.source === 'import' || place.after.length > 0 ? { ...version, unseen: false } : version;
}

/**
 * The same text as the version just before it (of any source), or as this source's version before or after it: no
 * new version. Seen before: its lastSeenAt moves on. Seen after it (an import of an older time): that version was
 * first recorded earlier, so its capturedAt moves back.
 */
async function seenAgain(
  db: HistoryDb,
  input: CaptureInput,
  place: Place,
  textHash: string,
  capturedAt: string,
): Promise<CaptureOutcome | 'conflict' | null> {
  const { latestBefore, previous, next, history } = place;
  const before = [latestBefore, previous].find((v) => v?.textHash === textHash);
  if (before) {
    // ISO 8601 UTC strings of one format order like the times they name.
    const lastSeenAt = [capturedAt, before.lastSeenAt].sort().at(-1) ?? capturedAt;
    // Same words, maybe new link targets (Meta moved its "object" link so): the links are the latest seen.
    const links = place.after.length > 0 ? linksOf({}, before) : linksOf(input, before);
    const seen = { ...before, lastSeenAt, ...links };
    return (await writeIfUnchanged(db, input, history, [seen], null))
      ? { kind: 'unchanged', version: seen }
      : 'conflict';
  }
  if (next?.textHash !== textHash) return null;
  const earlier = { ...next, capturedAt, ...linksOf({}, next) };
  return (await writeIfUnchanged(db, input, history, [earlier], null))
    ? { kind: 'unchanged', version: earlier }
    : 'conflict';
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

/** Why a capture cannot be stored whatever the history holds: a recording time in the future, a text too large. */
function inputRefusal(input: CaptureInput): string | null {
  return timeRefusal(input.capturedAt) ?? textRefusal(input.text);
}

/**
 * The capture's objection links, else those already on the version (a source that reads none keeps them). Only the
 * platform's own https pages are kept (src/platforms/own-links.ts): the one rule for every way a link comes in.
 */
function linksOf(
  input: { platformId?: string; objectionLinks?: ObjectionLink[] | undefined },
  version: PolicyVersion | null,
): Pick<PolicyVersion, 'objectionLinks'> {
  const links = input.objectionLinks ?? version?.objectionLinks;
  if (!links) return {};
  const platform = getPlatform(input.platformId ?? version?.platformId ?? '');
  return { objectionLinks: platform ? links.filter((link) => isOwnLink(link.href, platform)) : [] };
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

async function newTextRecord(db: HistoryDb, hash: string, text: string): Promise<StoredText | null> {
  if ((await db.count(STORE.texts, hash)) > 0) return null;
  const data = deflateText(text);
  return { hash, encoding: 'deflate', data, chars: text.length, bytes: data.length };
}

/**
 * Write `versions` (and the text when new) only if the document still holds exactly the versions it was read with
 * (`history`, ids in time order). Returns false on a conflict, having written nothing.
 */
async function writeIfUnchanged(
  db: HistoryDb,
  key: DocumentKey,
  history: readonly PolicyVersion[],
  versions: readonly PolicyVersion[],
  text: StoredText | null,
): Promise<boolean> {
  const tx = db.transaction([STORE.versions, STORE.texts], 'readwrite');
  const ids = await tx.objectStore(STORE.versions).index('byDocTime').getAllKeys(docRange(key));
  if (ids.map(String).join('\n') !== history.map((v) => v.id).join('\n')) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  try {
    if (text && (await tx.objectStore(STORE.texts).count(text.hash)) === 0) await tx.objectStore(STORE.texts).put(text);
    for (const version of versions) await tx.objectStore(STORE.versions).put(toStoredVersion(version));
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
  if (versions.some((v) => needsFullAnalysis(v.report))) await markReanalysisNeeded(db).catch(() => undefined);
  return true;
}

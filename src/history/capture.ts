import { analyzePolicyChange, assessCapture, detectLanguage, normalizePolicyText } from '../analysis';
import type { AnalysisReport } from '../analysis/types';
import { deflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { pruneHistory } from './prune';
import { docKeyOf, docRange, latestVersion, readText } from './read';
import { type StoredText, toStoredVersion } from './records';
import type { CaptureInput, CaptureOutcome, DocumentKey, PolicyVersion } from './types';

// recordCapture: the one way a captured text enters the history.
//
// Concurrency: several tabs (and a background check) can capture the same document at once. Two guards:
//  1. within this context, captures of one document run one after the other (an in-memory queue per document);
//  2. across contexts (worker and options page import, or a restarted worker), the write transaction re-reads the
//     document's latest version and writes only if it is still the one the capture was compared with; otherwise the
//     capture is compared again against the new latest. So no duplicate version and no lost update.

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
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const outcome = await attemptCapture(db, input);
      if (outcome !== 'conflict') {
        if (outcome.kind !== 'refused' && outcome.kind !== 'unchanged') await pruneHistory(db);
        return outcome;
      }
    }
    throw new Error(`history: ${docKeyOf(input)} kept changing during the capture; try again`);
  });
}

async function attemptCapture(db: HistoryDb, input: CaptureInput): Promise<CaptureOutcome | 'conflict'> {
  const latest = await latestVersion(db, input);
  const previousText = latest ? await readText(db, latest.textHash) : null;

  const state = assessCapture(input.text, previousText ?? undefined);
  if (state !== 'ok') {
    const reason =
      state === 'empty'
        ? 'capture is empty (no policy text found)'
        : `capture looks cut short (${input.text.length} characters, previous version ${previousText?.length ?? '?'})`;
    return { kind: 'refused', reason };
  }

  const textHash = await sha256Hex(normalizePolicyText(input.text));
  const capturedAt = monotonicTime(input.capturedAt, latest?.capturedAt);

  if (latest && latest.textHash === textHash) {
    // ISO 8601 UTC strings of one format order like the times they name.
    const lastSeenAt = [capturedAt, latest.lastSeenAt].sort().at(-1) ?? capturedAt;
    const touched = await writeIfLatest(db, input, latest.id, { ...latest, lastSeenAt }, null);
    return touched ? { kind: 'unchanged', version: { ...latest, lastSeenAt } } : 'conflict';
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
    previousId: latest?.id ?? null,
  };
  const text = await newTextRecord(db, textHash, input.text);

  let version: PolicyVersion;
  let kind: 'baseline' | 'noise' | 'changed';
  if (!latest || previousText === null) {
    // First capture, or the previous text was lost (quarantined): a baseline, never an alert.
    version = { ...base, report: null, unseen: false };
    kind = 'baseline';
  } else {
    const report: AnalysisReport = analyzePolicyChange(previousText, input.text);
    if (latest.extractorVersion !== input.extractorVersion) {
      // Our extraction changed, not necessarily the policy: keep the report for the curious, alert nobody.
      version = { ...base, report, unseen: false, note: 'extractor-changed' };
      kind = 'baseline';
    } else {
      version = { ...base, report, unseen: report.material };
      kind = report.material ? 'changed' : 'noise';
    }
  }
  const written = await writeIfLatest(db, input, latest?.id ?? null, version, text);
  return written ? { kind, version } : 'conflict';
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
  if (text && (await tx.objectStore(STORE.texts).count(text.hash)) === 0) await tx.objectStore(STORE.texts).put(text);
  await tx.objectStore(STORE.versions).put(toStoredVersion(version));
  await tx.done;
  return true;
}

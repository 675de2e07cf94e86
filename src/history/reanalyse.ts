import { ANALYSIS_VERSION, analyzePolicyChange, FULL_WORK_BUDGET, readPolicy } from '../analysis';
import { type HistoryDb, STORE } from './db';
import { getVersionIn } from './queries';
import { readText } from './read';
import { fromStoredVersion, toStoredVersion, versionSchema } from './records';
import type { PolicyVersion } from './types';

// The history follows the analysis. Versions stored by an older build were read and compared by older code; when
// ANALYSIS_VERSION moves on, each is analysed again, oldest first: its reading from its own text, its report against
// the version it was compared with (the same pair as at capture). Nothing else moves: the id (which evidence records
// and notifications name), the text, the times, the note, the previous link. A change is never alerted again: this
// pass never calls the alerts and never marks a version unseen; it only clears `unseen` where the new analysis finds
// the change no longer material (the badge then counts what the current analysis stands by).
//
// Safe to interrupt and to run in two contexts at once: each version is rewritten in its own transaction, only if it
// is still the record that was read (same text, still from an older analysis), and a run resumes where the versions
// still say an older ANALYSIS_VERSION. A meta flag remembers "all current", so a worker start costs one key read.

export interface ReanalysisProgress {
  analysisVersion: number;
  total: number;
  done: number;
  startedAt: string;
  /** Null while running. */
  finishedAt: string | null;
}

export interface ReanalysisResult {
  reanalysed: number;
  /** Versions no longer counted as unseen changes (the new analysis finds them not material). */
  unseenCleared: number;
}

/** meta key: the ANALYSIS_VERSION every stored version was last found to carry. */
export const ANALYSED_WITH_KEY = 'history.analysedWith';

interface Stale {
  id: string;
  capturedAt: string;
}

/**
 * A report that went coarse under the everyday budget (its work ran out in the capture pipeline): it is analysed again
 * with the full budget, once. One that went coarse even then spent more than the everyday budget and stays as it is.
 */
export function needsFullAnalysis(report: unknown): boolean {
  const stats = (report as { stats?: { coarse?: unknown; work?: unknown } } | null)?.stats;
  if (stats?.coarse !== true) return false;
  return typeof stats.work !== 'number' || stats.work < FULL_WORK_BUDGET;
}

/**
 * Versions made by another analysis version (or before it was recorded), and versions whose report went coarse, oldest
 * first. Reads no text.
 */
export async function staleVersions(db: HistoryDb): Promise<Stale[]> {
  const out: Stale[] = [];
  let cursor = await db.transaction(STORE.versions).store.openCursor();
  while (cursor) {
    const v = cursor.value as { analysisVersion?: unknown; capturedAt?: unknown; report?: unknown };
    if (v.analysisVersion !== ANALYSIS_VERSION || needsFullAnalysis(v.report))
      out.push({ id: String(cursor.primaryKey), capturedAt: typeof v.capturedAt === 'string' ? v.capturedAt : '' });
    cursor = await cursor.continue();
  }
  return out.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
}

/** Whether a run is needed: false without reading the versions when the last run left everything current. */
export async function needsReanalysis(db: HistoryDb): Promise<boolean> {
  if ((await db.get(STORE.meta, ANALYSED_WITH_KEY)) === ANALYSIS_VERSION) return false;
  return (await staleVersions(db)).length > 0;
}

/** Forget that everything is current (an import may have brought versions made by another analysis). */
export async function markReanalysisNeeded(db: HistoryDb): Promise<void> {
  await db.delete(STORE.meta, ANALYSED_WITH_KEY);
}

/** The version analysed again with the current code (pure apart from reading texts). */
async function analysedAgain(db: HistoryDb, version: PolicyVersion): Promise<PolicyVersion | null> {
  const text = await readText(db, version.textHash);
  if (text === null) return null;
  const reading = readPolicy(text);
  let report = version.report;
  if (report !== null && version.previousId !== null) {
    const previous = await getVersionIn(db, version.previousId);
    const previousText = previous ? await readText(db, previous.textHash) : null;
    // The previous version was pruned: its text is gone, and the old report is the only comparison there is.
    if (previousText !== null) {
      report = analyzePolicyChange(
        previousText,
        text,
        needsFullAnalysis(version.report) ? { budget: FULL_WORK_BUDGET } : {},
      );
    }
  }
  if (report) report = { ...report, state: reading };
  const unseen = version.unseen && report?.material === true;
  return { ...version, report, reading, analysisVersion: ANALYSIS_VERSION, unseen };
}

/** Write `next` over the stored record, unless it changed since it was read. True when written. */
async function replaceIfSame(db: HistoryDb, read: PolicyVersion, next: PolicyVersion): Promise<boolean> {
  const tx = db.transaction(STORE.versions, 'readwrite');
  const parsed = versionSchema.safeParse(fromStoredVersion(await tx.store.get(read.id)));
  const current = parsed.success ? parsed.data : null;
  const alreadyCurrent = current && current.analysisVersion === ANALYSIS_VERSION && !needsFullAnalysis(current.report);
  if (!current || current.textHash !== read.textHash || alreadyCurrent) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  // Only what the analysis produces is taken from `next`; anything else a context changed meanwhile (seen) stays.
  const unseen = current.unseen && next.unseen;
  await tx.store.put(
    toStoredVersion({
      ...current,
      report: next.report,
      reading: next.reading,
      analysisVersion: ANALYSIS_VERSION,
      unseen,
    }),
  );
  await tx.done;
  return true;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Re-analyse every stale version, oldest first, reporting progress after each. Versions that fail validation are
 * left to the store's quarantine; a version whose text is gone keeps its old analysis and is marked current (there
 * is nothing to read it from).
 */
export async function reanalyseIn(
  db: HistoryDb,
  onProgress: (progress: ReanalysisProgress) => void | Promise<void> = () => undefined,
): Promise<ReanalysisResult> {
  const stale = await staleVersions(db);
  const progress: ReanalysisProgress = {
    analysisVersion: ANALYSIS_VERSION,
    total: stale.length,
    done: 0,
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
  const result: ReanalysisResult = { reanalysed: 0, unseenCleared: 0 };
  if (stale.length > 0) await onProgress({ ...progress });
  for (const { id } of stale) {
    const version = await getVersionIn(db, id);
    if (version && (version.analysisVersion !== ANALYSIS_VERSION || needsFullAnalysis(version.report))) {
      const next = (await analysedAgain(db, version)) ?? { ...version, analysisVersion: ANALYSIS_VERSION };
      if (await replaceIfSame(db, version, next)) {
        result.reanalysed++;
        if (version.unseen && !next.unseen) result.unseenCleared++;
      }
    }
    progress.done++;
    await onProgress({ ...progress });
    // Let messages and captures in between: the analysis of a long policy takes a while.
    await nextTask();
  }
  if ((await staleVersions(db)).length === 0) await db.put(STORE.meta, ANALYSIS_VERSION, ANALYSED_WITH_KEY);
  if (stale.length > 0) await onProgress({ ...progress, finishedAt: new Date().toISOString() });
  return result;
}

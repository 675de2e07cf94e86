import { analyzePolicyChange } from '../analysis';
import type { HistoryDb } from './db';
import { readText } from './read';
import type { CaptureSource, PolicyVersion } from './types';

// Where a version goes in its document's history: by its own recording time, before or after what is there. A
// version's time is when it was recorded (by the page, the check, or Open Terms Archive), never when it arrived: an
// import of years of history after today's visit places each version at its date, and today's capture stays the
// latest. A version is compared with the newest earlier version from the same source; a version placed between two
// becomes the earlier one of the next version from its source, whose comparison is made again against it.

export interface Place {
  /** The document's valid versions, oldest first, as read for this capture. */
  history: PolicyVersion[];
  /** Versions recorded at or before the new one's time, oldest first. */
  before: PolicyVersion[];
  /** Versions recorded after it, oldest first: not empty when the new version is history, not news. */
  after: PolicyVersion[];
  /** The newest version before it, of any source. */
  latestBefore: PolicyVersion | null;
  /** The newest version before it from its source: what it is compared with. */
  previous: PolicyVersion | null;
  /** The oldest version after it from its source: compared again against it. */
  next: PolicyVersion | null;
}

/** The versions one version is compared among: one source, one region variant. */
export interface VersionStream {
  source: CaptureSource;
  regionVariant: PolicyVersion['regionVariant'];
}

/** ISO 8601 UTC strings of one format order like the times they name. */
export function placeOf(history: PolicyVersion[], stream: VersionStream, at: string): Place {
  const sameStream = (v: PolicyVersion) => v.source === stream.source && v.regionVariant === stream.regionVariant;
  const before = history.filter((v) => v.capturedAt <= at);
  const after = history.filter((v) => v.capturedAt > at);
  return {
    history,
    before,
    after,
    latestBefore: before.at(-1) ?? null,
    previous: before.findLast(sameStream) ?? null,
    next: after.find(sameStream) ?? null,
  };
}

/**
 * Two versions of one document recorded in the same millisecond (two sources at once) would order by their random
 * ids: the later arrival takes the next free millisecond, so the order stays the order of arrival there.
 */
export function untiedTime(history: readonly PolicyVersion[], at: string): string {
  let ms = Date.parse(at);
  const taken = new Set(history.map((v) => v.capturedAt));
  while (taken.has(new Date(ms).toISOString())) ms++;
  return new Date(ms).toISOString();
}

/**
 * The next version of the inserted one's source, compared again against it (its id kept: evidence and notifications
 * name it). It never becomes unseen by this: a change the user was not told of when it was recorded is history.
 * Null when its text cannot be read (it keeps its old comparison).
 */
export async function recomparedNext(
  db: HistoryDb,
  next: PolicyVersion,
  inserted: PolicyVersion,
  insertedText: string,
): Promise<PolicyVersion | null> {
  const nextText = await readText(db, next.textHash);
  if (nextText === null) return null;
  const analysed = analyzePolicyChange(insertedText, nextText);
  const report = { ...analysed, state: next.reading ?? analysed.state };
  const { note: oldNote, ...rest } = next;
  // It now has an earlier version from its own source: no longer the first of a new source.
  const kept = oldNote === 'new-source' ? undefined : oldNote;
  const note = next.extractorVersion !== inserted.extractorVersion ? 'extractor-changed' : kept;
  return {
    ...rest,
    ...(note ? { note } : {}),
    previousId: inserted.id,
    report,
    unseen: next.unseen && report.material && note === undefined,
  };
}

import { z } from 'zod';
import { type HistoryDb, STORE, withHistoryDb } from './db';

// Per-document state of the background checks, kept in the history database's 'meta' store (it must survive worker
// restarts, and it belongs with the history it feeds). Key: "check:<platformId>/<documentId>".

const checkState = z.object({
  failures: z.number().int().nonnegative(),
  /** ISO time before which the document is not fetched again (back-off after failures); null when not backing off. */
  nextAttemptAt: z.iso.datetime().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  /**
   * The last fetch came, but its HTML holds no policy text without the page's scripts: this platform's policy cannot
   * be read by a background check (only visits read it). Nothing is stored from such a fetch.
   */
  unreadable: z.boolean().default(false),
});
export type CheckState = z.output<typeof checkState>;

export const INITIAL_CHECK_STATE: CheckState = {
  failures: 0,
  nextAttemptAt: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  unreadable: false,
};

/** First retry after 30 minutes, doubling up to one day. */
export const BACKOFF_BASE_MS = 30 * 60_000;
export const BACKOFF_MAX_MS = 24 * 60 * 60_000;

export function backoffDelayMs(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
}

/** The state after an attempt. Pure. */
export function nextCheckState(previous: CheckState, now: Date, error: string | null, unreadable = false): CheckState {
  const at = now.toISOString();
  if (error === null) return { ...INITIAL_CHECK_STATE, lastAttemptAt: at, lastSuccessAt: at };
  const failures = previous.failures + 1;
  return {
    failures,
    nextAttemptAt: new Date(now.getTime() + backoffDelayMs(failures)).toISOString(),
    lastAttemptAt: at,
    lastSuccessAt: previous.lastSuccessAt,
    lastError: error.slice(0, 500),
    unreadable,
  };
}

function metaKey(platformId: string, documentId: string): string {
  return `check:${platformId}/${documentId}`;
}

export async function readCheckState(platformId: string, documentId: string): Promise<CheckState> {
  const stored = await withHistoryDb((db) => db.get(STORE.meta, metaKey(platformId, documentId)));
  const parsed = checkState.safeParse(stored);
  return parsed.success ? parsed.data : INITIAL_CHECK_STATE;
}

export async function writeCheckState(platformId: string, documentId: string, state: CheckState): Promise<void> {
  await withHistoryDb((db) => db.put(STORE.meta, state, metaKey(platformId, documentId)));
}

/** The earliest pending retry of any document, for the retry alarm. */
export function earliestRetry(): Promise<number | null> {
  return withHistoryDb(earliestRetryIn);
}

async function earliestRetryIn(db: HistoryDb): Promise<number | null> {
  let earliest: number | null = null;
  const keys = await db.getAllKeys(STORE.meta, IDBKeyRange.bound('check:', 'check:\uffff'));
  for (const key of keys) {
    const parsed = checkState.safeParse(await db.get(STORE.meta, key));
    const at = parsed.success && parsed.data.nextAttemptAt ? Date.parse(parsed.data.nextAttemptAt) : null;
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}

import type { HistoryDb } from './db';
import { DEFAULT_PRUNE_LIMITS, pruneHistory, totalTextBytes } from './prune';

// When IndexedDB runs out of room (QuotaExceededError: the disk is full, or the browser's per-origin quota is reached
// despite "unlimitedStorage"), the history makes room by the documented pruning policy (prune.ts: seen noise first,
// then seen changes, then unseen changes, oldest first; never the first or latest version of a document, a version
// named by evidence, or evidence) and the capture is written again. The caller tells the user what happened.

/** Is this error (a DOMException, or idb's wrapping of one) IndexedDB reporting that the storage is full? */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/**
 * Prune until the stored texts take at most half what they take now, less the bytes the failed write needed: a
 * margin, so the next few captures do not hit the wall again at once. Returns how many versions were removed.
 */
export async function freeSpaceFor(db: HistoryDb, bytesNeeded: number): Promise<number> {
  const current = await totalTextBytes(db);
  const maxTextBytes = Math.max(0, Math.floor(current / 2) - bytesNeeded);
  return pruneHistory(db, { ...DEFAULT_PRUNE_LIMITS, maxTextBytes });
}

import { type HistoryDb, STORE } from './db';
import { allVersions, docKeyOf } from './read';
import type { PolicyVersion } from './types';

// Pruning keeps the history bounded. Rules (also in the store API's documentation):
//  - never dropped: the FIRST version of a document (what the user started from), the LATEST version (what the next
//    capture is compared with), a version an evidence record points to (policyVersionId), and evidence records
//    themselves (pruning never touches the evidence store);
//  - a document keeps at most `maxVersionsPerDocument` versions;
//  - all texts together stay under `maxTextBytes` compressed bytes;
//  - when something must go, the order is: seen noise-only versions, then seen changes, then unseen changes, oldest
//    first within each group;
//  - a text is deleted when no remaining version uses it.
// A later version's `previousId` and report may then refer to a pruned version: its report still describes the
// change from that (now removed) text, which is what the user was alerted about.

export interface PruneLimits {
  maxVersionsPerDocument: number;
  maxTextBytes: number;
}

/** About 100 versions per document and 50 MB of compressed text (a 180 kB policy compresses to about 35 kB). */
export const DEFAULT_PRUNE_LIMITS: PruneLimits = { maxVersionsPerDocument: 100, maxTextBytes: 50 * 1024 * 1024 };

export async function pruneHistory(db: HistoryDb, limits: PruneLimits = DEFAULT_PRUNE_LIMITS): Promise<number> {
  const versions = await allVersions(db);
  const protectedIds = await evidenceVersionIds(db);
  const byDoc = new Map<string, PolicyVersion[]>();
  for (const v of versions) {
    const list = byDoc.get(docKeyOf(v)) ?? [];
    list.push(v);
    byDoc.set(docKeyOf(v), list);
  }

  const candidates: PolicyVersion[] = [];
  const doomed = new Set<string>();
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    for (const id of [list[0]?.id, list.at(-1)?.id]) if (id) protectedIds.add(id);
    const prunable = list.filter((v) => !protectedIds.has(v.id)).sort(pruneOrder);
    const excess = list.length - limits.maxVersionsPerDocument;
    for (const v of prunable.slice(0, Math.max(0, excess))) doomed.add(v.id);
    candidates.push(...prunable.filter((v) => !doomed.has(v.id)));
  }

  const sizeOf = await textSizes(db);
  let bytes = [...sizeOf.values()].reduce((a, b) => a + b, 0);
  const hashUse = new Map<string, number>();
  for (const v of versions) hashUse.set(v.textHash, (hashUse.get(v.textHash) ?? 0) + 1);
  const release = (v: PolicyVersion) => {
    const left = (hashUse.get(v.textHash) ?? 1) - 1;
    hashUse.set(v.textHash, left);
    if (left === 0) bytes -= sizeOf.get(v.textHash) ?? 0;
  };
  for (const v of versions) if (doomed.has(v.id)) release(v);
  for (const v of candidates.sort(pruneOrder)) {
    if (bytes <= limits.maxTextBytes) break;
    doomed.add(v.id);
    release(v);
  }
  if (doomed.size === 0) return 0;
  await deleteVersions(
    db,
    versions.filter((v) => doomed.has(v.id)),
    hashUse,
  );
  return doomed.size;
}

function pruneRank(v: PolicyVersion): number {
  if (v.unseen) return 2;
  return v.report && !v.report.material ? 0 : 1;
}

function pruneOrder(a: PolicyVersion, b: PolicyVersion): number {
  return pruneRank(a) - pruneRank(b) || a.capturedAt.localeCompare(b.capturedAt);
}

async function evidenceVersionIds(db: HistoryDb): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const record of (await db.getAll(STORE.evidence)) as { policyVersionId?: unknown }[]) {
    if (typeof record?.policyVersionId === 'string') ids.add(record.policyVersionId);
  }
  return ids;
}

/** Sum of compressed text sizes, read from the bySize index keys (no text is loaded). */
export async function totalTextBytes(db: HistoryDb): Promise<number> {
  return [...(await textSizes(db)).values()].reduce((a, b) => a + b, 0);
}

async function textSizes(db: HistoryDb): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  let cursor = await db.transaction(STORE.texts).store.index('bySize').openKeyCursor();
  while (cursor) {
    sizes.set(String(cursor.primaryKey), Number(cursor.key));
    cursor = await cursor.continue();
  }
  return sizes;
}

async function deleteVersions(db: HistoryDb, doomed: PolicyVersion[], hashUse: Map<string, number>): Promise<void> {
  const tx = db.transaction([STORE.versions, STORE.texts], 'readwrite');
  const versions = tx.objectStore(STORE.versions);
  for (const v of doomed) void versions.delete(v.id);
  for (const hash of new Set(doomed.map((v) => v.textHash))) {
    // Re-check inside the transaction: a capture in another context may have reused the text meanwhile.
    if ((hashUse.get(hash) ?? 0) === 0 && (await versions.index('byHash').count(hash)) === 0) {
      void tx.objectStore(STORE.texts).delete(hash);
    }
  }
  await tx.done;
}

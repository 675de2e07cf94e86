import type { HistoryDb } from './db';
import { STORE } from './db';
import { recomparedNext } from './place';
import { docKeyOf, rawVersionsOfDocument, readText, validVersions } from './read';
import { toStoredVersion } from './records';
import type { DocumentKey, PolicyVersion } from './types';

// After versions were merged into a document's history (a restored backup), each version must still be compared
// with the newest earlier version from its own source, by date. Where a merged version now sits in between, the
// later one is compared again against it (ids kept; never made unseen: see place.ts). Returns how many were.

export async function relinkDocuments(db: HistoryDb, touched: readonly DocumentKey[]): Promise<number> {
  const keys = new Map(touched.map((k) => [docKeyOf(k), k]));
  let relinked = 0;
  for (const key of keys.values()) relinked += await relinkDocument(db, key);
  return relinked;
}

async function relinkDocument(db: HistoryDb, key: DocumentKey): Promise<number> {
  const versions = await validVersions(db, await rawVersionsOfDocument(db, key));
  const fixed: PolicyVersion[] = [];
  for (const [i, v] of versions.entries()) {
    const previous = versions.slice(0, i).findLast((p) => p.source === v.source);
    if (!previous || v.previousId === previous.id) continue;
    const previousText = await readText(db, previous.textHash);
    const again = previousText === null ? null : await recomparedNext(db, v, previous, previousText);
    if (again) fixed.push(again);
  }
  if (fixed.length === 0) return 0;
  const tx = db.transaction(STORE.versions, 'readwrite');
  for (const v of fixed) await tx.store.put(toStoredVersion(v));
  await tx.done;
  return fixed.length;
}

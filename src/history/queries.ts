import { z } from 'zod';
import { type HistoryDb, STORE } from './db';
import { totalTextBytes } from './prune';
import { allVersions, docKeyOf, docRange, type RawRecord, readText, validVersions } from './read';
import { fromStoredVersion, hashSchema, readingSchema, toStoredVersion, versionSchema } from './records';
import type { DocumentKey, DocumentSummary, HistoryStorageEstimate, PolicyVersion, VersionReading } from './types';

// The store's reads and small writes, each on an open database; store.ts binds them to the extension's database.

export async function listDocumentsIn(db: HistoryDb): Promise<DocumentSummary[]> {
  const byDoc = new Map<string, DocumentSummary>();
  const versions = (await allVersions(db)).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  for (const v of versions) {
    const key = docKeyOf(v);
    const summary = byDoc.get(key);
    if (!summary) {
      const { platformId, documentId, locale } = v;
      byDoc.set(key, {
        platformId,
        documentId,
        locale,
        versions: 1,
        firstCapturedAt: v.capturedAt,
        latest: v,
        unseen: v.unseen ? 1 : 0,
      });
    } else {
      summary.versions++;
      summary.latest = v;
      if (v.unseen) summary.unseen++;
    }
  }
  return [...byDoc.values()];
}

export async function getVersionIn(db: HistoryDb, id: string): Promise<PolicyVersion | null> {
  const value: unknown = await db.get(STORE.versions, id);
  if (value === undefined) return null;
  const [version] = await validVersions(db, [{ key: id, value }]);
  return version ?? null;
}

export async function getTextIn(db: HistoryDb, idOrHash: string): Promise<string | null> {
  if (hashSchema.safeParse(idOrHash).success) return readText(db, idOrHash);
  const version = await getVersionIn(db, idOrHash);
  return version ? readText(db, version.textHash) : null;
}

export async function markSeenIn(db: HistoryDb, target: DocumentKey | string): Promise<number> {
  const tx = db.transaction(STORE.versions, 'readwrite');
  const ids: IDBValidKey[] = typeof target === 'string' ? [target] : await tx.store.index('unseen').getAllKeys();
  let changed = 0;
  for (const id of ids) {
    const parsed = versionSchema.safeParse(fromStoredVersion(await tx.store.get(id)));
    if (!parsed.success || !parsed.data.unseen) continue;
    if (typeof target !== 'string' && docKeyOf(parsed.data) !== docKeyOf(target)) continue;
    await tx.store.put(toStoredVersion({ ...parsed.data, unseen: false }));
    changed++;
  }
  await tx.done;
  return changed;
}

export async function deleteAllIn(db: HistoryDb, evidence: boolean): Promise<void> {
  const stores = [STORE.versions, STORE.texts, STORE.quarantine, ...(evidence ? [STORE.evidence] : [])];
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
}

export async function storageEstimateIn(db: HistoryDb): Promise<HistoryStorageEstimate> {
  const versions = await db.count(STORE.versions);
  const texts = await db.count(STORE.texts);
  let textChars = 0;
  let cursor = await db.transaction(STORE.texts).store.openCursor();
  while (cursor) {
    const chars = (cursor.value as { chars?: unknown }).chars;
    if (typeof chars === 'number') textChars += chars;
    cursor = await cursor.continue();
  }
  const quarantined = await db.count(STORE.quarantine);
  const estimate =
    typeof navigator === 'undefined' ? undefined : await navigator.storage?.estimate?.().catch(() => undefined);
  return {
    versions,
    texts,
    textBytes: await totalTextBytes(db),
    textChars,
    quarantined,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

export async function unseenCountIn(db: HistoryDb, platformId?: string): Promise<number> {
  if (platformId === undefined) return db.countFromIndex(STORE.versions, 'unseen');
  // The sparse 'unseen' index holds only unseen changes: few records, read without touching the rest.
  const unseen = await validVersions(db, await rawFromIndex(db, 'unseen'));
  return unseen.filter((v) => v.platformId === platformId).length;
}

async function rawFromIndex(db: HistoryDb, index: string) {
  const raws: RawRecord[] = [];
  let cursor = await db.transaction(STORE.versions).store.index(index).openCursor();
  while (cursor) {
    raws.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  return raws;
}

const readingEntry = z.object({ id: z.string(), capturedAt: z.string(), reading: readingSchema.optional() });

/**
 * The readings of one document's versions, oldest first, without inflating their reports (the overview reads every
 * platform's history at once). A record whose reading does not validate gives no reading; the full read of that
 * version (listVersions) is what sets a corrupt record aside.
 */
export async function readingsOfDocumentIn(db: HistoryDb, key: DocumentKey): Promise<VersionReading[]> {
  const out: VersionReading[] = [];
  let cursor = await db.transaction(STORE.versions).store.index('byDocTime').openCursor(docRange(key));
  while (cursor) {
    const raw = cursor.value as { id?: unknown; capturedAt?: unknown; reading?: unknown };
    const parsed = readingEntry.safeParse({ id: raw.id, capturedAt: raw.capturedAt, reading: raw.reading });
    if (parsed.success)
      out.push({ id: parsed.data.id, capturedAt: parsed.data.capturedAt, reading: parsed.data.reading ?? null });
    else if (typeof raw.id === 'string' && typeof raw.capturedAt === 'string')
      out.push({ id: raw.id, capturedAt: raw.capturedAt, reading: null });
    cursor = await cursor.continue();
  }
  return out;
}

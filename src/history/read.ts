import type { z } from 'zod';
import { inflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { describeIssue, fromStoredVersion, type StoredText, storedTextSchema, versionSchema } from './records';
import type { PolicyVersion } from './types';

// Validated reads. Every record read from the database goes through its zod schema; one that fails is moved to the
// 'quarantine' store with the reason (so it can be inspected or exported) and left out of the answer, never thrown.

type StoreName = (typeof STORE)[keyof typeof STORE];

export interface RawRecord {
  key: IDBValidKey;
  value: unknown;
}

export interface QuarantineRecord {
  store: StoreName;
  key: IDBValidKey;
  reason: string;
  record: unknown;
  at: string;
}

/** Move records out of their store into 'quarantine', in one transaction. */
export async function quarantine(db: HistoryDb, store: StoreName, bad: { raw: RawRecord; reason: string }[]) {
  if (bad.length === 0) return;
  const tx = db.transaction([store, STORE.quarantine], 'readwrite');
  const at = new Date().toISOString();
  for (const { raw, reason } of bad) {
    console.warn(`[policy-watch] history: record ${String(raw.key)} of ${store} set aside: ${reason}`);
    void tx.objectStore(STORE.quarantine).add({ store, key: raw.key, reason, record: raw.value, at });
    void tx.objectStore(store).delete(raw.key);
  }
  await tx.done;
}

/** Validate raw records; quarantine the invalid ones; return the valid ones parsed. */
export async function validateRecords<S extends z.ZodType>(
  db: HistoryDb,
  store: StoreName,
  schema: S,
  raws: RawRecord[],
): Promise<z.output<S>[]> {
  const good: z.output<S>[] = [];
  const bad: { raw: RawRecord; reason: string }[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw.value);
    if (parsed.success) good.push(parsed.data);
    else bad.push({ raw, reason: describeIssue(parsed.error) });
  }
  await quarantine(db, store, bad);
  return good;
}

export function validVersions(db: HistoryDb, raws: RawRecord[]): Promise<PolicyVersion[]> {
  const inflated = raws.map((raw) => ({ key: raw.key, value: fromStoredVersion(raw.value) }));
  return validateRecords(db, STORE.versions, versionSchema, inflated);
}

/** Raw versions of one document, oldest first (or newest first with direction 'prev'), up to `limit`. */
export async function rawVersionsOfDocument(
  db: HistoryDb,
  key: { platformId: string; documentId: string; locale: string },
  direction: 'next' | 'prev' = 'next',
  limit = Number.POSITIVE_INFINITY,
): Promise<RawRecord[]> {
  const range = docRange(key);
  const out: RawRecord[] = [];
  let cursor = await db.transaction(STORE.versions).store.index('byDocTime').openCursor(range, direction);
  while (cursor && out.length < limit) {
    out.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  return out;
}

export function docRange(key: { platformId: string; documentId: string; locale: string }): IDBKeyRange {
  const prefix = [key.platformId, key.documentId, key.locale];
  return IDBKeyRange.bound([...prefix, ''], [...prefix, '\uffff']);
}

export async function readStoredText(db: HistoryDb, hash: string): Promise<StoredText | null> {
  const value: unknown = await db.get(STORE.texts, hash);
  if (value === undefined) return null;
  const [text] = await validateRecords(db, STORE.texts, storedTextSchema, [{ key: hash, value }]);
  return text ?? null;
}

/** The plain text for a hash, or null when missing or unreadable (an undecodable record is quarantined). */
export async function readText(db: HistoryDb, hash: string): Promise<string | null> {
  const stored = await readStoredText(db, hash);
  if (!stored) return null;
  try {
    return inflateText(stored.data);
  } catch (error) {
    const reason = `cannot decompress: ${error instanceof Error ? error.message : String(error)}`;
    await quarantine(db, STORE.texts, [{ raw: { key: hash, value: stored }, reason }]);
    return null;
  }
}

/** Every valid version in the database (any document), in key order. */
export async function allVersions(db: HistoryDb): Promise<PolicyVersion[]> {
  const raws: RawRecord[] = [];
  let cursor = await db.transaction(STORE.versions).store.openCursor();
  while (cursor) {
    raws.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  return validVersions(db, raws);
}

export function docKeyOf(key: { platformId: string; documentId: string; locale: string }): string {
  return `${key.platformId}/${key.documentId}/${key.locale}`;
}

import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { deflateText } from './compress';

// The one IndexedDB database of the extension ("policy-watch"), shared by the background worker and our extension
// pages (they run on the same origin). The schema is versioned: each numbered step in MIGRATIONS takes a database at
// version N-1 to version N, and `upgrade` runs every step the opened database has not seen yet, in order, inside the
// single version-change transaction (so an interrupted upgrade leaves the old version intact).
//
// Stores (current version):
//   versions    one PolicyVersion per distinct text a document had (key: id). Indexes:
//                 byDocTime  [platformId, documentId, locale, capturedAt]  (history of one document, oldest first)
//                 byHash     textHash                                         (is a text still referenced?)
//                 unseen     unseenIdx (present only on unseen changes)      (badge count without reading reports)
//   texts       one StoredText per distinct normalised text (key: hash), deflate-compressed. Index bySize: bytes.
//   evidence    EvidenceRecord, written by src/history/evidence.ts (key: id). Index byPlatform: platformId.
//   meta        small out-of-line keyed values (per-document check state, ...).
//   quarantine  records that failed validation on read, with the reason (auto-increment key).

export const DB_NAME = 'policy-watch';

export const STORE = {
  versions: 'versions',
  texts: 'texts',
  evidence: 'evidence',
  meta: 'meta',
  quarantine: 'quarantine',
} as const;

// idb's typed schema would force every record type here; the records are validated with zod on read instead
// (records.ts), so the database is typed loosely and the store functions are the typed surface.
export type HistoryDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

type MigrationStep = (db: HistoryDb, tx: UpgradeTx) => void;

/**
 * Numbered schema steps. Never edit a step that has shipped; add a new one. A step may not await anything but the
 * upgrade transaction's own requests (a version-change transaction commits as soon as it has nothing pending).
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  // 1: versions and plain-text texts (the first slice).
  (db) => {
    const versions = db.createObjectStore(STORE.versions, { keyPath: 'id' });
    versions.createIndex('byDocTime', ['platformId', 'documentId', 'locale', 'capturedAt']);
    versions.createIndex('byHash', 'textHash');
    db.createObjectStore(STORE.texts, { keyPath: 'hash' });
  },
  // 2: texts are deflate-compressed (about 5x smaller); existing plain texts are converted in place.
  (_db, tx) => {
    const texts = tx.objectStore(STORE.texts);
    texts.createIndex('bySize', 'bytes');
    void (async () => {
      let cursor = await texts.openCursor();
      while (cursor) {
        const old = cursor.value as { hash: string; text?: unknown };
        if (typeof old.text === 'string') {
          const data = deflateText(old.text);
          void cursor.update({ hash: old.hash, encoding: 'deflate', data, chars: old.text.length, bytes: data.length });
        }
        cursor = await cursor.continue();
      }
    })();
  },
  // 3: unseen-changes index (sparse: only records carrying unseenIdx), filled for existing unseen changes.
  (_db, tx) => {
    const versions = tx.objectStore(STORE.versions);
    versions.createIndex('unseen', 'unseenIdx');
    void (async () => {
      let cursor = await versions.openCursor();
      while (cursor) {
        const v = cursor.value as { unseen?: unknown; unseenIdx?: unknown };
        if (v.unseen === true && v.unseenIdx !== 1) void cursor.update({ ...v, unseenIdx: 1 });
        cursor = await cursor.continue();
      }
    })();
  },
  // 4: evidence (owned by evidence.ts), meta and quarantine stores.
  (db) => {
    const evidence = db.createObjectStore(STORE.evidence, { keyPath: 'id' });
    evidence.createIndex('byPlatform', 'platformId');
    db.createObjectStore(STORE.meta);
    db.createObjectStore(STORE.quarantine, { autoIncrement: true });
  },
];

export const DB_VERSION = MIGRATIONS.length;

const connections = new Map<string, Promise<HistoryDb>>();
/** Connections closed under their users (another context deleted or upgraded the database). */
const closedUnderUs = new WeakSet<HistoryDb>();

/**
 * Open (and upgrade if needed) the history database. One connection per context and name is cached; when another
 * context upgrades the schema, this connection closes itself so the upgrade is not blocked, and the next call
 * reopens. `name` exists for tests.
 */
export function openHistoryDb(name: string = DB_NAME, version: number = DB_VERSION): Promise<HistoryDb> {
  const cacheKey = `${name}@${version}`;
  const cached = connections.get(cacheKey);
  if (cached) return cached;
  const opening = openDB(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      for (let step = oldVersion; step < target; step++) MIGRATIONS[step]?.(db as HistoryDb, tx as UpgradeTx);
    },
    blocking() {
      connections.delete(cacheKey);
      void opening.then((db) => {
        closedUnderUs.add(db);
        db.close();
      });
    },
    terminated() {
      connections.delete(cacheKey);
      void opening.then((db) => closedUnderUs.add(db));
    },
  }).catch((error: unknown) => {
    connections.delete(cacheKey);
    throw error;
  });
  connections.set(cacheKey, opening);
  return opening;
}

/**
 * Run `op` on the database. When the connection it got was closed under it meanwhile (another context deleted the
 * history or upgraded the schema: a transaction then cannot start, "The database connection is closing"), `op` runs
 * once more on a fresh connection. Safe: a transaction that could not start wrote nothing, and the store's writes
 * are idempotent (a capture seen again is 'unchanged'). Any other error is the caller's.
 */
export async function withHistoryDb<T>(op: (db: HistoryDb) => Promise<T>, name: string = DB_NAME): Promise<T> {
  const db = await openHistoryDb(name);
  try {
    return await op(db);
  } catch (error) {
    if (!closedUnderUs.has(db)) throw error;
    return op(await openHistoryDb(name));
  }
}

/** Close and forget cached connections (tests, and before deleting the database). */
export async function closeHistoryDb(name: string = DB_NAME): Promise<void> {
  for (const [key, promise] of [...connections]) {
    if (!key.startsWith(`${name}@`)) continue;
    connections.delete(key);
    (await promise.catch(() => null))?.close();
  }
}

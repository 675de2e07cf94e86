import { DB_NAME, type HistoryDb, STORE, withHistoryDb } from './db';
import { type RawRecord, validateRecords } from './read';
import { evidenceSchema } from './records';
import type { EvidenceRecord } from './types';

// The evidence log: one record per objection the user made, kept in the 'evidence' store of the history database
// (pruning never removes these, nor the policy versions they name). Written by the background (confirmation seen on
// a form page) and by our pages (the user marks a route done or says a letter was sent). Records are checked against
// the same schema on write and on read; a corrupt one is quarantined like any other history record.

export type NewEvidence = Omit<EvidenceRecord, 'id' | 'at'> & { at?: string };

export interface EvidenceFile {
  format: 'policy-watch-evidence';
  formatVersion: 1;
  exportedAt: string;
  records: EvidenceRecord[];
}

export interface EvidenceLog {
  /** Store a new record (id and time filled in); returns it as stored. */
  add(input: NewEvidence): Promise<EvidenceRecord>;
  /** Every record, oldest first. */
  list(): Promise<EvidenceRecord[]>;
  /** The records of one platform, oldest first. */
  listForPlatform(platformId: string): Promise<EvidenceRecord[]>;
  /** The log as a self-describing JSON document (what "Download as JSON" saves). */
  exportFile(now?: Date): Promise<EvidenceFile>;
}

/** The log on database `name` (tests use their own; the extension the default). */
export function createEvidenceLog(name: string = DB_NAME): EvidenceLog {
  const run = <T>(op: (db: HistoryDb) => Promise<T>) => withHistoryDb(op, name);
  const list = (platformId?: string) =>
    run(async (conn) => {
      const tx = conn.transaction(STORE.evidence);
      const source = platformId === undefined ? tx.store : tx.store.index('byPlatform');
      const raws: RawRecord[] = [];
      for (let cursor = await source.openCursor(platformId); cursor; cursor = await cursor.continue()) {
        raws.push({ key: cursor.primaryKey, value: cursor.value });
      }
      await tx.done;
      const records = await validateRecords(conn, STORE.evidence, evidenceSchema, raws);
      return records.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    });
  return {
    async add(input) {
      const record = evidenceSchema.parse({
        ...input,
        id: crypto.randomUUID(),
        at: input.at ?? new Date().toISOString(),
      });
      await run((db) => db.add(STORE.evidence, record));
      return record;
    },
    list: () => list(),
    listForPlatform: (platformId) => list(platformId),
    async exportFile(now = new Date()) {
      return {
        format: 'policy-watch-evidence',
        formatVersion: 1,
        exportedAt: now.toISOString(),
        records: await list(),
      };
    },
  };
}

const defaultLog = createEvidenceLog();

export const addEvidence = defaultLog.add;
export const listEvidence = defaultLog.list;
export const exportEvidence = defaultLog.exportFile;

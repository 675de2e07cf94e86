import { z } from 'zod';
import { normalizePolicyText } from '../analysis';
import { deflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { allVersions, docKeyOf, readText } from './read';
import { markReanalysisNeeded } from './reanalyse';
import { describeIssue, evidenceSchema, hashSchema, toStoredVersion, versionSchema } from './records';
import type { EvidenceRecord, HistoryExport, ImportResult, PolicyVersion } from './types';

// Export and import of the whole history as one JSON document (the history page's backup / move to another browser).
// Import is a merge: a version already present (same document, textHash and capturedAt) is skipped, a text is
// accepted only if it hashes to its key, and nothing present is overwritten.

const exportSchema = z.object({
  format: z.literal('policy-watch-history'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  versions: z.array(z.unknown()),
  texts: z.array(z.object({ hash: hashSchema, text: z.string().max(2_000_000) })),
  evidence: z.array(z.unknown()).default([]),
});

export async function exportHistory(db: HistoryDb): Promise<HistoryExport> {
  const versions = await allVersions(db);
  const texts: HistoryExport['texts'] = [];
  for (const hash of new Set(versions.map((v) => v.textHash))) {
    const text = await readText(db, hash);
    if (text !== null) texts.push({ hash, text });
  }
  const evidence: EvidenceRecord[] = [];
  for (const raw of await db.getAll(STORE.evidence)) {
    const parsed = evidenceSchema.safeParse(raw);
    if (parsed.success) evidence.push(parsed.data);
  }
  return {
    format: 'policy-watch-history',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    versions,
    texts,
    evidence,
  };
}

export async function importHistory(db: HistoryDb, data: unknown): Promise<ImportResult> {
  const file = exportSchema.safeParse(data);
  if (!file.success) throw new Error(`not a Policy Watch history export: ${describeIssue(file.error)}`);
  const result: ImportResult = { versionsAdded: 0, versionsSkipped: 0, textsAdded: 0, evidenceAdded: 0, rejected: [] };

  const goodTexts = new Map<string, string>();
  for (const { hash, text } of file.data.texts) {
    if ((await sha256Hex(normalizePolicyText(text))) === hash) goodTexts.set(hash, text);
    else result.rejected.push(`text ${hash.slice(0, 12)}: does not match its hash`);
  }

  const existing = await allVersions(db);
  const seen = new Set(existing.map(identity));
  const ids = new Set(existing.map((v) => v.id));
  const idMap = new Map<string, string>();
  const incoming: PolicyVersion[] = [];
  for (const [i, raw] of file.data.versions.entries()) {
    const parsed = versionSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push(`version #${i}: ${describeIssue(parsed.error)}`);
      continue;
    }
    const v = parsed.data;
    const known = existing.find((e) => identity(e) === identity(v));
    if (known) idMap.set(v.id, known.id);
    if (seen.has(identity(v))) {
      result.versionsSkipped++;
      continue;
    }
    const haveText = goodTexts.has(v.textHash) || (await db.count(STORE.texts, v.textHash)) > 0;
    if (!haveText) {
      result.rejected.push(`version ${v.id}: its text is missing`);
      continue;
    }
    seen.add(identity(v));
    const id = ids.has(v.id) ? crypto.randomUUID() : v.id;
    ids.add(id);
    idMap.set(v.id, id);
    // Imported changes are history, not news: they do not raise the badge.
    incoming.push({ ...v, id, unseen: false });
  }

  const tx = db.transaction([STORE.versions, STORE.texts, STORE.evidence], 'readwrite');
  for (const v of incoming) {
    const previousId = v.previousId === null ? null : (idMap.get(v.previousId) ?? v.previousId);
    const text = goodTexts.get(v.textHash);
    if (text !== undefined && (await tx.objectStore(STORE.texts).count(v.textHash)) === 0) {
      const bytes = deflateText(text);
      await tx.objectStore(STORE.texts).put({
        hash: v.textHash,
        encoding: 'deflate',
        data: bytes,
        chars: text.length,
        bytes: bytes.length,
      });
      result.textsAdded++;
    }
    await tx.objectStore(STORE.versions).put(toStoredVersion({ ...v, previousId }));
    result.versionsAdded++;
  }
  for (const [i, raw] of file.data.evidence.entries()) {
    const parsed = evidenceSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push(`evidence #${i}: ${describeIssue(parsed.error)}`);
      continue;
    }
    if ((await tx.objectStore(STORE.evidence).count(parsed.data.id)) > 0) continue;
    await tx.objectStore(STORE.evidence).put(parsed.data);
    result.evidenceAdded++;
  }
  await tx.done;
  // The file may come from a build with another analysis: let the background re-analysis look at it.
  if (result.versionsAdded > 0) await markReanalysisNeeded(db);
  return result;
}

/** Two versions are the same record when they are the same text of the same document captured at the same time. */
function identity(v: PolicyVersion): string {
  return `${docKeyOf(v)}|${v.textHash}|${v.capturedAt}`;
}

import { z } from 'zod';
import { normalizePolicyText } from '../analysis';
import { ownLinkRefusal } from '../platforms/own-links';
import { getPlatform } from '../platforms/registry';
import { deflateText } from './compress';
import { type HistoryDb, STORE } from './db';
import { sha256Hex } from './hash';
import { MAX_TEXT_CHARS, textRefusal, timeRefusal } from './limits';
import { allVersions, docKeyOf, readText } from './read';
import { markReanalysisNeeded } from './reanalyse';
import { describeIssue, evidenceSchema, hashSchema, toStoredVersion, versionSchema } from './records';
import { relinkDocuments } from './relink';
import type { EvidenceRecord, HistoryExport, ImportResult, PolicyVersion } from './types';

// Export and import of the whole history as one JSON document (the history page's backup / move to another browser).
// Import is a merge: a version already present (same document, textHash and capturedAt) is skipped, a text is
// accepted only if it hashes to its key, and nothing present is overwritten. A backup is untrusted (it may have been
// edited, or made to plant things): every record is checked on its own, and a bad one is skipped and named in the
// result while the good ones are imported. A version dated in the future, with an objection link off the platform's
// own https pages, or of a platform not in the registry is refused; a text over 2 MB, or one too deeply nested to
// read, too. Imported versions are placed by their dates; where they fall between versions already stored, the
// later ones are compared again (relink.ts).

/** Records of one kind in one file: ten times what pruning keeps for every platform of the registry. */
const MAX_RECORDS = 50_000;

const exportSchema = z.object({
  format: z.literal('policy-watch-history'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  versions: z.array(z.unknown()).max(MAX_RECORDS),
  texts: z.array(z.unknown()).max(MAX_RECORDS),
  evidence: z.array(z.unknown()).max(MAX_RECORDS).default([]),
});
const textEntrySchema = z.object({ hash: hashSchema, text: z.string() });

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

/** How far a restore has come: records checked so far, of all. */
export type ImportProgress = (done: number, total: number) => void;

export async function importHistory(db: HistoryDb, data: unknown, onProgress?: ImportProgress): Promise<ImportResult> {
  const file = exportSchema.safeParse(data);
  if (!file.success) throw new Error(`not a Policy Watch history export: ${describeIssue(file.error)}`);
  const result: ImportResult = { versionsAdded: 0, versionsSkipped: 0, textsAdded: 0, evidenceAdded: 0, rejected: [] };
  const total = file.data.texts.length + file.data.versions.length;
  const goodTexts = await checkedTexts(file.data.texts, result, (done) => onProgress?.(done, total));
  const offset = file.data.texts.length;
  const incoming = await checkedVersions(db, file.data.versions, goodTexts, result, (done) =>
    onProgress?.(offset + done, total),
  );
  const evidence = checkedEvidence(file.data.evidence, result);
  await writeImport(db, incoming, goodTexts, evidence, result);
  // Imported versions that fall between stored ones: the later ones are compared again against them.
  await relinkDocuments(db, incoming);
  // The file may come from a build with another analysis: let the background re-analysis look at it.
  if (result.versionsAdded > 0) await markReanalysisNeeded(db);
  return result;
}

/** The texts that are what they claim to be (their hash), within the size limit and readable. */
async function checkedTexts(
  raws: readonly unknown[],
  result: ImportResult,
  onProgress: (done: number) => void,
): Promise<Map<string, string>> {
  const good = new Map<string, string>();
  for (const [i, raw] of raws.entries()) {
    const refusal = await textEntryRefusal(raw, good);
    if (refusal) result.rejected.push(`text #${i}: ${refusal}`);
    if (i % 20 === 19) onProgress(i + 1);
  }
  onProgress(raws.length);
  return good;
}

async function textEntryRefusal(raw: unknown, good: Map<string, string>): Promise<string | null> {
  // The size first, before anything reads the text.
  const text = (raw as { text?: unknown } | null)?.text;
  if (typeof text === 'string' && text.length > MAX_TEXT_CHARS) return textRefusal(text);
  const parsed = textEntrySchema.safeParse(raw);
  if (!parsed.success) return describeIssue(parsed.error);
  const { hash } = parsed.data;
  const unreadable = textRefusal(parsed.data.text);
  if (unreadable) return `${hash.slice(0, 12)}: ${unreadable}`;
  try {
    if ((await sha256Hex(normalizePolicyText(parsed.data.text))) !== hash)
      return `${hash.slice(0, 12)} does not match its hash`;
  } catch (error) {
    // A text nested deeper than the reader goes (a stack overflow): this text only, not the whole restore.
    return error instanceof RangeError ? `${hash.slice(0, 12)} is too deeply nested to read` : String(error);
  }
  good.set(hash, parsed.data.text);
  return null;
}

/** Why an imported version may not be stored (beyond its shape), or null when it may. */
export function versionRefusal(v: PolicyVersion): string | null {
  const platform = getPlatform(v.platformId);
  if (!platform) return `${v.platformId} is not a platform Policy Watch knows`;
  const time = timeRefusal(v.capturedAt) ?? timeRefusal(v.lastSeenAt);
  if (time) return time;
  for (const link of v.objectionLinks ?? []) {
    const refusal = ownLinkRefusal(link.href, platform);
    if (refusal) return `objection link ${JSON.stringify(link.href.slice(0, 80))}: ${refusal}`;
  }
  return null;
}

function parsedVersion(raw: unknown): { version: PolicyVersion } | { refusal: string } {
  try {
    const parsed = versionSchema.safeParse(raw);
    if (!parsed.success) return { refusal: describeIssue(parsed.error) };
    const refusal = versionRefusal(parsed.data);
    return refusal ? { refusal } : { version: parsed.data };
  } catch (error) {
    return { refusal: error instanceof RangeError ? 'too deeply nested to read' : String(error) };
  }
}

async function checkedVersions(
  db: HistoryDb,
  raws: readonly unknown[],
  goodTexts: Map<string, string>,
  result: ImportResult,
  onProgress: (done: number) => void,
): Promise<PolicyVersion[]> {
  const existing = await allVersions(db);
  const known = new Map(existing.map((v) => [identity(v), v.id]));
  const ids = new Set(existing.map((v) => v.id));
  const idMap = new Map<string, string>();
  const incoming: PolicyVersion[] = [];
  for (const [i, raw] of raws.entries()) {
    if (i % 20 === 19) onProgress(i + 1);
    const checked = parsedVersion(raw);
    if ('refusal' in checked) {
      result.rejected.push(`version #${i}${describeRaw(raw)}: ${checked.refusal}`);
      continue;
    }
    const v = checked.version;
    const same = known.get(identity(v));
    if (same) {
      idMap.set(v.id, same);
      result.versionsSkipped++;
      continue;
    }
    const haveText = goodTexts.has(v.textHash) || (await db.count(STORE.texts, v.textHash)) > 0;
    if (!haveText) {
      result.rejected.push(`version ${v.id}: its text is missing`);
      continue;
    }
    const id = ids.has(v.id) ? crypto.randomUUID() : v.id;
    ids.add(id);
    idMap.set(v.id, id);
    known.set(identity(v), id);
    // Imported changes are history, not news: they do not raise the badge.
    incoming.push({ ...v, id, unseen: false });
  }
  onProgress(raws.length);
  return incoming.map((v) => ({ ...v, previousId: v.previousId === null ? null : (idMap.get(v.previousId) ?? null) }));
}

/** " (facebook/privacy-policy, 2099-01-01T00:00:00.000Z)" when the raw record says so much, for the summary. */
function describeRaw(raw: unknown): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  const parts = [r.platformId, r.documentId].filter((p) => typeof p === 'string').map((p) => String(p).slice(0, 40));
  const at = typeof r.capturedAt === 'string' ? `, ${r.capturedAt.slice(0, 30)}` : '';
  return parts.length ? ` (${parts.join('/')}${at})` : '';
}

function checkedEvidence(raws: readonly unknown[], result: ImportResult): EvidenceRecord[] {
  const good: EvidenceRecord[] = [];
  for (const [i, raw] of raws.entries()) {
    const parsed = evidenceSchema.safeParse(raw);
    const refusal = parsed.success ? timeRefusal(parsed.data.at) : describeIssue(parsed.error);
    if (refusal || !parsed.success) result.rejected.push(`evidence #${i}: ${refusal}`);
    else good.push(parsed.data);
  }
  return good;
}

async function writeImport(
  db: HistoryDb,
  incoming: readonly PolicyVersion[],
  goodTexts: Map<string, string>,
  evidence: readonly EvidenceRecord[],
  result: ImportResult,
): Promise<void> {
  const tx = db.transaction([STORE.versions, STORE.texts, STORE.evidence], 'readwrite');
  for (const v of incoming) {
    const text = goodTexts.get(v.textHash);
    if (text !== undefined && (await tx.objectStore(STORE.texts).count(v.textHash)) === 0) {
      const bytes = deflateText(text);
      const record = { hash: v.textHash, encoding: 'deflate', data: bytes, chars: text.length, bytes: bytes.length };
      await tx.objectStore(STORE.texts).put(record);
      result.textsAdded++;
    }
    await tx.objectStore(STORE.versions).put(toStoredVersion(v));
    result.versionsAdded++;
  }
  for (const record of evidence) {
    if ((await tx.objectStore(STORE.evidence).count(record.id)) > 0) continue;
    await tx.objectStore(STORE.evidence).put(record);
    result.evidenceAdded++;
  }
  await tx.done;
}

/** Two versions are the same record when they are the same text of the same document captured at the same time. */
function identity(v: PolicyVersion): string {
  return `${docKeyOf(v)}|${v.textHash}|${v.capturedAt}`;
}

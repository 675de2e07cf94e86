import { z } from 'zod';
import { AI_DATA_KINDS, ANALYSIS_SCHEMA_VERSION, FLAG_KINDS, LEGAL_BASES, type PolicyReading } from '../analysis/types';
import { LANGUAGES } from '../i18n/languages';
import { REGION_VARIANTS } from '../platforms/schema';
import { deflateText, inflateText } from './compress';
import { changeDatesSchema, policyDatesSchema, regionsSchema } from './dates-schema';
import type { EvidenceRecord, PolicyVersion } from './types';

// zod schemas for everything read back from IndexedDB or from an imported file. Storage can hold anything: records
// written by an older build, a half-written record, or a hand-edited export. A record that fails here is set aside
// (quarantine) by the store rather than trusted or allowed to break the read of the others.

const iso = z.iso.datetime({ offset: true });
const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);
const language = z.enum(LANGUAGES);
const changeKind = z.enum(['added', 'removed', 'modified']);

export const flagSchema = z.object({
  kind: z.enum(FLAG_KINDS),
  basis: z.enum(LEGAL_BASES).optional(),
  from: z.enum(LEGAL_BASES).nullable().optional(),
  purpose: z.string().nullable().optional(),
  change: changeKind,
  severity: z.enum(['high', 'medium', 'low']),
  before: z.string().nullable(),
  after: z.string().nullable(),
  section: z.string(),
  summary: z.string(),
  region: regionsSchema.optional(),
});

const wordRun = z.object({ op: z.enum(['equal', 'add', 'remove']), text: z.string() });

const blockChange = z.object({
  change: z.enum(['added', 'removed', 'modified', 'moved']),
  section: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  words: z.array(wordRun).optional(),
  noise: z.boolean().optional(),
});

const basis = z.enum(LEGAL_BASES);

export const readingSchema = z.object({
  language,
  trainsAi: z.boolean(),
  aiTraining: z.array(
    z.object({
      sentence: z.string(),
      section: z.string(),
      data: z.array(z.enum(AI_DATA_KINDS)),
      basis: basis.nullable(),
      purpose: z.string().optional(),
    }),
  ),
  aiBases: z.array(basis),
  purposes: z.array(z.object({ purpose: z.string(), basis, section: z.string(), aiTraining: z.boolean() })),
  objection: z.array(z.object({ sentence: z.string(), section: z.string(), ai: z.boolean() })),
  basesListed: z.array(z.object({ basis, sentence: z.string(), section: z.string() })).optional(),
  notRead: z.literal('language').optional(),
  dates: policyDatesSchema.optional(),
}) satisfies z.ZodType<PolicyReading>;

export const reportSchema = z.object({
  schemaVersion: z.literal(ANALYSIS_SCHEMA_VERSION),
  language,
  material: z.boolean(),
  capture: z.enum(['ok', 'empty', 'truncated']),
  stats: z.object({
    blocksBefore: z.number(),
    blocksAfter: z.number(),
    added: z.number(),
    removed: z.number(),
    modified: z.number(),
    moved: z.number(),
    unchanged: z.number(),
    ms: z.number(),
    work: z.number().optional(),
    coarse: z.boolean(),
  }),
  flags: z.array(flagSchema),
  changes: z.array(blockChange),
  languageBefore: language.optional(),
  state: readingSchema.optional(),
  /** The text is in a language the analysis does not read (kept, not compared): the views say so. */
  notAnalysed: z.literal('language').optional(),
  dates: changeDatesSchema.optional(),
});

export const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const versionSchema = z.object({
  id: z.string().min(1).max(100),
  platformId: slug,
  documentId: slug,
  locale: z.string().min(2).max(20),
  textHash: hashSchema,
  capturedAt: iso,
  lastSeenAt: iso,
  url: z.string().max(4096),
  source: z.enum(['visit', 'background', 'import', 'ota']),
  regionVariant: z.enum(REGION_VARIANTS).optional(),
  extractorVersion: z.number().int().nonnegative(),
  language,
  chars: z.number().int().nonnegative(),
  report: reportSchema.nullable(),
  previousId: z.string().nullable(),
  unseen: z.boolean(),
  note: z.enum(['extractor-changed', 'new-source', 'reported-via-other-source', 'capture-shrank']).optional(),
  reading: readingSchema.optional(),
  analysisVersion: z.number().int().nonnegative().optional(),
  objectionLinks: z
    .array(z.object({ href: z.string().max(4096), text: z.string().max(200), context: z.string().max(400) }))
    .max(50)
    .optional(),
}) satisfies z.ZodType<PolicyVersion>;

/** A text as kept in the 'texts' store. */
export const storedTextSchema = z.object({
  hash: hashSchema,
  encoding: z.literal('deflate'),
  data: z.instanceof(Uint8Array),
  chars: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type StoredText = z.infer<typeof storedTextSchema>;

/** How the guide recognised a confirmation (src/walkthrough/guide): shared with the record-evidence message. */
export const evidenceRecognitionSchema = z.object({
  outcome: z.enum(['form-replaced', 'message-shown']),
  knownPhrase: z.string().max(500).nullable(),
  secondsAfterPress: z.number().min(0).max(3600),
});

export const evidenceSchema = z.object({
  id: z.string().min(1).max(100),
  platformId: slug,
  routeId: slug,
  formUrl: z.string().max(4096),
  accountEmail: z.string().max(320).nullable(),
  at: iso,
  policyVersionId: z.string().nullable(),
  confirmationText: z.string().max(20_000).nullable(),
  method: z.enum(['form-confirmed', 'marked-done', 'email-sent', 'setting-changed']),
  recognition: evidenceRecognitionSchema.optional(),
}) satisfies z.ZodType<EvidenceRecord>;

/**
 * The stored form of a version: the record plus a sparse index field present only while it is an unseen change, and
 * the report's block changes deflated (`changesZ`). The changes hold both sides of every changed block and their word
 * runs: measured on the 42-version Facebook series, 6.1 MB of records as plain objects against 1.3 MB of texts; the
 * rest of the report (flags, stats, material) stays plain so it can be read and indexed as it is.
 */
export type StoredVersion = Omit<PolicyVersion, 'report'> & {
  report: (Omit<NonNullable<PolicyVersion['report']>, 'changes'> & { changes?: unknown }) | null;
  unseenIdx?: 1;
  changesZ?: Uint8Array;
};

export function toStoredVersion(v: PolicyVersion): StoredVersion {
  const { unseenIdx: _drop, changesZ: _old, ...plain } = v as PolicyVersion & { unseenIdx?: 1; changesZ?: unknown };
  let stored: StoredVersion = plain;
  if (plain.report) {
    // The report's `state` is the version's `reading` (one text, one reading): kept once, on the version.
    const { changes, state, ...rest } = plain.report;
    const reading = plain.reading ?? state;
    stored = {
      ...plain,
      ...(reading ? { reading } : {}),
      report: rest,
      changesZ: deflateText(JSON.stringify(changes)),
    };
  }
  return plain.unseen ? { ...stored, unseenIdx: 1 } : stored;
}

/**
 * A stored version as the schema expects it: the deflated changes put back. Anything that does not inflate or parse
 * is left out, so the schema check fails and the record is set aside with a reason (never thrown). Records written
 * before changesZ existed carry their changes plain and pass through unchanged.
 */
export function fromStoredVersion(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('changesZ' in raw)) return raw;
  const { changesZ, ...rest } = raw as { changesZ: unknown; report?: unknown; reading?: unknown };
  if (!(changesZ instanceof Uint8Array) || typeof rest.report !== 'object' || rest.report === null) return rest;
  try {
    const state = rest.reading === undefined ? {} : { state: rest.reading };
    return { ...rest, report: { ...rest.report, ...state, changes: JSON.parse(inflateText(changesZ)) } };
  } catch {
    return rest;
  }
}

/** First zod issue in plain words, for logs and the quarantine record. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

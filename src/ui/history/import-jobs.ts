import { z } from 'zod';
import { importVersions } from '../../history/import-versions';
import { importAll } from '../../history/store';
import { LANGUAGES } from '../../i18n/languages';
import { readZipWithin, ZipRefused } from './zip-limits';

// The heavy part of every import, run off the options page's main thread (import-worker.ts) and, where no worker
// can start (unit tests), in place by the same code: reading a zip within its limits, recording past versions,
// restoring a backup. Jobs and replies cross a thread, so both sides check their shape.

const target = z.object({
  platformId: z.string().max(60),
  documentId: z.string().max(60),
  locale: z.string().max(20),
  url: z.string().max(4096),
});
const version = z.object({ capturedAt: z.string().max(40), text: z.string(), path: z.string().max(4096) });

export const importJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zip'), bytes: z.instanceof(Uint8Array) }),
  z.object({ kind: z.literal('versions'), target, versions: z.array(version) }),
  z.object({ kind: z.literal('backup'), text: z.string(), lang: z.enum(LANGUAGES) }),
]);
export type ImportJob = z.infer<typeof importJob>;

const summary = z.object({
  added: z.number(),
  unchanged: z.number(),
  refused: z.array(z.object({ path: z.string(), reason: z.string() })),
  ms: z.number(),
});
const restored = z.object({
  versionsAdded: z.number(),
  versionsSkipped: z.number(),
  textsAdded: z.number(),
  evidenceAdded: z.number(),
  rejected: z.array(z.string()),
});

export const importReply = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({
    kind: z.literal('zip-read'),
    files: z.array(z.object({ path: z.string(), text: z.string() })),
    skipped: z.array(z.string()),
  }),
  z.object({ kind: z.literal('imported'), summary }),
  z.object({ kind: z.literal('restored'), result: restored }),
  /** `reason`: what the page says (not-json / not-export / refused: a limit, with the detail). */
  z.object({
    kind: z.literal('failed'),
    reason: z.enum(['not-json', 'not-export', 'refused', 'error']),
    detail: z.string(),
  }),
]);
export type ImportReply = z.infer<typeof importReply>;

/** Run one job, posting progress and then exactly one final reply. */
export async function runImportJob(job: ImportJob, post: (reply: ImportReply) => void): Promise<void> {
  const progress = (done: number, total: number) => post({ kind: 'progress', done, total });
  try {
    if (job.kind === 'zip') {
      post({ kind: 'zip-read', ...readZipWithin(job.bytes) });
    } else if (job.kind === 'versions') {
      post({ kind: 'imported', summary: await importVersions(job.target, job.versions, progress) });
    } else {
      await restoreBackup(job.text, progress, post);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ kind: 'failed', reason: error instanceof ZipRefused ? 'refused' : 'error', detail });
  }
}

async function restoreBackup(
  text: string,
  progress: (done: number, total: number) => void,
  post: (reply: ImportReply) => void,
): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    post({ kind: 'failed', reason: 'not-json', detail: '' });
    return;
  }
  try {
    post({ kind: 'restored', result: await importAll(data, progress) });
  } catch (error) {
    post({ kind: 'failed', reason: 'not-export', detail: error instanceof Error ? error.message : String(error) });
  }
}

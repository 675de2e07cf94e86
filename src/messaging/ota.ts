import { z } from 'zod';
import { defineMessage } from './define';

// Messages of the Open Terms Archive source: our pages ask the worker to import a document's past versions from it
// ("Import past versions", one click); the progress is also written to storage (local:ota.import) for the page.

const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);

export const otaImportProgress = z.object({
  platformId: slug,
  documentId: slug,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Versions that were new to the history (the others were already there). */
  added: z.number().int().nonnegative(),
  error: z.string().max(500).nullable(),
  /** GitHub asked to wait until then (ISO): run the import again after it to go on. */
  waitUntil: z.iso.datetime().nullable(),
  finished: z.boolean(),
});
export type OtaImportProgress = z.output<typeof otaImportProgress>;

export const importOtaHistory = defineMessage(
  'import-ota-history',
  z.object({ platformId: slug, documentId: slug }),
  otaImportProgress,
  'extension-page',
);

import { z } from 'zod';
import { evidenceRecognitionSchema } from '../history/records';
import { defineMessage } from './define';

// Messages from the in-page objection guide (content script on a form or settings page) to the background. The
// content script cannot open the extension's IndexedDB, so the background writes the evidence record.

const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);

/**
 * The platform confirmed an objection (its confirmation screen is showing), or the user changed the setting. The
 * form's URL is taken from the sender, not from the message, and must be a page of this route.
 */
export const recordEvidence = defineMessage(
  'record-evidence',
  z.object({
    platformId: slug,
    routeId: slug,
    method: z.enum(['form-confirmed', 'setting-changed']),
    accountEmail: z.email().max(320).nullable(),
    confirmationText: z.string().trim().min(1).max(20_000).nullable(),
    /** What happened after the user's own press of Send (form-confirmed). */
    recognition: evidenceRecognitionSchema.optional(),
  }),
  z.object({ id: z.string(), policyVersionId: z.string().nullable() }),
  'content-script',
);

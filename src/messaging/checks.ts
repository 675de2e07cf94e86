import { z } from 'zod';
import { defineMessage } from './define';
import { MAX_OBJECTION_LINKS } from './limits';
import { objectionLink } from './page';

// Messages of the background checks: the worker asks the offscreen document (Chrome) to parse fetched HTML, and our
// pages (options) may ask the worker to run the checks now.

const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);

/** Parse a fetched policy page with the registry's extract rule; answers the Markdown or why there is none. */
export const parsePolicyHtml = defineMessage(
  'parse-policy-html',
  z.object({
    // The largest policy page in the corpus is under 2 MB of HTML; 8 MB leaves room without inviting abuse.
    html: z.string().min(1).max(8_000_000),
    url: z.url().max(4096),
    platformId: slug,
    documentId: slug,
  }),
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      markdown: z.string(),
      lang: z.string().max(35).nullable(),
      objectionLinks: z.array(objectionLink).max(MAX_OBJECTION_LINKS).optional(),
    }),
    z.object({
      ok: z.literal(false),
      reason: z.string(),
      /** The page came but holds no policy text without its scripts: the check cannot read it. */
      unreadable: z.boolean(),
    }),
  ]),
  'extension-page',
);

export const checkOutcome = z.object({
  platformId: slug,
  documentId: slug,
  outcome: z.enum(['baseline', 'unchanged', 'noise', 'changed', 'refused', 'failed', 'unreadable', 'skipped']),
  reason: z.string().optional(),
  /** Which source read it: the background check (default) or Open Terms Archive. */
  source: z.enum(['background', 'ota']).optional(),
});
export type CheckOutcome = z.output<typeof checkOutcome>;

/** Run the background checks now (options page "Check now"), ignoring back-off; optionally for one platform. */
export const runChecksNow = defineMessage(
  'run-checks-now',
  z.object({ platformId: slug.optional() }),
  z.object({ results: z.array(checkOutcome) }),
  'extension-page',
);

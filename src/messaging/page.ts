import { z } from 'zod';
import { PAGE_TYPES, type PageType } from '../platforms/page-types';
import { defineMessage } from './define';
import { MAX_OBJECTION_LINKS } from './limits';

// Messages from the content script on a platform page to the background worker.

export const pageType = z.enum(PAGE_TYPES);
export type { PageType };

const platformId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(40);
// Platform pages are served over HTTPS only; anything else (javascript:, data:, file:) is refused at the door.
const pageUrl = z.url({ protocol: /^https$/ }).max(4096);
const locale = z
  .string()
  .regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/)
  .max(20);

/** One objection link of a policy: where it leads, and what the policy says there. */
export const objectionLink = z.object({
  href: pageUrl,
  text: z.string().min(1).max(200),
  context: z.string().max(400),
});

/** The content script recognised (or re-recognised after a single-page navigation) what the tab shows. */
export const pageSeen = defineMessage(
  'page-seen',
  z.object({
    url: pageUrl,
    platformId,
    pageType,
    documentId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(60)
      .nullable(),
    routeId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(60)
      .nullable(),
    locale,
  }),
  z.object({ recorded: z.boolean() }),
  'content-script',
);

/** Policy text captured from the page. The background re-checks the sender's URL against the registry. */
export const policyCaptured = defineMessage(
  'policy-captured',
  z.object({
    url: pageUrl,
    platformId,
    documentId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(60),
    locale,
    // 2 MB of text is ten times the largest policy in the corpus; more is refused, not truncated.
    text: z.string().min(1).max(2_000_000),
    extractorVersion: z.number().int().nonnegative(),
    /** The objection routes the policy links to (src/page/objection-links.ts); absent from older content scripts. */
    objectionLinks: z.array(objectionLink).max(MAX_OBJECTION_LINKS).optional(),
  }),
  z.object({
    outcome: z.enum(['baseline', 'unchanged', 'noise', 'changed', 'refused']),
    reason: z.string().optional(),
  }),
  'content-script',
);

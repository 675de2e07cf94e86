import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages';

// Platform knowledge is data: one JSON file per platform family under ./data, validated by this schema when loaded.
// Bump PLATFORM_FORMAT_VERSION on an incompatible change and keep the loader able to read the previous one.
export const PLATFORM_FORMAT_VERSION = 1 as const;

const lang = z.enum(LANGUAGES);
/** One schema per language, from the one list of languages. */
function perLanguage<T extends z.ZodType>(schema: (language: Language) => T) {
  return Object.fromEntries(LANGUAGES.map((l) => [l, schema(l)])) as { [L in Language]: T };
}
/** Text per language; English is required, it is the fallback. */
export const localizedText = z.object({
  ...perLanguage(() => z.string().min(1).optional()),
  en: z.string().min(1),
});
/** Several phrasings per language, used to recognise things on a page by their visible text. */
export const localizedPhrases = z.object(perLanguage(() => z.array(z.string().min(1)).default([])));

/** A host pattern: exact host ("www.facebook.com") or any subdomain and the domain itself ("*.facebook.com"). */
const hostPattern = z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'host pattern like "*.facebook.com"');
/**
 * A path pattern, matched case-insensitively against the pathname only: starts with "/", "*" matches any run of
 * characters, "{locale}" matches one locale segment ("en", "de-de", "en-GB", "fr_FR") and tells the page's locale.
 */
/** The region variants a document can have (see policyDocument.regionVariants). */
export const REGION_VARIANTS = ['EU', 'UK', 'US', 'global'] as const;
export type RegionVariant = (typeof REGION_VARIANTS)[number];

const pathPattern = z
  .string()
  .startsWith('/')
  .regex(/^[^?#\s]*$/, 'a path only: no query, fragment or spaces');
/** Maintainers' note: where the knowledge comes from, why an entry looks odd. Never shown to users. */
const notes = z.string().min(1).optional();

export const extractRule = z.object({
  /** Tried in order; the first that yields enough text wins. Prefer ids, roles and tags over generated classes. */
  selectors: z.array(z.string().min(1)).min(1),
  /** Removed from the chosen element before reading its text (navigation, buttons, "back to top"). */
  remove: z.array(z.string().min(1)).default([]),
  /** Below this many characters of text the capture is refused as empty or cut short. */
  minChars: z.number().int().positive().default(1500),
  /** Phrases one of which must appear in a genuine capture (any language); used by the text-based fallback too. */
  markers: z.array(z.string().min(1)).min(1),
});

/**
 * The Open Terms Archive collections whose version repositories (github.com/OpenTermsArchive/<repo>) the registry may
 * name: each publishes every recorded version of a document as "<Service>/<Terms>.md", one commit per version.
 */
export const OTA_VERSION_REPOS = [
  'pga-versions',
  'contrib-versions',
  'vlopses-ie-versions',
  'france-versions',
  'france-elections-versions',
  'genai-eu-versions',
] as const;
export type OtaVersionRepo = (typeof OTA_VERSION_REPOS)[number];

/** One segment of an Open Terms Archive path ("Facebook", "Privacy Policy.md"): no slash, no leading dot. */
const otaSegment = '[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}';
/** Where Open Terms Archive tracks a document: the collection's version repository and the file in it. */
export const otaSource = z.object({
  repo: z.enum(OTA_VERSION_REPOS),
  path: z
    .string()
    .regex(new RegExp(`^${otaSegment}/${otaSegment}\\.md$`), '"<Service>/<Terms>.md" as in the repository')
    .refine((path) => !path.includes('..'), 'no ".." in the path'),
});

/**
 * Why a document has no background check (no fetchUrl): its page shows no policy text without client scripts (a
 * check runs none), or only behind a login. Shown in the overview; such documents are read by visits, and by Open
 * Terms Archive when the user turns it on.
 */
export const NO_CHECK_REASONS = ['needs-scripts', 'login-wall'] as const;
export type NoCheckReason = (typeof NO_CHECK_REASONS)[number];
export const noBackgroundCheck = z.object({
  reason: z.enum(NO_CHECK_REASONS),
  /** What shows it (an Open Terms Archive declaration with executeClientScripts, a real fetch). */
  evidence: z.string().min(1),
});

const policyDocumentFields = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedText,
  /** Paths on the platform's hosts where the document is shown to a user. */
  paths: z.array(pathPattern).min(1),
  /** Hosts for these paths when they differ from the platform's hosts (e.g. privacycenter.instagram.com). */
  hosts: z.array(hostPattern).optional(),
  extract: extractRule,
  /** A URL that returns the policy text to a plain GET (no login, no client script): used by background checks. */
  fetchUrl: z.url().optional(),
  /**
   * The platform (id) that publishes this document on its own hosts, when it is not this platform: YouTube's privacy
   * policy is Google's, on policies.google.com. Background checks may fetch this document from that platform's hosts.
   */
  publishedBy: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /**
   * The region variants of this document, by the paths that show each (LinkedIn's /legal/privacy/eu is the EU
   * notice, /legal/privacy-policy the global policy): a version records its variant, and versions of two variants are
   * never compared as one replacing the other (src/platforms/region-variant.ts, src/history/capture.ts).
   */
  regionVariants: z.array(z.object({ region: z.enum(REGION_VARIANTS), paths: z.array(pathPattern).min(1) })).optional(),
  /** Set exactly when there is no fetchUrl: why a background check cannot read this document. */
  noBackgroundCheck: noBackgroundCheck.optional(),
  /** The Open Terms Archive collection and file that track this document (the optional second source). */
  ota: otaSource.optional(),
  notes,
});

export const policyDocument = policyDocumentFields.superRefine((d, ctx) => {
  // Every document is either read in the background or says why it cannot be.
  if (d.fetchUrl === undefined && d.noBackgroundCheck === undefined)
    ctx.addIssue({ code: 'custom', path: ['noBackgroundCheck'], message: 'no fetchUrl: say why (noBackgroundCheck)' });
  if (d.fetchUrl !== undefined && d.noBackgroundCheck !== undefined)
    ctx.addIssue({ code: 'custom', path: ['noBackgroundCheck'], message: 'a fetchUrl and noBackgroundCheck both' });
});

export const formField = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  purpose: z.enum(['email', 'reason', 'country', 'name', 'confirm', 'other']),
  required: z.boolean(),
  /** How to find the field without class names: label / placeholder / aria-label texts per language. */
  labels: localizedPhrases,
  /** The input type to expect (email, text, textarea, select, checkbox, file). */
  type: z.enum(['email', 'text', 'textarea', 'select', 'checkbox', 'file']),
  /** The field is not on every version of the form (Meta's 2024 form asked for the country, the 2025 one does not). */
  mayBeMissing: z.boolean().default(false),
  explain: localizedText,
});

/**
 * Where the knowledge of a route comes from (FORMS.md): a link in the platform's own policy (dated; the strongest
 * evidence, and the route is shown as possibly outdated once the current policy stops linking it), the platform's
 * own help or settings pages, or third parties' reports (news, consumer centres, datenanfragen.de).
 */
export const routeSource = z.object({
  kind: z.enum(['policy-link', 'platform-page', 'third-party']),
  /** Who says so: the policy version (file, commit) or the sources, briefly. */
  evidence: z.string().min(1),
  /** When it was seen there: an ISO date or "YYYY-MM-DD/YYYY-MM-DD" range. */
  seen: z.string().regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/, 'an ISO date or a date range'),
});

/**
 * A question the platform asks before the form ("Is your request about AI at Meta?" → "Yes"): the guide recognises
 * the question by its text and points at the answer to choose; the user chooses it.
 */
export const routeBranch = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: localizedPhrases,
  answer: localizedPhrases,
  /** The button that goes on once the answer is chosen ("Next"), when the page has one. */
  continueLabels: localizedPhrases.optional(),
  explain: localizedText,
});

/** A code the platform emails after the form is sent, to be typed into a second screen. */
export const routeVerification = z.object({
  /** The code field's label texts. */
  labels: localizedPhrases,
  /** The button that sends the code. */
  submitLabels: localizedPhrases,
  explain: localizedText,
});

export const objectionRoute = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['form', 'setting', 'email']),
  title: localizedText,
  /** What the objection covers, in plain words. */
  description: localizedText,
  /** The form or settings page; for kind "email", a mailto: or the page naming the contact. */
  url: z.string().min(1),
  /** Locale-specific variants of url (de-de.facebook.com/...). */
  localizedUrls: z.partialRecord(lang, z.string().min(1)).optional(),
  /** Paths (on the platform's hosts) that show this form: how the content script recognises it. */
  paths: z.array(pathPattern).default([]),
  /** Hosts for these paths when they differ from the platform's hosts. */
  hosts: z.array(hostPattern).optional(),
  /** Who runs those hosts, as the guide names them ("Meta" on help.meta.com), when it is not the platform. */
  siteName: z.string().min(1).optional(),
  requiresLogin: z.boolean().default(false),
  /** Texts shown when the user must log in first (the page is a login wall). */
  loginMarkers: localizedPhrases.optional(),
  fields: z.array(formField).default([]),
  /** Visible texts of the platform's own submit button; the guide points at it and never clicks it. */
  submitLabels: localizedPhrases.optional(),
  /** Texts of the confirmation screen after submitting. */
  confirmationMarkers: localizedPhrases.optional(),
  /** For kind "setting": the toggle's label, and the state that means "opted out". */
  setting: z.object({ labels: localizedPhrases, optedOutWhen: z.enum(['on', 'off']) }).optional(),
  /** For kind "email": the data-protection contact address. */
  email: z.email().optional(),
  /** Step-by-step instructions, shown when the form is not recognised on the page. */
  steps: z.array(localizedText).min(1),
  /** Where the route is known from (see routeSource). */
  source: routeSource,
  /** Questions the platform asks before showing the form, in order. */
  branches: z.array(routeBranch).default([]),
  /** A code sent by email that the form asks for after sending (Meta's June 2024 form). */
  verification: routeVerification.optional(),
  notes,
});

export const deadline = z.object({
  /** ISO date (YYYY-MM-DD) the processing starts or the objection window closes. */
  date: z.iso.date(),
  routeId: z.string(),
  text: localizedText,
});

export const platform = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    hosts: z.array(hostPattern).min(1),
    documents: z.array(policyDocument).min(1),
    /** Settings pages worth recognising (privacy/AI settings) besides objection routes. */
    settingsPaths: z.array(pathPattern).default([]),
    objectionRoutes: z.array(objectionRoute).default([]),
    deadlines: z.array(deadline).default([]),
    notes,
  })
  .superRefine((p, ctx) => {
    // Cross-references inside one platform; checks across platforms and files are in registry.ts.
    const routeIds = new Set(p.objectionRoutes.map((r) => r.id));
    p.deadlines.forEach((d, i) => {
      if (!routeIds.has(d.routeId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', i, 'routeId'],
          message: `no objection route "${d.routeId}"`,
        });
      }
    });
    p.objectionRoutes.forEach((r, i) => {
      if (r.kind === 'setting' && !r.setting) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectionRoutes', i, 'setting'],
          message: 'a setting route needs "setting"',
        });
      }
      if (r.kind === 'email' && !r.email && !/^https:\/\//.test(r.url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectionRoutes', i],
          message: 'an email route needs "email" or an https url naming the contact',
        });
      }
      if (r.kind !== 'email' && !/^https:\/\//.test(r.url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['objectionRoutes', i, 'url'],
          message: 'a form or setting route needs an https url',
        });
      }
    });
    const docIds = p.documents.map((d) => d.id);
    docIds.forEach((id, i) => {
      if (docIds.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `document "${id}" twice` });
    });
  });

export const platformFile = z.object({
  formatVersion: z.literal(PLATFORM_FORMAT_VERSION),
  family: z.string().regex(/^[a-z0-9-]+$/),
  platforms: z.array(platform).min(1),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type LocalizedPhrases = z.infer<typeof localizedPhrases>;
export type ExtractRule = z.infer<typeof extractRule>;
export type PolicyDocument = z.infer<typeof policyDocument>;
export type OtaSource = z.infer<typeof otaSource>;
export type NoBackgroundCheck = z.infer<typeof noBackgroundCheck>;
export type FormField = z.infer<typeof formField>;
export type ObjectionRoute = z.infer<typeof objectionRoute>;
export type RouteSource = z.infer<typeof routeSource>;
export type RouteBranch = z.infer<typeof routeBranch>;
export type RouteVerification = z.infer<typeof routeVerification>;
export type Deadline = z.infer<typeof deadline>;
export type Platform = z.infer<typeof platform>;
export type PlatformFile = z.infer<typeof platformFile>;
/** A platform as written in the JSON files, before defaults are applied (what compact.ts reads). */
export type PlatformInput = z.input<typeof platform>;
export type PlatformFileInput = z.input<typeof platformFile>;

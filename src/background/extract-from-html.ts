import { attemptCapture } from '../page/capture';
import { detectPageLocale } from '../page/locale';
import { type ObjectionLink, policyObjectionLinks } from '../page/objection-links';
import { classifyUrl } from '../platforms/classify-url';
import { getPlatform } from '../platforms/registry';

// Extraction of a fetched policy page, for background checks: the registry's extract rule and the content script's
// own capture code (container choice, DOM to Markdown, refusal of login walls and error pages) and locale detection,
// so a background capture and a visit capture of the same page give the same text and the same document key.
// Needs a DOM (DOMParser): runs in Firefox's background page and in Chrome's offscreen document.

export type HtmlExtraction =
  | { ok: true; markdown: string; lang: string | null; objectionLinks?: ObjectionLink[] }
  | { ok: false; reason: string; unreadable: boolean };

/**
 * Refusals that mean the fetched HTML does not hold the policy: a page that renders it with scripts (a background
 * check runs none). A login wall or an error page is a different failure: the page said something else.
 */
const NEEDS_SCRIPTS = new Set(['no-container', 'too-short', 'no-marker']);

export function extractPolicyFromHtml(
  html: string,
  url: string,
  platformId: string,
  documentId: string,
): HtmlExtraction {
  const rule = getPlatform(platformId)?.documents.find((d) => d.id === documentId)?.extract;
  if (!rule) return { ok: false, reason: `no extract rule for ${platformId}/${documentId}`, unreadable: false };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const attempt = attemptCapture(doc, rule);
  if (!attempt.ok) {
    const unreadable = NEEDS_SCRIPTS.has(attempt.reason);
    const reason = `${unreadable ? 'the page shows no policy text without its scripts' : attempt.reason}: ${attempt.detail}`;
    return { ok: false, reason, unreadable };
  }
  return {
    ok: true,
    markdown: attempt.markdown,
    lang: detectPageLocale(doc, classifyUrl(url)?.urlLocale ?? null),
    // The printable policy a check fetches carries the same "object" links as the page a user visits.
    objectionLinks: policyObjectionLinks(doc, rule, url),
  };
}

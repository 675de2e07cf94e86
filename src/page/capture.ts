import { domToMarkdown } from '../markdown/dom';
import type { ExtractRule } from '../platforms/schema';
import { chooseContainer, containsMarker, textLength } from './container';

// One attempt at reading the policy from the page as it is now: choose the container, convert it to Markdown, and
// refuse what is not a genuine, complete policy. A refused capture is never sent, so a login wall or an error page
// can never become a "new version" of a policy.

export type RefusalReason = 'login-wall' | 'error-page' | 'no-container' | 'too-short' | 'no-marker';

export type CaptureAttempt =
  | { ok: true; markdown: string; via: string }
  | { ok: false; reason: RefusalReason; detail: string };

// Generic error-page phrases (en/de/fr); a page that says one of these and has little text is not a policy.
const ERROR_PHRASES = [
  "this content isn't available",
  'this page isn’t available',
  "this page isn't available",
  'page not found',
  'something went wrong',
  'diese seite ist leider nicht verfügbar',
  'seite nicht gefunden',
  'etwas ist schiefgelaufen',
  'cette page n’est pas disponible',
  "cette page n'est pas disponible",
  'page introuvable',
  'une erreur s’est produite',
];

type Rule = Pick<ExtractRule, 'selectors' | 'remove' | 'minChars' | 'markers'>;

/** Cheap test used while the page renders: is there a container with enough text and a marker yet? */
export function looksReady(doc: Document, rule: Rule): boolean {
  const chosen = chooseContainer(doc, rule);
  return (
    chosen !== null &&
    textLength(chosen.element) >= rule.minChars &&
    containsMarker(chosen.element.textContent ?? '', rule.markers)
  );
}

export function attemptCapture(doc: Document, rule: Rule): CaptureAttempt {
  const chosen = chooseContainer(doc, rule);
  if (!chosen)
    return refuseEmpty(
      doc,
      rule,
      'no-container',
      `no element matched ${rule.selectors.join(', ')} and no text fallback`,
    );
  const markdown = domToMarkdown(chosen.element, { remove: rule.remove });
  if (markdown.length < rule.minChars) {
    return refuseEmpty(
      doc,
      rule,
      'too-short',
      `${markdown.length} characters via ${chosen.via}, at least ${rule.minChars} expected`,
    );
  }
  if (!containsMarker(markdown, rule.markers)) {
    return { ok: false, reason: 'no-marker', detail: `none of ${rule.markers.join(' / ')} via ${chosen.via}` };
  }
  return { ok: true, markdown, via: chosen.via };
}

/** Too little text: say whether it is a login wall or an error page rather than just "short". */
function refuseEmpty(doc: Document, rule: Rule, fallback: RefusalReason, detail: string): CaptureAttempt {
  if (isLoginWall(doc, rule.minChars))
    return { ok: false, reason: 'login-wall', detail: 'password field and little text' };
  if (isErrorPage(doc)) return { ok: false, reason: 'error-page', detail: doc.title || 'error message on the page' };
  return { ok: false, reason: fallback, detail };
}

export function isLoginWall(doc: Document, minChars: number): boolean {
  const password = doc.querySelector('input[type=password], form[action*="login" i]');
  return password !== null && textLength(doc.body ?? doc.documentElement) < minChars * 2;
}

export function isErrorPage(doc: Document): boolean {
  const text = `${doc.title} ${(doc.body?.textContent ?? '').slice(0, 2000)}`.toLowerCase().replace(/\s+/g, ' ');
  return ERROR_PHRASES.some((p) => text.includes(p));
}

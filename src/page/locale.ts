import { normalizeLocale } from '../platforms/url-locale';

// The language the page is shown in. <html lang> says what the platform actually rendered, so it comes first; the
// URL (de-de. subdomain, ?hl=, ?locale=) says what was asked for and stands in when the page does not say.

/** BCP 47-like locale of the page ("de-DE", "fr", "en-GB"), or "und" when nothing tells it. */
export function detectPageLocale(doc: Document, urlLocale: string | null): string {
  return normalizeLocale(doc.documentElement.getAttribute('lang')) ?? urlLocale ?? 'und';
}

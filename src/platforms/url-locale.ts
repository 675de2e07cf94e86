// The locale a platform URL asks for, from the conventions the registry's platforms use: a locale subdomain
// (de-de.facebook.com), a query parameter (?hl=de, ?locale=fr_FR, ?lang=en) or a locale path segment (/en/privacy).

const SUBDOMAIN_LOCALE = /^([a-z]{2})-([a-z]{2})$/;
const QUERY_KEYS = ['hl', 'locale', 'lang'] as const;
const LOCALE_TEXT = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?$/i;

/** "de_de", "DE-de", "en-gb" => "de-DE", "en-GB"; anything that is not a locale => null. */
export function normalizeLocale(text: string | null | undefined): string | null {
  const m = LOCALE_TEXT.exec((text ?? '').trim());
  if (!m?.[1]) return null;
  const lang = m[1].toLowerCase();
  const region = m[2];
  if (!region) return lang;
  return `${lang}-${region.length === 2 ? region.toUpperCase() : region}`;
}

/** The locale the URL itself names, or null. `pathLocale` is the {locale} segment found by the path pattern. */
export function localeFromUrl(url: URL, pathLocale: string | null = null): string | null {
  for (const key of QUERY_KEYS) {
    const value = normalizeLocale(url.searchParams.get(key));
    if (value) return value;
  }
  const sub = SUBDOMAIN_LOCALE.exec(url.hostname.split('.', 1)[0] ?? '');
  if (sub) return `${sub[1]}-${sub[2]?.toUpperCase()}`;
  return normalizeLocale(pathLocale);
}

import type { Language } from '../../analysis/types';
import type { PolicyVersion } from '../../history/types';
import { t } from '../../i18n';

// Dates as the user reads them, in the interface language (the stored values are ISO 8601 UTC).

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

export function formatDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(LOCALES[lang], { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(LOCALES[lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * The name of a page's language in the interface language ("hi-IN" → "Hindi", "Hindi", "hindi"), from the browser's
 * own names (Intl), or null when the locale names none.
 */
export function languageName(locale: string, lang: Language): string | null {
  const base = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(base) || base === 'und') return null;
  try {
    const name = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(base);
    return name && name !== base ? name : null;
  } catch {
    return null;
  }
}

/** The page's language by name, for a version the analysis does not read ("Captured, not analysed (Hindi)"). */
export function pageLanguage(version: Pick<PolicyVersion, 'locale'>, lang: Language): string {
  return languageName(version.locale, lang) ?? t('history.language.other', lang);
}

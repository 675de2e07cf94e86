// The languages Policy Watch speaks and reads: the one list. Types, zod schemas (z.enum(LANGUAGES)), dictionaries
// (Record<Language, ...>) and the language pickers derive from it; adding a language starts here. No zod and no
// dictionary in this file: the content scripts import it freely.

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is complete everywhere and the fallback for anything missing in another language. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The supported language closest to a BCP-47 tag ("de-AT" → "de", "fr_CA" → "fr"); English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : FALLBACK_LANGUAGE;
}

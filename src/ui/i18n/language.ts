import type { Language } from '../../analysis/types';

// What every dictionary lookup shares (index.ts for the extension's pages, guide.ts for the in-page guide): the
// supported languages and placeholder filling. No dictionary here, so the guide's content script imports it freely.

export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr'];

/** The supported language closest to a BCP-47 tag ("de-AT" → "de"); English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

/** Replace `{name}` placeholders from params; an unknown placeholder stays visible rather than being dropped. */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

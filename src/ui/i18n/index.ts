import type { Language } from '../../analysis/types';
import { de } from './de';
import { en, type MessageKey } from './en';
import { fr } from './fr';

// The extension's own interface strings (policy text is never translated here). English is the complete dictionary;
// German and French fall back to English key by key, so a missing translation shows English rather than a key.
// Keys are namespaced by view: 'popup.*', 'guide.*', 'evidence.*', 'history.*'.

export type { MessageKey } from './en';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr'];

const DICTIONARIES: Record<Language, Partial<Record<MessageKey, string>>> = { en, de, fr };

/** Translate a key; `{name}` placeholders are replaced from params (values inserted as plain text by the caller). */
export function t(key: MessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The supported language closest to a BCP-47 tag ("de-AT" → "de"); English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

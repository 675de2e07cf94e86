import type { Language } from '../../analysis/types';
import { de } from './de';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { fillPlaceholders } from './language';

// The extension's own interface strings (policy text is never translated here). English is the complete dictionary;
// German and French fall back to English key by key, so a missing translation shows English rather than a key.
// Keys are namespaced by view: 'popup.*', 'guide.*', 'evidence.*', 'history.*'. The in-page guide reads its strings
// through guide.ts (only 'guide.*'), so that its content script does not carry every view's dictionary.

export type { MessageKey } from './en';
export { LANGUAGES, languageOf } from './language';

const DICTIONARIES: Record<Language, Partial<Record<MessageKey, string>>> = { en, de, fr };

/** Translate a key; `{name}` placeholders are replaced from params (values inserted as plain text by the caller). */
export function t(key: MessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(DICTIONARIES[lang][key] ?? en[key], params);
}

import { de } from './de';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Language } from './languages';
import { isSingular, type Params, translator } from './translate';

// The extension's own interface strings (policy text is never translated here). English is the complete dictionary;
// German and French fall back to English key by key, so a missing translation shows English rather than a key.
// Keys are namespaced by view: 'popup.*', 'guide.*', 'evidence.*', 'history.*'. The in-page guide reads its strings
// through guide.ts (only 'guide.*'), so that its content script does not carry every view's dictionary.

export type { MessageKey } from './en';
export { isLanguage, LANGUAGES, type Language, languageOf } from './languages';

const translate = translator<MessageKey>({ en, de, fr });

/** Translate a key; `{name}` placeholders are replaced from params (values inserted as plain text by the caller). */
export function t(key: MessageKey, lang: Language, params: Params = {}): string {
  return translate(key, lang, params);
}

/**
 * A counted string: the dictionaries keep the singular under '<key>.one'; a count the language treats as singular
 * (1 in English and German; 0 and 1 in French) uses it, every other count the key itself. Both get {count}.
 */
export function tCount(key: MessageKey, count: number, lang: Language, params: Params = {}): string {
  const singular = `${key}.one`;
  const withCount = { ...params, count };
  return isSingular(count, lang) && singular in en
    ? t(singular as MessageKey, lang, withCount)
    : t(key, lang, withCount);
}

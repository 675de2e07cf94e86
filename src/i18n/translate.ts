import { FALLBACK_LANGUAGE, type Language } from './languages';

// The one way text is looked up in every context (extension pages, worker, in-page guide, analysis): keyed
// dictionaries per language, English as the complete fallback key by key, `{name}` placeholders filled from params,
// counted strings by the language's own plural rules. Each context builds its translator from only the dictionaries
// it needs (the guide's content script does not carry the history page's strings).

export type Params = Record<string, string | number>;
export type Dictionaries<K extends string> = {
  [L in Language]: L extends 'en' ? Record<K, string> : Partial<Record<K, string>>;
};
export type Translate<K extends string> = (key: K, lang: Language, params?: Params) => string;

/** Replace `{name}` placeholders from params; an unknown placeholder stays visible rather than being dropped. */
export function fillPlaceholders(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator<K extends string>(dictionaries: Dictionaries<K>): Translate<K> {
  const fallback = dictionaries[FALLBACK_LANGUAGE] as Record<K, string>;
  return (key, lang, params = {}) =>
    fillPlaceholders((dictionaries[lang] as Partial<Record<K, string>>)[key] ?? fallback[key], params);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * Is `count` grammatically singular in this language? By the language's own rules (Intl.PluralRules): in French 0
 * and 1 are singular ("0 version"), in English and German only 1 is.
 */
export function isSingular(count: number, lang: Language): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one';
}

import type { Language } from '../../analysis/types';
import { type MessageKey, t } from '../i18n';
import { en } from '../i18n/en';

// Counted strings: the dictionaries keep the singular under '<key>.one' (English, German and French all use the
// singular for exactly one); every other count uses the key itself with {count}.
export function tCount(
  key: MessageKey,
  count: number,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  const singular = `${key}.one`;
  if (count === 1 && singular in en) return t(singular as MessageKey, lang, params);
  return t(key, lang, { ...params, count });
}

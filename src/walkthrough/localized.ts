import type { Language } from '../analysis/types';
import type { LocalizedText } from '../platforms/schema';

/** Registry text in the user's language, English when the registry has no translation. */
export function localized(text: LocalizedText, lang: Language): string {
  return text[lang] ?? text.en;
}

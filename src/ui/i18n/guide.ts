import type { Language } from '../../analysis/types';
import { guideDe } from './guide.de';
import { type GuideMessageKey, guideEn } from './guide.en';
import { guideFr } from './guide.fr';
import { fillPlaceholders } from './language';

// The in-page objection guide's strings only ('guide.*'): its content script imports this instead of index.ts, whose
// dictionaries hold every view's strings. The same keys and texts as t() from index.ts (the full dictionaries spread
// these in).

export type { GuideMessageKey } from './guide.en';
export { languageOf } from './language';

const DICTIONARIES: Record<Language, Record<GuideMessageKey, string>> = { en: guideEn, de: guideDe, fr: guideFr };

/** Translate a guide key; `{name}` placeholders are replaced from params (values inserted as plain text by the caller). */
export function t(key: GuideMessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(DICTIONARIES[lang][key] ?? guideEn[key], params);
}

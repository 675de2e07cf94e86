import { guideDe } from './guide.de';
import { type GuideMessageKey, guideEn } from './guide.en';
import { guideFr } from './guide.fr';
import type { Language } from './languages';
import { type Params, translator } from './translate';

// The in-page objection guide's strings only ('guide.*'): its content script imports this instead of index.ts, whose
// dictionaries hold every view's strings. The same mechanism (src/i18n/translate.ts), keys and texts as t() from
// index.ts (the full dictionaries spread these in).

export type { GuideMessageKey } from './guide.en';
export { languageOf } from './languages';

const translate = translator<GuideMessageKey>({ en: guideEn, de: guideDe, fr: guideFr });

/** Translate a guide key; `{name}` placeholders are replaced from params (values inserted as plain text by the caller). */
export function t(key: GuideMessageKey, lang: Language, params: Params = {}): string {
  return translate(key, lang, params);
}

import type { Flag, Language } from '../../analysis/types';
import { t } from '../i18n';

// A flag in plain words, in the user's language. The analysis' own summary is English; views translate by kind and
// legal basis. The purpose (the policy's own words) is shown separately, as quoted text.
export function flagText(flag: Flag, lang: Language): string {
  if (flag.kind === 'legal-basis' && flag.basis) {
    const basis = t(`popup.basis.${flag.basis}`, lang);
    if (flag.from) return t('popup.flag.legal-basis-from', lang, { basis, from: t(`popup.basis.${flag.from}`, lang) });
    return t('popup.flag.legal-basis', lang, { basis });
  }
  return t(`popup.flag.${flag.kind}`, lang);
}

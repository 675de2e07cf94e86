import { flagSentence } from '../analysis/flag-words';
import type { Flag, Language } from '../analysis/types';
import { t, tCount } from '../i18n';

// The words of a change notification. The flag is phrased where every view phrases flags (analysis/flag-words); the
// rest (body, buttons, the fallback title) are interface strings ('alert.*'). Pure (no browser), so unit-tested.

/** A one-line title: the headline flag's sentence with the platform as its subject, without the full stop. */
export function alertTitle(platformName: string, flag: Flag | null, documentName: string, language: Language): string {
  if (!flag) return t('alert.changed', language, { platform: platformName, document: documentName });
  return flagSentence(flag, language, platformName).replace(/\.$/, '');
}

export function alertBody(flagCount: number, documentName: string, language: Language): string {
  return tCount('alert.body', Math.max(1, flagCount), language, { document: documentName });
}

export function alertButtons(language: Language): { openDiff: string; object: string } {
  return { openDiff: t('alert.openDiff', language), object: t('alert.object', language) };
}

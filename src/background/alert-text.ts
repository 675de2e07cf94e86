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

/** A day (YYYY-MM-DD) in words in the reader's language ("27 May 2025", "27. Mai 2025", "27 mai 2025"). */
export function formatDay(date: string, language: Language): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The notification's message: the title, "From <date>" when the version announces a date still ahead, the body. */
export function alertMessage(title: string, from: string | null, body: string, language: Language): string {
  const when = from ? ` ${t('alert.from', language, { date: formatDay(from, language) })}.` : '';
  return `${title}.${when} ${body}`;
}

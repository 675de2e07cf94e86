import type { Language } from '../../i18n/languages';
import { translator } from '../../i18n/translate';
import { byImportance } from '../severity';
import type { AnalysisReport, Flag, FlagKind, LegalBasis } from '../types';
import { flagsDe } from './de';
import { type FlagMessageKey, flagsEn } from './en';
import { flagsFr } from './fr';

// A flag in words, in each language: the one place. The analysis' English `summary`, the notification, the popup and
// the history page all phrase flags here, so they name a basis or a kind the same way. Pure (no DOM, no browser).
// A new flag kind: add it to FLAG_KINDS (types.ts), then its name and topic to en.ts, de.ts and fr.ts (the type
// checker points at what is missing) and its rank below.

// Every kind and basis has its words: a missing one is a type error here, not an "undefined" on screen.
const _everyKindAndBasis: Record<`flag.${'kind' | 'topic'}.${FlagKind}` | `flag.basis.${LegalBasis}`, string> = flagsEn;
void _everyKindAndBasis;

const t = translator<FlagMessageKey>({ en: flagsEn, de: flagsDe, fr: flagsFr });

type FlagFacts = Pick<Flag, 'kind' | 'basis' | 'from' | 'purpose' | 'change'>;

/** The short name of a kind ("AI training"), for chips and headings. */
export function flagKindName(kind: FlagKind, lang: Language): string {
  return t(`flag.kind.${kind}`, lang);
}

/** A legal basis as a sentence names it ("legitimate interests", "den Vertrag mit dir"). */
export function basisName(basis: LegalBasis, lang: Language): string {
  return t(`flag.basis.${basis}`, lang);
}

/** "You can object." in the user's language. */
export function canObjectSentence(lang: Language): string {
  return t('flag.canObject', lang);
}

const PURPOSE_MAX = 160;

/** The purpose as quoted in a sentence: link brackets of the Markdown and closing punctuation dropped, kept short. */
export function cleanPurpose(purpose: string | null | undefined): string {
  const clean = (purpose ?? '')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();
  return clean.length > PURPOSE_MAX ? `${clean.slice(0, PURPOSE_MAX - 1).trimEnd()}…` : clean;
}

function legalBasisSentence(flag: FlagFacts, subject: string, lang: Language): string {
  const basis = basisName(flag.basis ?? 'legitimate-interests', lang);
  const purpose = cleanPurpose(flag.purpose);
  if (flag.change === 'removed') {
    return purpose
      ? t('flag.basisRemoved', lang, { subject, basis, purpose })
      : t('flag.basisRemovedNoPurpose', lang, { subject, basis });
  }
  if (flag.from && flag.from !== flag.basis) {
    const from = basisName(flag.from, lang);
    return purpose
      ? t('flag.basisMoved', lang, { subject, from, basis, purpose })
      : t('flag.basisMovedNoPurpose', lang, { subject, from, basis });
  }
  return purpose
    ? t('flag.basisNow', lang, { subject, basis, purpose })
    : t('flag.basisNowNoPurpose', lang, { subject, basis });
}

function aiTrainingSentence(flag: FlagFacts, subject: string, lang: Language): string {
  if (flag.change === 'removed') return t('flag.ai.removed', lang, { subject });
  if (!flag.basis) return t(`flag.ai.${flag.change}`, lang, { subject });
  return t(`flag.ai.${flag.change}On`, lang, { subject, basis: basisName(flag.basis, lang) });
}

/**
 * One sentence saying what the flag means for the user, with the platform as its subject ("Facebook now relies on
 * legitimate interests for “…”."); without a platform, "The platform …".
 */
export function flagSentence(flag: FlagFacts, lang: Language, platform?: string): string {
  const subject = platform ?? t('flag.subject', lang);
  if (flag.kind === 'legal-basis') return legalBasisSentence(flag, subject, lang);
  if (flag.kind === 'ai-training') return aiTrainingSentence(flag, subject, lang);
  return t(`flag.${flag.change}`, lang, { subject, topic: t(`flag.topic.${flag.kind}`, lang) });
}

/** The English sentence every flag of a report carries (`Flag.summary`). */
export function summarize(flag: Omit<Flag, 'summary'>): string {
  return flagSentence(flag, 'en');
}

// The order of importance is the severity table's (severity.ts).
export { byImportance } from '../severity';

/**
 * The flag a headline is about (the notification's title): the most important one. An AI-training flag without a
 * basis of its own takes the basis the new version states for its AI training (the reading's `aiBases`).
 */
export function headlineFlag(report: Pick<AnalysisReport, 'flags' | 'state'>): Flag | null {
  const top = [...report.flags].sort(byImportance)[0] ?? null;
  if (top?.kind !== 'ai-training' || top.basis || top.change === 'removed') return top;
  const basis = report.state?.aiBases[0];
  return basis ? { ...top, basis } : top;
}

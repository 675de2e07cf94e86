import type { ChangeKind, Flag, Language } from '../../analysis/types';
import { getPlatform } from '../../platforms/registry';
import type { ObjectionRoute } from '../../platforms/schema';
import { type MessageKey, t } from '../i18n';

// Plain-language explanation of a flag, in the user's language, built from its kind, legal basis and purpose (the
// report's own `summary` is English only). Objection: the platform's objection route that the button opens.

/** Flags that an objection (GDPR Art. 21) answers: processing on legitimate interests, AI training, the right itself. */
export function objectable(flag: Flag): boolean {
  if (flag.change === 'removed' && flag.kind !== 'objection-right') return false;
  return flag.basis === 'legitimate-interests' || flag.kind === 'ai-training' || flag.kind === 'objection-right';
}

/** The route to start an objection on a platform: its form if it has one, else its first route. */
export function objectionRouteFor(platformId: string): ObjectionRoute | null {
  const routes = getPlatform(platformId)?.objectionRoutes ?? [];
  return routes.find((r) => r.kind === 'form') ?? routes[0] ?? null;
}

export function platformName(platformId: string): string {
  return getPlatform(platformId)?.name ?? platformId;
}

/** Where the objection button leads: the popup, opened in a tab on the route's walkthrough. */
export function objectionUrl(route: ObjectionRoute): string {
  return `popup.html?route=${encodeURIComponent(route.id)}`;
}

const CHANGE_TEMPLATE: Record<ChangeKind, MessageKey> = {
  added: 'history.explain.added',
  removed: 'history.explain.removed',
  modified: 'history.explain.modified',
};

/** The purpose as quoted in a sentence: link brackets of the Markdown and closing punctuation dropped. */
export function cleanPurpose(purpose: string | null | undefined): string {
  return (purpose ?? '')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

function legalBasisSentence(flag: Flag, platform: string, lang: Language): string {
  const basis = t(`history.basis.${flag.basis ?? 'legitimate-interests'}` as const, lang);
  const purpose = cleanPurpose(flag.purpose);
  if (flag.change === 'removed') return t('history.explain.basisRemoved', lang, { platform, basis });
  if (flag.from && flag.from !== flag.basis) {
    const from = t(`history.basis.${flag.from}` as const, lang);
    return purpose
      ? t('history.explain.basisMoved', lang, { platform, from, basis, purpose })
      : t('history.explain.basisMovedNoPurpose', lang, { platform, from, basis });
  }
  return purpose
    ? t('history.explain.basisNow', lang, { platform, basis, purpose })
    : t('history.explain.basisNowNoPurpose', lang, { platform, basis });
}

/** One or two sentences for the user: what changed and, when an objection route exists, that they can object. */
export function explainFlag(flag: Flag, platformId: string, lang: Language): string {
  const platform = platformName(platformId);
  const main =
    flag.kind === 'legal-basis' && flag.basis
      ? legalBasisSentence(flag, platform, lang)
      : t(CHANGE_TEMPLATE[flag.change], lang, { platform, topic: t(`history.topic.${flag.kind}` as const, lang) });
  const canObject = objectable(flag) && objectionRouteFor(platformId) !== null;
  return canObject ? `${main} ${t('history.explain.canObject', lang)}` : main;
}

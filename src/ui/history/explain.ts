import { canObjectSentence, flagSentence } from '../../analysis/flag-words';
import type { Flag, Language } from '../../analysis/types';
import type { PolicyVersion } from '../../history/types';
import { getPlatform } from '../../platforms/registry';
import type { ObjectionRoute } from '../../platforms/schema';
import { routeToOffer } from '../../walkthrough/policy-routes';

// Plain-language explanation of a flag, in the user's language (the words come from analysis/flag-words, as the
// popup's and the notification's do). Objection: the platform's objection route that the button opens.

/** Flags that an objection (GDPR Art. 21) answers: processing on legitimate interests, AI training, the right itself. */
export function objectable(flag: Flag): boolean {
  if (flag.change === 'removed' && flag.kind !== 'objection-right') return false;
  return flag.basis === 'legitimate-interests' || flag.kind === 'ai-training' || flag.kind === 'objection-right';
}

/**
 * The route to start an objection on a platform: the one the version shown links to when it recorded the policy's
 * objection links, else the registry's first that the policy does not contradict (policy-routes.ts, as the popup and
 * the overview choose).
 */
export function objectionRouteFor(platformId: string, version: PolicyVersion | null = null): ObjectionRoute | null {
  const platform = getPlatform(platformId);
  return platform ? routeToOffer(platform, version) : null;
}

export function platformName(platformId: string): string {
  return getPlatform(platformId)?.name ?? platformId;
}

/** Where the objection button leads: the popup, opened in a tab on the route's walkthrough. */
export function objectionUrl(route: ObjectionRoute): string {
  return `popup.html?route=${encodeURIComponent(route.id)}`;
}

/** One or two sentences for the user: what changed and, when an objection route exists, that they can object. */
export function explainFlag(
  flag: Flag,
  platformId: string,
  lang: Language,
  version: PolicyVersion | null = null,
): string {
  const main = flagSentence(flag, lang, platformName(platformId));
  const canObject = objectable(flag) && objectionRouteFor(platformId, version) !== null;
  return canObject ? `${main} ${canObjectSentence(lang)}` : main;
}

import type { Language } from '../analysis/types';
import { unseenCount } from '../history/store';
import { handle } from '../messaging/define';
import { type PageType, pageSeen, policyCaptured } from '../messaging/page';
import { classifyUrl } from '../platforms/classify-url';
import { getPlatform } from '../platforms/registry';
import { uiLanguage } from '../settings';
import { setTabBadge, tabBadgeFor } from './badge';
import { handlePolicyCapture } from './capture-pipeline';

// Message handlers for the content script's two messages. Thin: the work is in capture-pipeline.ts and badge.ts.

export const pageSeenHandler = handle(pageSeen, async (data, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { recorded: false };
  // The badge shows what the sender's own URL is, as the registry classifies it, not what the message claims.
  const senderUrl = sender.tab?.url ?? sender.url;
  const actual = senderUrl ? classifyUrl(senderUrl) : null;
  if (!actual || actual.platformId !== data.platformId || actual.pageType !== data.pageType) {
    console.warn(
      `[policy-watch] pageSeen refused: the sender's URL is not a ${data.pageType} page of ${data.platformId}`,
    );
    return { recorded: false };
  }
  const unseen = await unseenCount(data.platformId);
  const platformName = getPlatform(data.platformId)?.name ?? data.platformId;
  await setTabBadge(
    tabId,
    tabBadgeFor(data.pageType, unseen),
    tabTitle(data.pageType, platformName, await uiLanguage()),
  );
  return { recorded: true };
});

export const policyCapturedHandler = handle(policyCaptured, async (data, sender) => {
  const outcome = await handlePolicyCapture(data, sender);
  // The tab's badge was set when the page was seen, before this capture was compared (here or in another tab at the
  // same moment): show the count as it is now.
  const tabId = sender.tab?.id;
  if (outcome.kind !== 'refused' && tabId !== undefined) {
    await setTabBadge(tabId, tabBadgeFor('policy', await unseenCount(data.platformId)), null);
  }
  return outcome.kind === 'refused' ? { outcome: outcome.kind, reason: outcome.reason } : { outcome: outcome.kind };
});

const TITLES: Record<Language, Record<Exclude<PageType, 'other'>, (platform: string) => string>> = {
  en: {
    policy: (p) => `Policy Watch: ${p} privacy policy recognised`,
    'objection-form': (p) => `Policy Watch: ${p} objection form — open the popup for help`,
    settings: (p) => `Policy Watch: ${p} privacy settings`,
  },
  de: {
    policy: (p) => `Policy Watch: Datenschutzrichtlinie von ${p} erkannt`,
    'objection-form': (p) => `Policy Watch: Widerspruchsformular von ${p} — Hilfe im Popup`,
    settings: (p) => `Policy Watch: Datenschutzeinstellungen von ${p}`,
  },
  fr: {
    policy: (p) => `Policy Watch : politique de confidentialité de ${p} reconnue`,
    'objection-form': (p) => `Policy Watch : formulaire d’opposition de ${p} — aide dans la fenêtre`,
    settings: (p) => `Policy Watch : paramètres de confidentialité de ${p}`,
  },
};

function tabTitle(pageType: PageType, platformName: string, language: Language): string | null {
  return pageType === 'other' ? null : TITLES[language][pageType](platformName);
}

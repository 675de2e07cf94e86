import { browser } from 'wxt/browser';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { addEvidence } from '../../history/evidence';
import { languageOf, t } from '../../i18n';
import { sendMessage } from '../../messaging/define';
import { getTabState } from '../../messaging/popup';
import { isOwnLink } from '../../platforms/own-links';
import { PLATFORMS } from '../../platforms/registry';
import type { ObjectionRoute, Platform } from '../../platforms/schema';
import { loadKnownDeadlines } from '../../walkthrough/deadline-reminders';
import { openRouteTab } from '../../walkthrough/open-route';
import { latestVersionIdOf } from '../../walkthrough/policy-version';
import { loadStandings } from '../overview/standing-view';
import { loadPlatformState, loadPopupData, type PopupData } from './popup-data';
import { type DeadlineState, deadlineState } from './popup-model';
import { overviewView, platformView } from './popup-view';
import type { RouteActions } from './route-card';

// The popup: the current tab's platform (or the list of watched platforms), its policy's state, its deadlines and
// the ways to object. In tests the popup is opened as a page with ?tab=<tabId> (the tab to act on) and optionally
// ?route=<routeId> (go straight to that objection route).

interface PopupContext {
  root: HTMLElement;
  status: HTMLElement;
  lang: Language;
  /** The platform of the current tab, if any. */
  tabPlatform: Platform | null;
  focusRouteId: string | null;
  /** The route whose page the current tab shows, if any: its card is never folded away. */
  tabRouteId: string | null;
}

export async function startPopup(root: HTMLElement): Promise<void> {
  const lang = languageOf(browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = t('popup.title', lang);
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { id: 'content' }, h('p', {}, t('popup.loading', lang)));
  root.replaceChildren(header(lang), main, status);

  const params = new URLSearchParams(location.search);
  const routeId = params.get('route');
  const routePlatform = routeId ? PLATFORMS.find((p) => p.objectionRoutes.some((r) => r.id === routeId)) : undefined;
  const tab = await currentTab(params);
  const tabPlatform = tab.platform ?? null;
  const ctx: PopupContext = { root: main, status, lang, tabPlatform, focusRouteId: routeId, tabRouteId: tab.routeId };
  await show(ctx, routePlatform ?? tabPlatform);
}

function header(lang: Language): HTMLElement {
  return h(
    'header',
    {},
    h('h1', {}, t('popup.title', lang)),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => void browser.tabs.create({ url: browser.runtime.getURL('/evidence.html') }),
      },
      t('popup.evidence.open', lang),
    ),
  );
}

async function currentTab(params: URLSearchParams): Promise<{ platform?: Platform; routeId: string | null }> {
  const given = params.get('tab');
  const tabId =
    given !== null ? Number(given) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || !Number.isInteger(tabId)) return { routeId: null };
  // The background knows the tab's URL (the popup has no "tabs" permission); a sleeping worker is woken by this.
  const state = await sendMessage(getTabState, { tabId }).catch((error: unknown) => {
    console.warn('[policy-watch] popup: no tab state', error);
    return null;
  });
  const platform = state?.platformId ? PLATFORMS.find((p) => p.id === state.platformId) : undefined;
  return { platform, routeId: state?.routeId ?? null };
}

async function show(ctx: PopupContext, platform: Platform | null): Promise<void> {
  try {
    const data = await loadPopupData();
    ctx.root.replaceChildren(...(platform ? await detail(ctx, platform, data) : await overview(ctx, data)));
    ctx.root.setAttribute('data-ready', platform ? platform.id : 'overview');
    focusRoute(ctx);
  } catch (error) {
    // Shown to the user, and a warning only: the popup must stay usable (the registry part needs no database).
    console.warn('[policy-watch] popup:', error);
    ctx.root.replaceChildren(h('p', { class: 'error' }, t('popup.error', ctx.lang, { error: String(error) })));
  }
}

/** Going straight to a route (?route=): its action (or its letter) gets the keyboard focus, ready for Enter. */
function focusRoute(ctx: PopupContext): void {
  if (!ctx.focusRouteId) return;
  const card = ctx.root.querySelector(`[data-route="${CSS.escape(ctx.focusRouteId)}"]`);
  const target =
    card?.querySelector<HTMLElement>('.letter input') ?? card?.querySelector<HTMLElement>('.actions button');
  target?.focus();
  card?.scrollIntoView({ block: 'nearest' });
}

async function overview(ctx: PopupContext, data: PopupData): Promise<HTMLElement[]> {
  const standings = await loadStandings(data);
  const now = new Date();
  const deadlines: DeadlineState[] = (await loadKnownDeadlines()).map((d) => deadlineState(d, data.evidence, now));
  return overviewView(
    PLATFORMS,
    data,
    deadlines,
    ctx.lang,
    (p) => {
      void show(ctx, p).then(() => ctx.root.querySelector<HTMLElement>('h2, button')?.focus());
    },
    standings,
  );
}

async function detail(ctx: PopupContext, platform: Platform, data: PopupData): Promise<HTMLElement[]> {
  const [state, standings] = await Promise.all([loadPlatformState(platform, data), loadStandings(data)]);
  const standing = standings.find((s) => s.platform.id === platform.id) ?? null;
  const context =
    platform === ctx.tabPlatform
      ? h('p', { class: 'context' }, t('popup.thisTab', ctx.lang, { platform: platform.name }))
      : h(
          'p',
          { class: 'context' },
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void show(ctx, null) },
            `← ${t('popup.back', ctx.lang)}`,
          ),
          h('strong', {}, ` ${platform.name}`),
        );
  return platformView(state, ctx.lang, routeActions(ctx, platform, data), context, ctx.focusRouteId, standing, [
    ctx.tabRouteId,
  ]);
}

function routeActions(ctx: PopupContext, platform: Platform, data: PopupData): RouteActions {
  return {
    openLink: (url: string) => {
      // Checked again where it is opened: a link from an imported backup must be the platform's own https page.
      if (isOwnLink(url, platform)) void browser.tabs.create({ url, active: true });
    },
    objectNow: (route: ObjectionRoute, url?: string) => {
      ctx.status.textContent = t('popup.route.opening', ctx.lang);
      openRouteTab(route, ctx.lang, url).then(
        () => {
          ctx.status.textContent = t('popup.route.opened', ctx.lang);
        },
        (error: unknown) => {
          ctx.status.textContent = t('popup.route.openFailed', ctx.lang, { error: String(error) });
        },
      );
    },
    markDone: (route, method, accountEmail = null) => {
      addEvidence({
        platformId: platform.id,
        routeId: route.id,
        formUrl: route.url,
        accountEmail,
        policyVersionId: latestVersionIdOf(platform.id, data.documents),
        confirmationText: null,
        method,
      }).then(
        async () => {
          ctx.focusRouteId = null;
          await show(ctx, platform);
          ctx.root.querySelector<HTMLElement>(`[data-route="${route.id}"] h3`)?.focus();
          ctx.status.textContent = t('popup.letter.recorded', ctx.lang);
        },
        (error: unknown) => {
          ctx.status.textContent = t('popup.error', ctx.lang, { error: String(error) });
        },
      );
    },
  };
}

import { flagSentence } from '../../analysis/flag-words';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import type { Platform } from '../../platforms/schema';
import { localized } from '../../walkthrough/localized';
import type { PlatformStanding } from '../overview/standing';
import { renderStandingCompact } from '../overview/standing-view';
import { formatDay } from './format';
import { policyLinksSection } from './policy-links-view';
import type { PopupData } from './popup-data';
import {
  type DeadlineState,
  headlineFlags,
  latestDocumentOf,
  type PlatformState,
  type PolicyState,
} from './popup-model';
import { type RouteActions, routeCard } from './route-card';

// The popup's two views: one platform in detail (the current tab's, or one picked from the list), and the list of
// watched platforms when the tab is not on one. Text from policies is inserted as text nodes only.

/** The platform's policy: when it was last seen and what its latest flagged change means, in the user's words. */
export function policySection(policy: PolicyState, platformName: string, lang: Language): HTMLElement {
  const body: (HTMLElement | null)[] = [];
  if (!policy.lastSeenAt) {
    body.push(h('p', {}, t('popup.policy.none', lang)));
  } else {
    body.push(h('p', {}, t('popup.policy.lastSeen', lang, { date: formatDay(policy.lastSeenAt, lang) })));
    const change = policy.flaggedChange;
    if (!change) {
      body.push(h('p', {}, t('popup.policy.noFlags', lang)));
    } else {
      const { shown, more } = headlineFlags(change.flags);
      body.push(
        h('p', {}, t('popup.policy.changedOn', lang, { date: formatDay(change.capturedAt, lang) })),
        h(
          'ul',
          { class: 'flags' },
          shown.map((flag) =>
            h(
              'li',
              { class: `flag ${flag.severity}` },
              flagSentence(flag, lang, platformName),
              // A legal-basis sentence quotes its purpose already; for the others it is the context.
              flag.purpose && flag.kind !== 'legal-basis'
                ? h('span', { class: 'purpose' }, t('popup.flag.purpose', lang, { purpose: flag.purpose }))
                : null,
            ),
          ),
          more > 0 ? h('li', { class: 'more' }, t('popup.policy.more', lang, { count: more })) : null,
        ),
      );
    }
  }
  return h(
    'section',
    { 'aria-labelledby': 'policy-heading' },
    h('h2', { id: 'policy-heading' }, t('popup.policy.heading', lang)),
    body,
  );
}

export function deadlinesSection(
  deadlines: readonly DeadlineState[],
  lang: Language,
  withPlatform: boolean,
): HTMLElement | null {
  if (deadlines.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'deadlines-heading' },
    h('h2', { id: 'deadlines-heading' }, t('popup.deadlines.heading', lang)),
    h(
      'ul',
      { class: 'deadlines' },
      deadlines.map(({ deadline, daysLeft, objected, objectedBefore }) =>
        h(
          'li',
          { class: daysLeft < 0 ? 'past' : 'ahead', 'data-source': deadline.source ?? 'registry' },
          h(
            'p',
            { class: 'when', 'data-days-left': String(daysLeft) },
            withPlatform ? `${deadline.platformName}: ` : '',
            h('time', { datetime: deadline.date }, formatDay(deadline.date, lang)),
            ` (${daysLeft < 0 ? t('popup.deadline.past', lang) : daysLeft === 0 ? t('popup.deadline.today', lang) : t('popup.deadline.inDays', lang, { days: daysLeft })})`,
          ),
          h(
            'p',
            {},
            deadline.source === 'policy' ? `${t('popup.deadline.fromPolicy', lang)} ` : '',
            localized(deadline.text, lang),
          ),
          h(
            'p',
            { class: objected ? 'done' : 'todo' },
            objectedBefore
              ? t('popup.deadline.beforeChange', lang)
              : t(objected ? 'popup.deadline.objected' : 'popup.deadline.notObjected', lang),
          ),
        ),
      ),
    ),
  );
}

/** Where the platform stands on AI training (compact), with the ways to capture its policy or see the evidence. */
export function standingSection(standing: PlatformStanding | null, lang: Language): HTMLElement | null {
  if (!standing) return null;
  return h(
    'section',
    { 'aria-labelledby': 'standing-heading', class: 'standing-section' },
    h('h2', { id: 'standing-heading' }, t('popup.standing.heading', lang)),
    renderStandingCompact(standing, lang, true),
  );
}

export function platformView(
  state: PlatformState,
  lang: Language,
  actions: RouteActions,
  context: HTMLElement,
  focusRouteId: string | null,
  standing: PlatformStanding | null = null,
  /** Routes whose cards stay in view even when possibly outdated (the route the current tab shows). */
  openRouteIds: readonly (string | null)[] = [],
): HTMLElement[] {
  const { platform } = state;
  return [
    context,
    standingSection(standing, lang),
    policySection(state.policy, platform.name, lang),
    deadlinesSection(state.deadlines, lang, false),
    h(
      'section',
      { 'aria-labelledby': 'routes-heading' },
      h('h2', { id: 'routes-heading' }, t('popup.routes.heading', lang)),
      state.routes.length === 0 ? h('p', {}, t('popup.routes.none', lang)) : null,
      routeCards(state, lang, actions, focusRouteId, openRouteIds),
    ),
    policyLinksSection(state.unknownLinks, lang, actions.openLink),
  ].filter((n): n is HTMLElement => n !== null);
}

/**
 * The routes the current policy links (or that were not checked) as cards, the linked one first; the possibly
 * outdated ones folded into one "Older routes" group, closed unless the popup was opened on one of them (by ?route=
 * or from a tab showing its page).
 */
export function routeCards(
  state: PlatformState,
  lang: Language,
  actions: RouteActions,
  focusRouteId: string | null,
  openRouteIds: readonly (string | null)[] = [],
): HTMLElement[] {
  const card = (r: PlatformState['routes'][number]) =>
    routeCard(r, state.platform.name, lang, actions, r.route.id === focusRouteId);
  const current = state.routes.filter((r) => r.standing !== 'outdated');
  const older = state.routes.filter((r) => r.standing === 'outdated');
  if (older.length === 0) return current.map(card);
  const folded = h(
    'details',
    { class: 'older-routes' },
    h('summary', {}, t('popup.routes.older', lang, { count: older.length })),
    older.map(card),
  );
  folded.open = older.some((r) => r.route.id === focusRouteId || openRouteIds.includes(r.route.id));
  return [...current.map(card), folded];
}

export function overviewView(
  platforms: readonly Platform[],
  data: PopupData,
  deadlines: readonly DeadlineState[],
  lang: Language,
  show: (platform: Platform) => void,
  standings: readonly PlatformStanding[] = [],
): HTMLElement[] {
  const items = platforms.map((p) => {
    const standing = standings.find((s) => s.platform.id === p.id);
    const doc = latestDocumentOf(p.id, data.documents);
    const routeIds = new Set(p.objectionRoutes.map((r) => r.id));
    const unseen = data.documents.filter((d) => d.platformId === p.id).reduce((n, d) => n + d.unseen, 0);
    const done = new Set(data.evidence.filter((r) => routeIds.has(r.routeId)).map((r) => r.routeId)).size;
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'platform', onclick: () => show(p) },
        h('span', { class: 'name' }, p.name),
        standing?.policy ? renderStandingCompact(standing, lang, false) : null,
        h(
          'span',
          { class: 'state' },
          doc
            ? t('popup.policy.lastSeen', lang, { date: formatDay(doc.latest.lastSeenAt, lang) })
            : t('popup.platform.notSeen', lang),
        ),
        unseen > 0 ? h('span', { class: 'state unseen' }, t('popup.platform.unseen', lang, { count: unseen })) : null,
        routeIds.size > 0
          ? h(
              'span',
              { class: done > 0 ? 'state done' : 'state' },
              t('popup.platform.objected', lang, { done, total: routeIds.size }),
            )
          : null,
      ),
    );
  });
  return [
    h('p', { class: 'context' }, t('popup.notAPlatform', lang)),
    // Deadlines first: they are what may need doing soon, and the platform list is long.
    deadlinesSection(deadlines, lang, true),
    h(
      'section',
      { 'aria-labelledby': 'watched-heading' },
      h('h2', { id: 'watched-heading' }, t('popup.watched', lang)),
      h('ul', { class: 'platforms' }, items),
    ),
  ].filter((n): n is HTMLElement => n !== null);
}

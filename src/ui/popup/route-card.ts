import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import type { ObjectionRoute } from '../../platforms/schema';
import { localized } from '../../walkthrough/localized';
import { formatDay } from './format';
import { letterEditor } from './letter-editor';
import type { RouteState } from './popup-model';

// One way to object, as a card: what it covers, whether the user already did it, and the one-click action. A form
// or setting opens the platform's page (the in-page guide takes over there); an email route opens the letter editor.
// `startOpen` (going straight to this route) opens the letter at once; the caller moves the focus once it is on screen.

export interface RouteActions {
  /** Open the route's page: at `url` when given (the policy's own link), else at the route's URL. */
  objectNow(route: ObjectionRoute, url?: string): void;
  /** Open a page the policy links that no registry route describes. */
  openLink(url: string): void;
  markDone(
    route: ObjectionRoute,
    method: 'marked-done' | 'setting-changed' | 'email-sent',
    accountEmail?: string | null,
  ): void;
}

export function routeCard(
  state: RouteState,
  platformName: string,
  lang: Language,
  actions: RouteActions,
  startOpen: boolean,
) {
  const { route, lastObjection } = state;
  const titleId = `route-${route.id}`;
  const title = localized(route.title, lang);
  const kindLine = [
    t(`popup.route.kind.${route.kind}`, lang),
    route.requiresLogin ? t('popup.route.login', lang) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const done = lastObjection
    ? h('p', { class: 'done' }, t('popup.route.objectedOn', lang, { date: formatDay(lastObjection.at, lang) }))
    : h('p', { class: 'todo' }, t('popup.route.notYet', lang));

  const card = h(
    'article',
    {
      class: `route ${state.standing}`,
      'aria-labelledby': titleId,
      'data-route': route.id,
      'data-standing': state.standing,
    },
    h('h3', { id: titleId, tabindex: '-1' }, title),
    h('p', { class: 'kind' }, kindLine),
    standingLine(state, lang),
    h('p', {}, localized(route.description, lang)),
    done,
  );
  const outdated = state.standing === 'outdated';
  const open = () => actions.objectNow(route, state.link?.href);

  if (route.kind === 'email') {
    const slot = h('div', { class: 'letter-slot' });
    const writeButton = h(
      'button',
      { type: 'button', class: 'primary', 'aria-expanded': 'false', 'aria-controls': `${titleId}-letter` },
      t('popup.route.writeLetter', lang),
    );
    slot.id = `${titleId}-letter`;
    const showLetter = () => {
      if (slot.childElementCount === 0) {
        slot.append(
          letterEditor(route, platformName, lang, {
            openContactPage: open,
            markSent: (email) => actions.markDone(route, 'email-sent', email),
          }),
        );
      }
      writeButton.setAttribute('aria-expanded', 'true');
      writeButton.hidden = true;
    };
    writeButton.addEventListener('click', () => {
      showLetter();
      slot.querySelector<HTMLElement>('input, textarea')?.focus();
    });
    card.append(h('div', { class: 'actions' }, writeButton), slot);
    // Going straight to this route (?route=): the letter is open at once.
    if (startOpen) showLetter();
  } else {
    const setting = route.kind === 'setting';
    // A possibly outdated route stays reachable, but as a plain button that says so: never the one-click default.
    const primary = h(
      'button',
      {
        type: 'button',
        class: outdated ? 'secondary' : 'primary',
        'aria-label': outdated
          ? `${t('popup.route.openAnyway', lang)}: ${title}`
          : t(setting ? 'popup.route.openSettingLabel' : 'popup.route.objectNowLabel', lang, { route: title }),
        onclick: open,
      },
      outdated
        ? t('popup.route.openAnyway', lang)
        : t(setting ? 'popup.route.openSetting' : 'popup.route.objectNow', lang),
    );
    const secondary = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-label': t(setting ? 'popup.route.settingDoneLabel' : 'popup.route.markDoneLabel', lang, { route: title }),
        onclick: () => actions.markDone(route, setting ? 'setting-changed' : 'marked-done'),
      },
      t(setting ? 'popup.route.settingDone' : 'popup.route.markDone', lang),
    );
    card.append(h('div', { class: 'actions' }, primary, lastObjection ? null : secondary));
  }

  card.append(
    h(
      'details',
      {},
      h('summary', {}, t('popup.route.steps', lang)),
      h(
        'ol',
        {},
        route.steps.map((step) => h('li', {}, localized(step, lang))),
      ),
    ),
  );
  return card;
}

/** Whether the policy the user last opened links this route, in one line. */
function standingLine(state: RouteState, lang: Language) {
  const date = state.linksSeenAt ? formatDay(state.linksSeenAt, lang) : '';
  switch (state.standing) {
    case 'linked':
      return h(
        'p',
        { class: 'route-standing linked' },
        t('popup.route.linked', lang, { date, context: state.link?.context || state.link?.text || '' }),
      );
    case 'outdated':
      return h('p', { class: 'route-standing outdated', role: 'note' }, t('popup.route.outdated', lang, { date }));
    case 'unchecked':
      return h('p', { class: 'route-standing unchecked' }, t('popup.route.unchecked', lang));
  }
}

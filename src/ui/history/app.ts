import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { t } from '../../i18n';
import { uiLanguage } from '../../settings';
import { loadStandings, renderOverview } from '../overview/standing-view';
import { checkStatus, loadSourceNotes } from '../sources/source-notes';
import { renderDataSection } from './data-view';
import { mountHistory } from './history-view';
import { renderOtaImport } from './ota-import-view';
import { renderReanalysisStatus } from './reanalysis-status';
import { renderSettingsSection } from './settings-view';
import { applyTheme, cycleTheme, storedTheme, type Theme } from './theme';

// The history page (the extension's options page): header with the sections and the theme switch, and a hash router:
//   #/                  history (latest change of the document with unseen changes)
//   #/diff/<versionId>  that version against its previous one (the notification's "open the diff")
//   #/settings          settings
//   #/data              export, import, delete, and the Open Terms Archive import

export type Route = { name: 'history'; versionId: string | null } | { name: 'settings' } | { name: 'data' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const diff = /^\/diff\/([^/?#]+)$/.exec(path);
  if (diff?.[1]) return { name: 'history', versionId: decodeURIComponent(diff[1]) };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/data') return { name: 'data' };
  return { name: 'history', versionId: null };
}

function themeLabel(theme: Theme, lang: Language): string {
  return t(`history.theme.${theme}` as const, lang);
}

function header(route: Route, lang: Language): HTMLElement {
  const link = (
    href: string,
    key: 'history.nav.history' | 'history.nav.settings' | 'history.nav.data',
    current: boolean,
  ) => h('a', { href, 'aria-current': current ? 'page' : null }, t(key, lang));
  const themeButton = h(
    'button',
    { type: 'button', class: 'theme-toggle', id: 'theme-toggle' },
    themeLabel(storedTheme(), lang),
  );
  themeButton.addEventListener('click', () => {
    themeButton.textContent = themeLabel(cycleTheme(), lang);
  });
  return h(
    'header',
    { class: 'page-header' },
    h('h1', null, t('history.title', lang)),
    h(
      'nav',
      { class: 'sections', 'aria-label': t('history.nav.label', lang) },
      link('#/', 'history.nav.history', route.name === 'history'),
      link('#/settings', 'history.nav.settings', route.name === 'settings'),
      link('#/data', 'history.nav.data', route.name === 'data'),
      h('a', { href: '/privacy.html', id: 'privacy-link' }, t('privacy.link', lang)),
    ),
    themeButton,
  );
}

/** The home's overview ("where each platform stands"), drawn again in place when asked. */
async function mountOverview(content: HTMLElement, lang: Language): Promise<() => Promise<void>> {
  const status = checkStatus();
  const draw = async () => {
    const checks = { notes: await loadSourceNotes(), status, onChecked: () => void refresh() };
    return renderOverview(await loadStandings(), lang, checks);
  };
  let section = await draw();
  const refresh = async () => {
    const next = await draw();
    section.replaceWith(next);
    section = next;
  };
  content.append(section, status);
  return refresh;
}

export async function startHistoryPage(root: HTMLElement): Promise<void> {
  applyTheme(storedTheme());
  let rendering = 0;
  let stopStatus = () => {};

  const render = async () => {
    const token = ++rendering;
    const lang = await uiLanguage();
    const route = parseRoute(location.hash);
    document.documentElement.lang = lang;
    document.title = t('history.title', lang);
    const content = h('main', { class: `content route-${route.name}`, id: 'content' });
    stopStatus();
    let refreshOverview: (() => Promise<void>) | null = null;
    const status = await renderReanalysisStatus(lang, () => void refreshOverview?.());
    stopStatus = status.stop;
    replaceChildren(root, header(route, lang), status.element, content);
    const reload = () => void render();
    try {
      if (route.name === 'history') {
        // The home opens on where each platform stands; a diff route (from a notification) goes straight to it.
        if (route.versionId === null) refreshOverview = await mountOverview(content, lang);
        const historyRoot = h('div', { class: 'history-root' });
        content.append(historyRoot);
        await mountHistory(historyRoot, { lang, versionId: route.versionId });
      } else if (route.name === 'settings') content.append(await renderSettingsSection(lang, reload));
      else {
        // After an import, offer the way to what was imported (the status message stays readable meanwhile).
        const showHistory = () => {
          if (content.querySelector('#show-history')) return;
          const link = h(
            'a',
            { class: 'button primary', id: 'show-history', href: '#/' },
            t('history.data.showHistory', lang),
          );
          content.prepend(h('p', null, link));
        };
        content.append(renderOtaImport(lang, showHistory), renderDataSection(lang, showHistory));
      }
    } catch (error) {
      if (token !== rendering) return;
      const message = error instanceof Error ? error.message : String(error);
      replaceChildren(content, h('p', { class: 'error', role: 'alert' }, t('history.error', lang, { error: message })));
    }
    if (token === rendering) document.body.dataset.ready = 'true';
  };

  window.addEventListener('hashchange', () => void render());
  await render();
}

import { browser } from 'wxt/browser';
import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { t } from '../../i18n';
import { policyPageUrl } from '../../platforms/policy-page-url';
import { PLATFORMS } from '../../platforms/registry';
import type { Platform } from '../../platforms/schema';
import { getSettings, uiLanguage } from '../../settings';
import { emailField, languageField, platformsFieldset } from '../history/settings-view';
import { applyTheme, storedTheme } from '../history/theme';
import { otaChoice } from '../sources/ota-choice';

// The first-run page (opened once, at install): what Policy Watch does and never does, which platforms it watches,
// the language and the optional saved email (the settings' own controls), and a way to open the policy pages now so
// that their first versions are kept today rather than at the next visit.

/** Open a platform's policy page in a background tab: the content script keeps its first version. */
function openPolicy(platform: Platform): Promise<unknown> {
  return browser.tabs.create({ url: policyPageUrl(platform), active: false });
}

function captureSection(lang: Language, watched: readonly Platform[]): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', id: 'capture-status' });
  const openAll = h(
    'button',
    { type: 'button', class: 'button primary', id: 'open-all' },
    t('history.welcome.capture.all', lang),
  );
  openAll.addEventListener('click', async () => {
    const current = (await getSettings()).platformsOff;
    const chosen = watched.filter((p) => !current.includes(p.id));
    for (const platform of chosen) await openPolicy(platform);
    status.textContent = t('history.welcome.capture.opened', lang, { count: chosen.length });
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'capture-title' },
    h('h2', { id: 'capture-title' }, t('history.welcome.capture.title', lang)),
    h('p', null, t('history.welcome.capture.text', lang)),
    h('p', null, openAll),
    h(
      'ul',
      { class: 'welcome-platforms' },
      watched.map((platform) => {
        const open = h(
          'button',
          { type: 'button', class: 'button', 'data-platform': platform.id },
          t('history.welcome.capture.one', lang, { platform: platform.name }),
        );
        open.addEventListener('click', async () => {
          await openPolicy(platform);
          status.textContent = t('history.welcome.capture.openedOne', lang, { platform: platform.name });
        });
        return h('li', null, open);
      }),
    ),
    status,
  );
}

export async function renderWelcome(root: HTMLElement): Promise<void> {
  applyTheme(storedTheme());
  const lang = await uiLanguage();
  const settings = await getSettings();
  document.documentElement.lang = lang;
  document.title = t('history.welcome.title', lang);
  // The language changed: the page is drawn again in it, and the keyboard focus goes back to the language choice.
  const rerender = () => void renderWelcome(root).then(() => document.getElementById('language')?.focus());
  const names = PLATFORMS.map((p) => p.name).join(', ');
  const main = h(
    'main',
    { class: 'content welcome', id: 'content' },
    h('h1', null, t('history.welcome.title', lang)),
    h('p', { class: 'lead' }, t('history.welcome.intro', lang)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'does-title' },
      h('h2', { id: 'does-title' }, t('history.welcome.does.title', lang)),
      h(
        'ul',
        null,
        h('li', null, t('history.welcome.does.keep', lang)),
        h('li', null, t('history.welcome.does.flag', lang)),
        h('li', null, t('history.welcome.does.object', lang)),
      ),
    ),
    h(
      'section',
      { class: 'card never', 'aria-labelledby': 'never-title' },
      h('h2', { id: 'never-title' }, t('history.welcome.never.title', lang)),
      h(
        'ul',
        null,
        h('li', null, t('history.welcome.never.leaves', lang)),
        h('li', null, t('history.welcome.never.send', lang)),
        h('li', null, t('history.welcome.never.account', lang)),
      ),
    ),
    h(
      'section',
      { class: 'card settings', 'aria-labelledby': 'watch-title' },
      h('h2', { id: 'watch-title' }, t('history.welcome.watch.title', lang)),
      h('p', null, t('history.welcome.watch.text', lang, { platforms: names })),
      platformsFieldset(settings, lang),
    ),
    captureSection(lang, PLATFORMS),
    h(
      'section',
      { class: 'card settings', 'aria-labelledby': 'choices-title' },
      h('h2', { id: 'choices-title' }, t('history.welcome.choices.title', lang)),
      languageField(settings, lang, rerender),
      otaChoice(settings, lang),
      emailField(settings, lang),
    ),
    h(
      'p',
      { class: 'welcome-done' },
      h('a', { class: 'button primary', href: '/options.html#/', id: 'welcome-done' }, t('history.welcome.done', lang)),
    ),
  );
  replaceChildren(root, main);
  document.body.dataset.ready = 'true';
}

import { browser } from 'wxt/browser';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { type MessageKey, t } from '../../i18n';
import { uiLanguage } from '../../settings';
import { applyTheme, storedTheme } from '../history/theme';

// The extension's own privacy policy (privacy.html, linked from the history page's header): what is kept, where,
// what goes over the network and how to delete it, in the user's interface language. The names of the controls it
// refers to come from those controls' own strings, so the policy and the interface cannot drift apart.

function labels(lang: Language): Record<string, string> {
  return {
    consent: t('history.settings.email.consent', lang),
    settings: t('history.nav.settings', lang),
    data: t('history.nav.data', lang),
    delete: t('history.data.delete', lang),
  };
}

function list(key: MessageKey, lang: Language): HTMLElement {
  const items = t(key, lang, labels(lang)).split('\n');
  return h(
    'ul',
    null,
    items.map((item) => h('li', null, item)),
  );
}

function section(id: string, heading: MessageKey, body: HTMLElement, lang: Language): HTMLElement {
  return h(
    'section',
    { class: 'card', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, t(heading, lang)),
    body,
  );
}

/** The page's content for one language and extension version (pure: no storage, no browser). */
export function privacyPage(lang: Language, version: string): HTMLElement[] {
  return [
    h(
      'header',
      { class: 'page-header' },
      h('h1', null, t('privacy.title', lang)),
      h('nav', { class: 'sections' }, h('a', { href: '/options.html' }, t('privacy.back', lang))),
    ),
    h(
      'main',
      { class: 'content privacy' },
      h('p', { class: 'lead' }, t('privacy.intro', lang)),
      section('stored', 'privacy.stored.heading', list('privacy.stored.items', lang), lang),
      section('where', 'privacy.where.heading', h('p', null, t('privacy.where.text', lang)), lang),
      section('network', 'privacy.network.heading', list('privacy.network.items', lang), lang),
      section('delete', 'privacy.delete.heading', list('privacy.delete.items', lang), lang),
      h('p', { class: 'hint' }, t('privacy.version', lang, { version })),
    ),
  ];
}

export async function startPrivacyPage(root: HTMLElement): Promise<void> {
  applyTheme(storedTheme());
  const lang = await uiLanguage();
  document.documentElement.lang = lang;
  document.title = t('privacy.title', lang);
  root.replaceChildren(...privacyPage(lang, browser.runtime.getManifest().version));
  root.setAttribute('data-ready', lang);
}

import { browser } from 'wxt/browser';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import { otaSourceItem, type Settings } from '../../settings';
import { OTA_ORIGINS } from '../../sources/ota-github';

// The Open Terms Archive choice, on the welcome page and in the settings: off by default; turning it on asks the
// browser for the two GitHub hosts then (the optional host permission), and only a granted permission turns it on.
// Turning it off gives the permission back.

const ORIGINS = { origins: [...OTA_ORIGINS] };

export function otaChoice(settings: Settings, lang: Language): HTMLElement {
  const on = h('input', { type: 'checkbox', id: 'ota-on', checked: settings.otaSource.on });
  const all = h('input', {
    type: 'checkbox',
    id: 'ota-all',
    checked: settings.otaSource.allDocuments,
    disabled: !settings.otaSource.on,
  });
  const status = h('p', { class: 'status', role: 'status', id: 'ota-status' });
  on.addEventListener('change', () => {
    status.textContent = '';
    if (!on.checked) {
      all.disabled = true;
      void otaSourceItem
        .setValue({ on: false, allDocuments: all.checked })
        .then(() => browser.permissions.remove(ORIGINS));
      return;
    }
    // Asked in the click itself: Firefox grants a permission request only while handling the user's action.
    void browser.permissions.request(ORIGINS).then(async (granted) => {
      on.checked = granted;
      all.disabled = !granted;
      if (granted) await otaSourceItem.setValue({ on: true, allDocuments: all.checked });
      else {
        status.className = 'status error';
        status.textContent = t('history.settings.ota.denied', lang);
      }
    });
  });
  all.addEventListener('change', () => void otaSourceItem.setValue({ on: on.checked, allDocuments: all.checked }));
  return h(
    'fieldset',
    { class: 'ota-source' },
    h('legend', null, t('history.settings.ota', lang)),
    h('p', { class: 'hint' }, t('history.settings.ota.hint', lang)),
    h('label', { class: 'toggle' }, on, t('history.settings.ota.on', lang)),
    h('label', { class: 'toggle' }, all, t('history.settings.ota.all', lang)),
    h('p', { class: 'hint' }, t('history.settings.ota.compare', lang)),
    status,
  );
}

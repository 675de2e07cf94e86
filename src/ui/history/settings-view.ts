import { z } from 'zod';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t, tCount } from '../../i18n';
import { PLATFORMS } from '../../platforms/registry';
import {
  checkIntervalHoursItem,
  getSettings,
  languageItem,
  notificationsOnItem,
  rememberEmail,
  type Settings,
  setPlatformWatched,
  UI_LANGUAGE_SETTINGS,
  type UiLanguageSetting,
} from '../../settings';
import { otaChoice } from '../sources/ota-choice';

// The settings section: watched platforms, background check interval, notifications, the optional saved email
// (kept only on this device, only with the explicit consent box ticked) and the interface language. Each control
// writes its storage item at once; the worker and the objection guide read the same items.

const INTERVALS = [0, 6, 12, 24, 72, 168];
const EMAIL = z.email().max(320);

function field(label: string, control: HTMLElement, id: string, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint' }, hint) : null,
  );
}

export function platformsFieldset(settings: Settings, lang: Language): HTMLElement {
  return h(
    'fieldset',
    { class: 'platforms' },
    h('legend', null, t('history.settings.platforms', lang)),
    PLATFORMS.map((platform) => {
      const box = h('input', {
        type: 'checkbox',
        name: 'platform',
        value: platform.id,
        checked: !settings.platformsOff.includes(platform.id),
      });
      box.addEventListener('change', () => void setPlatformWatched(platform.id, box.checked));
      return h('label', { class: 'toggle' }, box, platform.name);
    }),
  );
}

function intervalLabel(hours: number, lang: Language): string {
  if (hours === 0) return t('history.settings.interval.off', lang);
  if (hours % 24 === 0) return tCount('history.settings.interval.days', hours / 24, lang);
  return tCount('history.settings.interval.hours', hours, lang);
}

function intervalField(settings: Settings, lang: Language): HTMLElement {
  const choices = [...new Set([...INTERVALS, settings.checkIntervalHours])].sort((a, b) => a - b);
  const control = h(
    'select',
    { id: 'check-interval' },
    choices.map((hours) =>
      h('option', { value: hours, selected: hours === settings.checkIntervalHours }, intervalLabel(hours, lang)),
    ),
  );
  control.addEventListener('change', () => void checkIntervalHoursItem.setValue(Number(control.value)));
  return field(
    t('history.settings.interval', lang),
    control,
    'check-interval',
    t('history.settings.intervalHint', lang),
  );
}

function notificationsField(settings: Settings, lang: Language): HTMLElement {
  const box = h('input', { type: 'checkbox', id: 'notifications', checked: settings.notificationsOn });
  box.addEventListener('change', () => void notificationsOnItem.setValue(box.checked));
  return h('div', { class: 'field' }, h('label', { class: 'toggle' }, box, t('history.settings.notifications', lang)));
}

export function emailField(settings: Settings, lang: Language): HTMLElement {
  const address = h('input', {
    type: 'email',
    id: 'saved-email',
    autocomplete: 'email',
    value: settings.savedEmail ?? '',
  });
  const consent = h('input', { type: 'checkbox', id: 'email-consent', checked: settings.savedEmail !== null });
  const status = h('p', { class: 'status', role: 'status' });
  const save = h(
    'button',
    { type: 'button', class: 'button', id: 'email-save' },
    t('history.settings.email.save', lang),
  );
  save.addEventListener('click', async () => {
    const typed = address.value.trim();
    const fail = (key: 'history.settings.email.empty' | 'history.settings.email.invalid') => {
      status.className = 'status error';
      status.textContent = t(key, lang);
    };
    if (consent.checked && typed === '') return fail('history.settings.email.empty');
    if (consent.checked && !EMAIL.safeParse(typed).success) return fail('history.settings.email.invalid');
    // Without the consent box ticked nothing is kept, and an address kept before is forgotten.
    await rememberEmail(consent.checked ? typed : null);
    if (!consent.checked) address.value = '';
    status.className = 'status ok';
    status.textContent = t(consent.checked ? 'history.settings.email.saved' : 'history.settings.email.forgotten', lang);
  });
  return h(
    'fieldset',
    { class: 'email' },
    h('legend', null, t('history.settings.email', lang)),
    h('p', { class: 'hint' }, t('history.settings.email.hint', lang)),
    h('label', { for: 'saved-email' }, t('history.settings.email.address', lang)),
    address,
    h('label', { class: 'toggle' }, consent, t('history.settings.email.consent', lang)),
    save,
    status,
  );
}

export function languageField(settings: Settings, lang: Language, onLanguage: () => void): HTMLElement {
  const values: readonly UiLanguageSetting[] = UI_LANGUAGE_SETTINGS;
  const control = h(
    'select',
    { id: 'language' },
    values.map((v) =>
      h('option', { value: v, selected: v === settings.language }, t(`history.settings.language.${v}` as const, lang)),
    ),
  );
  control.addEventListener('change', async () => {
    await languageItem.setValue(control.value as UiLanguageSetting);
    onLanguage();
  });
  return field(t('history.settings.language', lang), control, 'language');
}

export async function renderSettingsSection(lang: Language, onLanguage: () => void): Promise<HTMLElement> {
  const settings = await getSettings();
  return h(
    'section',
    { class: 'card settings', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, t('history.settings.title', lang)),
    platformsFieldset(settings, lang),
    intervalField(settings, lang),
    notificationsField(settings, lang),
    otaChoice(settings, lang),
    emailField(settings, lang),
    languageField(settings, lang, onLanguage),
  );
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkIntervalHoursItem, languageItem } from './items';
import { getSettings, isPlatformWatched, languageFromTag, setPlatformWatched, uiLanguage } from './settings';
import { rememberEmail } from './walkthrough';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to: every platform watched, daily checks, notifications on, browser language, no email, Open Terms Archive off', async () => {
    expect(await getSettings()).toEqual({
      platformsOff: [],
      checkIntervalHours: 24,
      notificationsOn: true,
      language: 'auto',
      savedEmail: null,
      // Open Terms Archive is off until the user turns it on (and grants its two hosts).
      otaSource: { on: false, allDocuments: false },
    });
  });

  it('switch a platform off and on again', async () => {
    await setPlatformWatched('facebook', false);
    expect(await isPlatformWatched('facebook')).toBe(false);
    expect(await isPlatformWatched('instagram')).toBe(true);
    await setPlatformWatched('facebook', true);
    expect(await isPlatformWatched('facebook')).toBe(true);
  });

  it('fall back to the default when storage holds something invalid', async () => {
    await fakeBrowser.storage.local.set({ 'settings.checkIntervalHours': 'soon' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await getSettings()).checkIntervalHours).toBe(24);
    await checkIntervalHoursItem.setValue(6);
    expect((await getSettings()).checkIntervalHours).toBe(6);
  });

  it('report the walkthrough’s saved email only with consent', async () => {
    await rememberEmail('me@example.org');
    expect((await getSettings()).savedEmail).toBe('me@example.org');
  });

  it('choose the language: override first, else the browser’s, else English', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-AT');
    expect(await uiLanguage()).toBe('de');
    await languageItem.setValue('fr');
    expect(await uiLanguage()).toBe('fr');
    expect(languageFromTag('pt-BR')).toBe('en');
  });
});

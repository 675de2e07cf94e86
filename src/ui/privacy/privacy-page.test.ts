import { describe, expect, it } from 'vitest';
import { LANGUAGES, t } from '../../i18n';
import { privacyPage } from './privacy-page';

describe('the privacy policy page', () => {
  it.each(LANGUAGES)('says in %s what is kept, where, what is sent and how to delete it', (lang) => {
    const root = document.createElement('div');
    root.append(...privacyPage(lang, '1.2.3'));
    const text = root.textContent ?? '';
    expect(root.querySelector('h1')?.textContent).toBe(t('privacy.title', lang));
    expect([...root.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual([
      t('privacy.stored.heading', lang),
      t('privacy.where.heading', lang),
      t('privacy.network.heading', lang),
      t('privacy.delete.heading', lang),
    ]);
    // Every placeholder filled, and the controls it names are named as the interface names them.
    expect(text).not.toMatch(/\{\w+\}/);
    for (const key of ['history.settings.email.consent', 'history.data.delete', 'history.nav.data'] as const)
      expect(text).toContain(t(key, lang));
    expect(text).toContain('1.2.3');
    expect(root.querySelectorAll('#stored li')).toHaveLength(5);
    expect(root.querySelectorAll('#delete li')).toHaveLength(3);
    expect(root.querySelector('a[href="/options.html"]')).not.toBeNull();
  });

  it('is translated in full: German and French differ from English in every string', () => {
    for (const key of ['privacy.intro', 'privacy.where.text', 'privacy.delete.items'] as const) {
      expect(t(key, 'de')).not.toBe(t(key, 'en'));
      expect(t(key, 'fr')).not.toBe(t(key, 'en'));
    }
  });
});

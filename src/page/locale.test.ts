import { afterEach, describe, expect, it } from 'vitest';
import { detectPageLocale } from './locale';

describe('detectPageLocale', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('prefers what the page says it is rendered in', () => {
    document.documentElement.setAttribute('lang', 'de');
    expect(detectPageLocale(document, 'fr-FR')).toBe('de');
    document.documentElement.setAttribute('lang', 'fr_fr');
    expect(detectPageLocale(document, null)).toBe('fr-FR');
  });

  it('falls back to the locale the URL names, then to "und"', () => {
    expect(detectPageLocale(document, 'de-DE')).toBe('de-DE');
    document.documentElement.setAttribute('lang', '');
    expect(detectPageLocale(document, null)).toBe('und');
  });
});

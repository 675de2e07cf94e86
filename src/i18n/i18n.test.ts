import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { languageOf, t, tCount } from './index';

const OWN_NAMESPACES = /^(popup|guide|evidence)\./;

describe('t', () => {
  it('translates and fills placeholders', () => {
    expect(t('popup.thisTab', 'de', { platform: 'Facebook' })).toBe('In diesem Tab: Facebook');
    expect(t('guide.step', 'fr', { n: 1, total: 2 })).toBe('Étape 1 sur 2');
  });
  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(t('popup.thisTab', 'en')).toBe('On this tab: {platform}');
  });
  it('maps browser language tags to a supported language', () => {
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('fr_CA')).toBe('fr');
    expect(languageOf('it')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });
});

describe('tCount', () => {
  it('follows each language’s plural rules: 0 is singular in French only', () => {
    expect(tCount('history.documents.versions', 0, 'fr')).toBe('0 version');
    expect(tCount('history.documents.versions', 1, 'fr')).toBe('1 version');
    expect(tCount('history.documents.versions', 2, 'fr')).toBe('2 versions');
    expect(tCount('history.documents.versions', 0, 'en')).toBe('0 versions');
    expect(tCount('history.documents.versions', 1, 'en')).toBe('1 version');
    expect(tCount('history.diff.unchangedSections', 0, 'de')).toBe('0 unveränderte Abschnitte');
    expect(tCount('history.diff.unchangedSections', 1, 'de')).toBe('1 unveränderter Abschnitt');
  });
});

describe('dictionaries', () => {
  const ownKeys = Object.keys(en).filter((k) => OWN_NAMESPACES.test(k));
  it.each([
    ['de', de],
    ['fr', fr],
  ])('%s translates every popup, guide and evidence string', (_lang, dict) => {
    const missing = ownKeys.filter((k) => !(k in dict));
    expect(missing).toEqual([]);
  });
  it.each([
    ['de', de],
    ['fr', fr],
  ])('%s keeps the same placeholders as English', (_lang, dict) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dict)) {
      expect(placeholders(text as string), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});

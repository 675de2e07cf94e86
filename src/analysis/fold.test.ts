import { describe, expect, it } from 'vitest';
import { foldForMatching } from './fold';

describe('foldForMatching', () => {
  it('removes invisible format characters inside a word (Cf, U+034F, Mongolian selectors, soft hyphen)', () => {
    for (const invisible of ['\u200e', '\u2063', '\u034f', '\u180e', '\u00ad', '\u200b', '\ufeff', '\u180b']) {
      expect([invisible.codePointAt(0), foldForMatching(`tr${invisible}ain`)]).toEqual([
        invisible.codePointAt(0),
        'train',
      ]);
    }
  });

  it('reads fullwidth letters and ligatures as plain ones (NFKC)', () => {
    expect(foldForMatching('\uff54\uff52\uff41\uff49\uff4e our AI')).toBe('train our AI');
    expect(foldForMatching('pro\ufb01ling')).toBe('profiling');
  });

  it('folds a Cyrillic or Greek lookalike inside a Latin word, and leaves Russian and Greek words alone', () => {
    expect(foldForMatching('tr\u0430in our m\u03bfdels')).toBe('train our models');
    expect(foldForMatching('Политика конфиденциальности')).toBe('Политика конфиденциальности');
    expect(foldForMatching('Πολιτική απορρήτου')).toBe('Πολιτική απορρήτου');
  });

  it('returns plain text as it is, and keeps accents (composed)', () => {
    const text = 'Nous utilisons vos données pour entraîner nos modèles d’IA.';
    expect(foldForMatching(text)).toBe(text);
    expect(foldForMatching('entrai\u0302ner')).toBe('entra\u00eener');
  });

  it('is linear on a long run of lookalikes and invisible characters', () => {
    const hostile = `a${'\u0430\u200e'.repeat(500_000)}`;
    const started = performance.now();
    expect(foldForMatching(hostile)).toBe(`a${'a'.repeat(500_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

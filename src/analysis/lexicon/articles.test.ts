import { describe, expect, it } from 'vitest';
import { articleBases, basesMentioned, getLexicon, statesBasis } from './index';

// Art. 6(1)(a)-(f) GDPR, written the ways policies write it, in any of our languages.

describe('bases cited by article only', () => {
  it.each([
    ['Art. 6(1)(f) GDPR', ['legitimate-interests']],
    ['Article 6 (1) (f) of the GDPR', ['legitimate-interests']],
    ['Art. 6 Abs. 1 lit. f DSGVO', ['legitimate-interests']],
    ['Art. 6 Abs. 1 S. 1 lit. b DSGVO', ['contract']],
    ['Artikel 6 Absatz 1 Buchstabe c', ['legal-obligation']],
    ['article 6, paragraphe 1, point f) du RGPD', ['legitimate-interests']],
    ['article 6.1 a) du RGPD', ['consent']],
    ['Art. 6 para. 1 lit. e GDPR', ['public-task']],
    ['Art. 6(1)(d)', ['vital-interests']],
    ['Art. 6(1)(a) and (b) GDPR', ['consent', 'contract']],
    ['Art. 6 Abs. 1 lit. a, b und f DSGVO', ['consent', 'contract', 'legitimate-interests']],
  ])('%s', (text, bases) => {
    expect(articleBases(text).map((hit) => hit.basis)).toEqual(bases);
  });

  it('other articles and acts are not Art. 6 bases', () => {
    expect(articleBases('Art. 9(2)(a) GDPR')).toEqual([]);
    expect(articleBases('Article 46 GDPR')).toEqual([]);
    expect(articleBases('Art. 6(1)(f) and a balancing test').map((hit) => hit.basis)).toEqual(['legitimate-interests']);
  });

  it('an article reference states a basis in prose, in every language', () => {
    const en = getLexicon('en');
    const sentence = 'We process your posts to train our models under Art. 6(1)(f) GDPR.';
    expect(statesBasis(en, sentence)).toBe(true);
    expect(basesMentioned(en, sentence)).toEqual(['legitimate-interests']);
    expect(
      basesMentioned(getLexicon('de'), 'Dies erfolgt gemäß Art. 6 Abs. 1 lit. a DSGVO mit deiner Einwilligung.'),
    ).toEqual(['consent']);
  });
});

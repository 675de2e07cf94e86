import { describe, expect, it } from 'vitest';
import { statesAiTraining } from '../classify';
import { type Language, LEGAL_BASES } from '../types';
import { basesMentioned, getLexicon, LEXICON_DATA, Matcher } from './index';

describe('lexicons', () => {
  it('every language defines every legal basis and compiles', () => {
    for (const data of Object.values(LEXICON_DATA)) {
      for (const basis of LEGAL_BASES)
        expect(data.basis[basis].terms.length, `${data.language} ${basis}`).toBeGreaterThan(0);
      expect(() => getLexicon(data.language)).not.toThrow();
    }
  });

  it('terms match whole words, stems, any apostrophe, and acronyms only in capitals', () => {
    const matcher = new Matcher({ terms: ["exécution d'un contrat", 'berechtigt* Interesse*'], exact: ['KI'] });
    expect(matcher.test('pour l’exécution d’un contrat')).toBe(true);
    expect(matcher.test('unserer berechtigten Interessen')).toBe(true);
    expect(matcher.test('Wir trainieren KI-Modelle')).toBe(true);
    expect(matcher.test('Kinder und Jugendliche')).toBe(false);
    expect(matcher.test('ki')).toBe(false);
  });

  it('English: bases, AI, training, objection (real phrases)', () => {
    const en = getLexicon('en');
    expect(
      basesMentioned(en, "We process your information as necessary for our or others' legitimate interests."),
    ).toEqual(['legitimate-interests']);
    expect(
      basesMentioned(en, 'we process information as necessary to conclude and perform our contracts with you'),
    ).toEqual(['contract']);
    expect(en.ai.test('develop and train artificial intelligence (AI) models')).toBe(true);
    expect(en.train.test('To train, fine-tune, evaluate and improve')).toBe(true);
    expect(en.objection.test('you have the right to object to, and seek restriction of, such processing')).toBe(true);
  });

  it('German: berechtigte Interessen, Einwilligung, Vertragserfüllung, KI, trainieren, Widerspruch', () => {
    const de = getLexicon('de');
    expect(
      basesMentioned(de, 'wie es für unsere berechtigten Interessen (sowie die von anderen) erforderlich ist'),
    ).toEqual(['legitimate-interests']);
    expect(basesMentioned(de, 'Mit Ihrer Einwilligung, beispielsweise das Speichern von Audioaufnahmen')).toEqual([
      'consent',
    ]);
    expect(basesMentioned(de, 'zur Vertragserfüllung erforderlich')).toEqual(['contract']);
    expect(de.ai.test('Interaktionen mit KI-Modellen')).toBe(true);
    expect(de.train.test('um diese Modelle zu entwickeln, zu trainieren')).toBe(true);
    expect(de.objection.test('das Recht, Widerspruch gegen unsere Verarbeitung deiner Daten einzulegen')).toBe(true);
    // German puts the verb last: the object of "weiterentwickeln" comes before it.
    expect(statesAiTraining('um unsere KI-Modelle mit deinen Beiträgen weiterzuentwickeln', de)).toBe(true);
    expect(statesAiTraining('improve our products with AI', getLexicon('en'))).toBe(false);
    expect(statesAiTraining('develop and improve AI at Meta', getLexicon('en'))).toBe(true);
  });

  it('French: intérêts légitimes, consentement, exécution d’un contrat, IA, entraîner, opposition', () => {
    const fr = getLexicon('fr');
    expect(basesMentioned(fr, 'Nous nous appuyons sur nos intérêts légitimes ou ceux d’un tiers')).toEqual([
      'legitimate-interests',
    ]);
    expect(basesMentioned(fr, 'lorsque vous nous avez donné votre consentement')).toEqual(['consent']);
    expect(basesMentioned(fr, 'nécessaire à l’exécution d’un contrat')).toEqual(['contract']);
    expect(fr.ai.test('également appelée IA chez Meta')).toBe(true);
    expect(fr.train.test("destiné à entraîner les modèles d'IA de Google")).toBe(true);
    expect(fr.objection.test('En savoir plus sur votre droit d’opposition')).toBe(true);
  });
});

describe('plain Latin and Unicode paths of a matcher', () => {
  it('find the same matches in the sentence set, in every language and every word list', async () => {
    const { sentences } = (await import('../../../tests/analysis/sentence-set.json')).default as {
      sentences: Array<{ lang: Language; text: string }>;
    };
    // A character outside plain Latin after a space sends a text down the Unicode path without touching its words.
    const unicode = (text: string) => `${text} \u{1F600}`;
    let compared = 0;
    for (const { lang, text } of sentences) {
      const lexicon = getLexicon(lang);
      const matchers = Object.values(lexicon).flatMap((value) =>
        value instanceof Matcher
          ? [value]
          : Array.isArray(value)
            ? value.flatMap((entry) => (entry?.matcher instanceof Matcher ? [entry.matcher] : []))
            : [],
      );
      for (const matcher of matchers) {
        expect([text, matcher.find(unicode(text))]).toEqual([text, matcher.find(text)]);
        expect(matcher.firstIndex(unicode(text))).toBe(matcher.firstIndex(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });
});

describe('a matcher on hostile text', () => {
  it('a long word made of a repeated stem is matched in linear time (no restart inside the word)', () => {
    const en = getLexicon('en');
    for (const text of [`We x${'retain'.repeat(50_000)} data.`, `Wir x${'trainier'.repeat(30_000)}é KI.`]) {
      const started = performance.now();
      expect(en.retention.find(text)).toEqual([]);
      expect(en.train.find(text)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readVerbClause } from './clauses';
import { getLexicon } from './lexicon';
import type { Language } from './types';

function clauseOf(language: Language, sentence: string, verb: string) {
  const lexicon = getLexicon(language);
  const index = sentence.indexOf(verb);
  if (index < 0) throw new Error(`verb not found: ${verb}`);
  return readVerbClause(sentence, sentence, index, verb.length, lexicon);
}

describe('readVerbClause: who trains, and whether', () => {
  it('reads negations in every form', () => {
    expect(clauseOf('en', "Your content isn't used to train our models.", 'train').negated).toBe(true);
    expect(clauseOf('en', 'We no longer use your recordings to train our models.', 'train').negated).toBe(true);
    expect(clauseOf('de', 'Wir trainieren unsere KI nicht mit deinen Nachrichten.', 'trainieren').negated).toBe(true);
    expect(clauseOf('fr', "Nous n'utilisons jamais vos messages pour entraîner l'IA.", 'entraîner').negated).toBe(true);
    expect(clauseOf('en', 'We use your public posts to train our AI models.', 'train').negated).toBe(false);
  });

  it('reads a rule for the user or for others as a ban, not as training by the platform', () => {
    expect(clauseOf('en', 'You may not use our content to train AI models.', 'train').prohibited).toBe(true);
    expect(clauseOf('de', 'Es ist dir untersagt, Inhalte zum Training von KI zu nutzen.', 'Training').prohibited).toBe(
      true,
    );
    expect(
      clauseOf('fr', "Il vous est interdit d'utiliser nos contenus pour entraîner l'IA.", 'entraîner').prohibited,
    ).toBe(true);
    expect(clauseOf('en', 'We use your public posts to train our AI models.', 'train').prohibited).toBe(false);
  });

  it('tells the platform from others as the one who acts', () => {
    expect(clauseOf('en', 'You can use our tools to train your own AI models.', 'train').othersAct).toBe(true);
    expect(clauseOf('en', 'You agree that we may use your posts to train our AI.', 'train').othersAct).toBe(false);
    expect(clauseOf('en', 'Content you post is used to train our AI models.', 'train').othersAct).toBe(false);
    expect(clauseOf('en', 'If you agree, we use your recordings to train our AI.', 'train').othersAct).toBe(false);
    // The user acts ("opt out"), the training is the platform's ("our use").
    expect(clauseOf('en', 'You can opt out of our use of your data to train our AI models.', 'train').othersAct).toBe(
      false,
    );
  });
});

describe('linear on any input', () => {
  it('a 1 MB sentence of training verbs without a clause boundary is read in bounded time', async () => {
    const { statesAiTraining } = await import('./ai-training');
    const hostile = 'we do not train AI models and '.repeat(35_000);
    const started = performance.now();
    expect(statesAiTraining(hostile, getLexicon('en'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});

import { describe, expect, it } from 'vitest';
import { readVersion } from '../../tests/analysis/corpus';
import { analyzePolicyChange } from './index';

// One sentence added to a real policy of its language: what a reader would flag, and what only looks like it to a
// keyword list (training people, AI features, disclaimers, negations, objection rights naming a basis).

const BASE = {
  en: 'Threads/privacy-policy.pga/2025-01-24T12-35-30Z.md',
  de: 'Google/privacy-policy.german/2025-12-04T00-30-58Z.md',
  fr: 'Google/privacy-policy.france/2023-01-16T09-38-38Z.md',
} as const;

function primaryFlags(language: keyof typeof BASE, sentence: string): string[] {
  const base = readVersion(BASE[language]);
  const report = analyzePolicyChange(base, `${base}\n\n${sentence}`);
  return report.flags
    .filter((flag) => flag.kind === 'ai-training' || flag.kind === 'legal-basis')
    .map((flag) => `${flag.kind}:${flag.change}${flag.basis ? `:${flag.basis}` : ''}`)
    .sort();
}

describe('edits that tell analysis from keyword matching', () => {
  it.each([
    ['en', 'Our engineers receive training on AI ethics and responsible machine learning.'],
    ['en', 'You can try our new AI assistant, which can make mistakes, so check its answers.'],
    ['en', 'We will not use your private messages to train our AI models.'],
    ['en', 'Where we rely on legitimate interests, you can object to the processing.'],
    ['de', 'Unsere Mitarbeiter werden regelmäßig zu KI geschult und trainiert.'],
    ['de', 'Wir nutzen Ihre Nachrichten nicht für das Training von KI-Modellen.'],
    ['fr', "Nous n'utilisons pas vos messages privés pour entraîner nos modèles d'IA."],
    ['fr', 'Vous pouvez essayer notre nouvel assistant IA générative.'],
  ] as const)('nothing to flag (%s): %s', (language, sentence) => {
    expect(primaryFlags(language, sentence)).toEqual([]);
  });

  it.each([
    ['en', 'We use your public posts and comments to improve our AI models.', ['ai-training:added']],
    [
      'en',
      'We process your content to fine-tune large language models on the basis of Art. 6(1)(f) GDPR.',
      ['ai-training:added:legitimate-interests', 'legal-basis:added:legitimate-interests'],
    ],
    ['de', 'Wir verwenden Ihre öffentlichen Beiträge, um unsere KI zu verbessern.', ['ai-training:added']],
    [
      'de',
      'Wir verarbeiten Ihre Beiträge zum Training unserer KI-Modelle auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO.',
      ['ai-training:added:legitimate-interests', 'legal-basis:added:legitimate-interests'],
    ],
    [
      'fr',
      "Nous utilisons vos publications publiques pour améliorer nos modèles d'IA générative.",
      ['ai-training:added'],
    ],
    [
      'fr',
      'Sur la base de notre intérêt légitime, nous utilisons vos contenus pour entraîner nos modèles de langage.',
      ['ai-training:added:legitimate-interests', 'legal-basis:added:legitimate-interests'],
    ],
  ] as const)('flagged (%s): %s', (language, sentence, expected) => {
    expect(primaryFlags(language, sentence)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzePolicyChange } from '../analysis';
import type { Flag } from '../analysis/types';
import { facebookText } from '../history/testing';
import { alertBody, alertTitle, headlineFlag, mostSevereFlag } from './alert-text';

function flag(partial: Partial<Flag> & Pick<Flag, 'kind'>): Flag {
  return {
    change: 'added',
    severity: 'medium',
    before: null,
    after: 'x',
    section: 'S',
    summary: 's',
    ...partial,
  };
}

describe('alert titles', () => {
  it('names AI training and its legal basis for the real May 2025 Facebook change', () => {
    const report = analyzePolicyChange(
      facebookText('2025-04-23T12-31-08Z.md'),
      facebookText('2025-05-28T00-30-56Z.md'),
    );
    const title = alertTitle('Facebook', headlineFlag(report.flags), 'Privacy Policy', 'en');
    expect(title).toBe('Facebook will use your information to train AI, relying on legitimate interest');
  });

  it('speaks German and French', () => {
    const ai = flag({ kind: 'ai-training', basis: 'legitimate-interests', severity: 'high' });
    expect(alertTitle('Instagram', ai, 'Datenschutzrichtlinie', 'de')).toBe(
      'Instagram wird deine Informationen zum Trainieren von KI nutzen, gestützt auf berechtigtes Interesse',
    );
    expect(alertTitle('Instagram', ai, 'Politique de confidentialité', 'fr')).toBe(
      'Instagram utilisera vos informations pour entraîner l’IA, sur la base de l’intérêt légitime',
    );
  });

  it('describes a legal-basis switch with the purpose and the basis it replaces', () => {
    const switched = flag({ kind: 'legal-basis', basis: 'legitimate-interests', from: 'consent', purpose: 'Ads' });
    expect(alertTitle('Facebook', switched, 'Privacy Policy', 'en')).toBe(
      'Facebook now relies on legitimate interest for “Ads” instead of your consent',
    );
  });

  it('falls back to the document name when a material change carries no flag', () => {
    expect(alertTitle('Facebook', null, 'Privacy Policy', 'en')).toBe('Facebook changed its Privacy Policy');
    expect(alertBody(3, 'Privacy Policy', 'en')).toMatch(/^3 important changes/);
  });
});

describe('choosing the headline flag', () => {
  it('prefers severity, then the kind a user most needs to hear about', () => {
    const low = flag({ kind: 'ai-training', severity: 'low' });
    const sharing = flag({ kind: 'sharing', severity: 'high' });
    const ai = flag({ kind: 'ai-training', severity: 'high' });
    expect(mostSevereFlag([low, sharing, ai])).toBe(ai);
    expect(mostSevereFlag([low, sharing])).toBe(sharing);
    expect(mostSevereFlag([])).toBeNull();
  });

  it('borrows the basis of a legal-basis flag about AI for an AI-training flag without one', () => {
    const ai = flag({ kind: 'ai-training', severity: 'high' });
    const basis = flag({
      kind: 'legal-basis',
      basis: 'legitimate-interests',
      purpose: 'Develop and improve AI at Meta',
    });
    const unrelated = flag({ kind: 'legal-basis', basis: 'consent', purpose: 'Ads' });
    expect(headlineFlag([ai, unrelated])?.basis).toBeUndefined();
    expect(headlineFlag([ai, unrelated, basis])?.basis).toBe('legitimate-interests');
  });
});

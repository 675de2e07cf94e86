import { describe, expect, it } from 'vitest';
import { analyzePolicyChange } from '../analysis';
import { headlineFlag } from '../analysis/flag-words';
import type { Flag } from '../analysis/types';
import { facebookText } from '../history/testing';
import { alertBody, alertButtons, alertTitle } from './alert-text';

function flag(partial: Partial<Flag> & Pick<Flag, 'kind'>): Flag {
  return { change: 'added', severity: 'medium', before: null, after: 'x', section: 'S', summary: 's', ...partial };
}

describe('alert titles', () => {
  it('names AI training and its legal basis for the real May 2025 Facebook change', () => {
    const report = analyzePolicyChange(
      facebookText('2025-04-23T12-31-08Z.md'),
      facebookText('2025-05-28T00-30-56Z.md'),
    );
    const title = alertTitle('Facebook', headlineFlag(report), 'Privacy Policy', 'en');
    expect(title).toBe('Facebook will use your information to train AI, relying on legitimate interests');
  });

  it('speaks German and French', () => {
    const ai = flag({ kind: 'ai-training', basis: 'legitimate-interests', severity: 'high' });
    expect(alertTitle('Instagram', ai, 'Datenschutzrichtlinie', 'de')).toBe(
      'Instagram wird deine Informationen zum Trainieren von KI nutzen, gestützt auf berechtigte Interessen',
    );
    expect(alertTitle('Instagram', ai, 'Politique de confidentialité', 'fr')).toBe(
      'Instagram utilisera vos informations pour entraîner l’IA, en se fondant sur l’intérêt légitime',
    );
    expect(alertButtons('de')).toEqual({ openDiff: 'Änderungen ansehen', object: 'Widersprechen' });
  });

  it('describes a legal-basis switch with the purpose and the basis it replaces', () => {
    const switched = flag({ kind: 'legal-basis', basis: 'legitimate-interests', from: 'consent', purpose: 'Ads' });
    expect(alertTitle('Facebook', switched, 'Privacy Policy', 'en')).toBe(
      'Facebook moved “Ads” from your consent to legitimate interests',
    );
  });

  it('falls back to the document name when a material change carries no flag', () => {
    expect(alertTitle('Facebook', null, 'Privacy Policy', 'en')).toBe('Facebook changed its Privacy Policy');
    expect(alertBody(3, 'Privacy Policy', 'en')).toMatch(/^3 important changes/);
    expect(alertBody(1, 'Privacy Policy', 'en')).toBe(
      'One important change in the Privacy Policy. Open the comparison to read it.',
    );
  });
});

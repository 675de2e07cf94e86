import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { type ChangeKind, FLAG_KINDS, type Flag, LEGAL_BASES } from '../types';
import { basisName, byImportance, cleanPurpose, flagKindName, flagSentence, headlineFlag, summarize } from '.';
import { flagsDe } from './de';
import { flagsEn } from './en';
import { flagsFr } from './fr';

function flag(partial: Partial<Flag> & Pick<Flag, 'kind'>): Flag {
  return { change: 'added', severity: 'medium', before: null, after: 'x', section: 'S', summary: 's', ...partial };
}

const CHANGES: ChangeKind[] = ['added', 'removed', 'modified'];

describe('flag sentences', () => {
  it('exist for every kind, change and language, with every placeholder filled', () => {
    for (const lang of LANGUAGES) {
      for (const kind of FLAG_KINDS) {
        for (const change of CHANGES) {
          for (const basis of [undefined, ...LEGAL_BASES]) {
            for (const purpose of [null, 'Ads']) {
              const sentence = flagSentence({ kind, change, basis, purpose, from: 'consent' }, lang, 'Facebook');
              expect(sentence, `${lang} ${kind} ${change} ${basis}`).toMatch(/^Facebook [^{}]+\.$/);
            }
          }
        }
        expect(flagKindName(kind, lang)).not.toMatch(/^flag\./);
      }
    }
  });

  it('name each basis the same way wherever it appears', () => {
    const ai = flag({ kind: 'ai-training', basis: 'legitimate-interests' });
    const legal = flag({ kind: 'legal-basis', basis: 'legitimate-interests', purpose: 'Ads' });
    for (const lang of LANGUAGES) {
      const name = basisName('legitimate-interests', lang);
      expect(flagSentence(ai, lang, 'X')).toContain(name);
      expect(flagSentence(legal, lang, 'X')).toContain(name);
    }
  });

  it('speak English, German and French', () => {
    const ai = flag({ kind: 'ai-training', basis: 'legitimate-interests', severity: 'high' });
    expect(flagSentence(ai, 'en', 'Instagram')).toBe(
      'Instagram will use your information to train AI, relying on legitimate interests.',
    );
    expect(flagSentence(ai, 'de', 'Instagram')).toBe(
      'Instagram wird deine Informationen zum Trainieren von KI nutzen, gestützt auf berechtigte Interessen.',
    );
    expect(flagSentence(ai, 'fr', 'Instagram')).toBe(
      'Instagram utilisera vos informations pour entraîner l’IA, en se fondant sur l’intérêt légitime.',
    );
    const moved = flag({ kind: 'legal-basis', basis: 'legitimate-interests', from: 'contract', purpose: 'Ads' });
    expect(flagSentence(moved, 'fr', 'Facebook')).toBe(
      'Facebook fonde désormais « Ads » sur l’intérêt légitime, et non plus sur le contrat avec vous.',
    );
  });

  it('give the analysis its English summary, with "The platform" as subject', () => {
    const legal = flag({ kind: 'legal-basis', basis: 'legitimate-interests', from: 'contract', purpose: 'Ads.' });
    expect(summarize(legal)).toBe('The platform moved “Ads” from the contract with you to legitimate interests.');
  });

  it('keep the same keys and placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const dict of [flagsDe, flagsFr]) {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(flagsEn).sort());
      for (const [key, text] of Object.entries(dict)) {
        expect(placeholders(text), key).toEqual(placeholders(flagsEn[key as keyof typeof flagsEn]));
      }
    }
  });
});

describe('cleanPurpose', () => {
  it('quotes a purpose from the policy without Markdown link brackets or its closing period', () => {
    expect(
      cleanPurpose(
        'Develop and improve [artificial intelligence technology] (also called AI at Meta) on Meta Products and for third parties.',
      ),
    ).toBe(
      'Develop and improve artificial intelligence technology (also called AI at Meta) on Meta Products and for third parties',
    );
    expect(cleanPurpose('x'.repeat(400))).toHaveLength(160);
  });
});

describe('the headline flag', () => {
  it('prefers severity, then the kind a user most needs to hear about', () => {
    const low = flag({ kind: 'ai-training', change: 'removed', severity: 'low' });
    const sharing = flag({ kind: 'sharing', severity: 'high' });
    const ai = flag({ kind: 'ai-training', severity: 'high' });
    expect(headlineFlag({ flags: [low, sharing, ai] })).toBe(ai);
    expect(headlineFlag({ flags: [low, sharing] })).toBe(sharing);
    expect(headlineFlag({ flags: [] })).toBeNull();
    expect([low, sharing, ai].sort(byImportance)).toEqual([ai, sharing, low]);
  });

  it('AI training gained and a move to legitimate interests lead even a "high" objection-right, transfer or sharing flag', () => {
    const objection = flag({ kind: 'objection-right', change: 'removed', severity: 'high' });
    const transfer = flag({ kind: 'transfer', severity: 'medium' });
    const ai = flag({ kind: 'ai-training', severity: 'medium' });
    const moved = flag({ kind: 'legal-basis', basis: 'legitimate-interests', from: 'consent', severity: 'medium' });
    const consentAdded = flag({ kind: 'legal-basis', basis: 'consent', from: null, severity: 'low' });
    expect(headlineFlag({ flags: [objection, transfer, ai] })).toBe(ai);
    expect([objection, consentAdded, transfer, moved].sort(byImportance)).toEqual([
      moved,
      objection,
      transfer,
      consentAdded,
    ]);
  });

  it('gives an AI-training flag without a basis the basis the new version states for AI training', () => {
    const ai = flag({ kind: 'ai-training', severity: 'high' });
    const state = {
      language: 'en' as const,
      trainsAi: true,
      aiTraining: [],
      aiBases: ['legitimate-interests' as const],
      purposes: [],
      objection: [],
    };
    expect(headlineFlag({ flags: [ai] })?.basis).toBeUndefined();
    expect(headlineFlag({ flags: [ai], state })?.basis).toBe('legitimate-interests');
    expect(headlineFlag({ flags: [{ ...ai, basis: 'consent' }], state })?.basis).toBe('consent');
  });
});

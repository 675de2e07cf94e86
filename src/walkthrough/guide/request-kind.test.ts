import { describe, expect, it } from 'vitest';
import { classifyRequest, kindsIn, objectionLean } from './request-kind';

// The classifier on the words of the fixtures' screens (tests/fixtures/sites/help.meta.com): the objection and the
// look-alikes Meta serves on the same path. The held-out screens are in request-kind.heldout.test.ts.

const words = (headings: string[], fieldLabels: string[] = [], explanation: string[] = []) => ({
  headings,
  fieldLabels,
  explanation,
});

describe('kindsIn', () => {
  it('reads each kind of request in English, German and French', () => {
    expect(kindsIn('Object to Your Information Being Used for AI at Meta')).toEqual(['objection']);
    expect(kindsIn('Einspruch gegen die Verwendung deiner Informationen für KI bei Meta')).toEqual(['objection']);
    expect(kindsIn('Vous opposer à l’utilisation de vos informations')).toEqual(['objection']);
    expect(kindsIn('Access your information')).toEqual(['access']);
    expect(kindsIn('Auskunft über deine Informationen')).toEqual(['access']);
    expect(kindsIn('Contact our Data Protection Officer')).toEqual(['dpo', 'contact']);
    expect(kindsIn('Délégué à la protection des données')).toEqual(['dpo']);
    expect(kindsIn('Ich kann mich nicht anmelden')).toEqual(['login-help']);
  });

  it('does not take a word inside another for a cue', () => {
    expect(kindsIn('Objective information about projects')).toEqual([]);
    expect(kindsIn('Your accessibility settings')).toEqual([]);
  });
});

describe('classifyRequest', () => {
  it('takes the objection screen by its heading, in every language', () => {
    for (const heading of [
      'Object to Your Information Being Used for AI at Meta',
      'Einspruch gegen die Verwendung deiner Informationen für KI bei Meta',
      'Opposition à l’utilisation de vos informations pour l’IA chez Meta',
    ]) {
      expect(classifyRequest(words([heading], ['Email address']), []).kind).toBe('objection');
    }
  });

  it('tells the look-alikes on the same path apart, whatever the explanation mentions', () => {
    const dpo = classifyRequest(
      words(
        ['Contact our Data Protection Officer'],
        ['Email address', 'What would you like to ask our Data Protection Officer?'],
        ['You can also object to processing in the Privacy Centre.'],
      ),
      [],
    );
    expect(dpo).toMatchObject({ kind: 'other', request: 'dpo' });
    const access = classifyRequest(words(['Zugriff auf deine Informationen'], ['Welche Informationen?']), [
      { question: 'Worum geht es bei deiner Anfrage?', answer: 'Ich möchte eine Kopie meiner Informationen' },
    ]);
    expect(access).toMatchObject({ kind: 'other', request: 'access' });
    const contact = classifyRequest(words(['Nous contacter'], ['Adresse e-mail', 'Votre question']), []);
    expect(contact).toMatchObject({ kind: 'other', request: 'contact' });
  });

  it('lets the answers chosen in this tab decide under a heading that says nothing', () => {
    const generic = words(['Privacy Centre'], ['Email address', 'Details (optional)']);
    expect(classifyRequest(generic, []).kind).toBe('unsure');
    const objected = [
      { question: 'What is your request about?', answer: 'Object to how Meta uses my information' },
      { question: 'Is your request about AI at Meta?', answer: 'Yes' },
    ];
    expect(classifyRequest(generic, objected).kind).toBe('objection');
    // "No" to a question that names the objection does not count for it.
    expect(classifyRequest(generic, [{ question: 'Do you want to object?', answer: 'No' }]).kind).not.toBe('objection');
  });
});

describe('objectionLean', () => {
  it('prefers the option that says object over the ones that say something else', () => {
    expect(objectionLean('Object to processing of my information')).toBeGreaterThan(0);
    expect(objectionLean('Access my information')).toBeLessThan(0);
    expect(objectionLean('Contact the Data Protection Officer')).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { facebookAiRoute } from '../test-routes';
import { observePage } from './page-check';

const route = facebookAiRoute();
const FORM = `
  <div role="main"><h2>Object to your information being used for AI at Meta</h2>
    <p>Thank you for helping us improve.</p>
    <label for="e">Email address</label><input id="e" type="email">
    <label for="r">Please tell us how this processing impacts you</label><textarea id="r"></textarea>
    <button>Send</button></div>`;

describe('observePage', () => {
  it('sees the form and lists the fields found, in the route’s order', () => {
    document.body.innerHTML = FORM;
    const seen = observePage(document, route);
    expect(seen.kind).toBe('form');
    if (seen.kind !== 'form') return;
    expect(seen.fields.map((f) => f.id)).toEqual(['email', 'reason']);
    expect(seen.elements.map((e) => e.id)).toEqual(['e', 'r']);
  });

  it('does not take a "thank you" beside the form for the confirmation', () => {
    document.body.innerHTML = FORM;
    expect(observePage(document, route).kind).toBe('form');
  });

  it('reads the confirmation screen that replaces the form', () => {
    document.body.innerHTML =
      '<div role="main"><h2>We’ve received your request</h2><p>We’ll review your objection and email you.</p></div>';
    expect(observePage(document, route)).toEqual({
      kind: 'message',
      text: 'We’ve received your request\nWe’ll review your objection and email you.',
      error: null,
      knownPhrase: "We've received your request",
    });
  });

  it('recognises a login wall by its words or by a password field', () => {
    document.body.innerHTML = '<h2>You must log in to continue.</h2>';
    expect(observePage(document, route).kind).toBe('login');
    document.body.innerHTML = '<input type="text" aria-label="Email address or phone number"><input type="password">';
    expect(observePage(document, route).kind).toBe('login');
    document.body.innerHTML = '<form><input name="user"><input type="password"></form>';
    expect(observePage(document, route).kind).toBe('login');
  });

  it('sees nothing on a page that is still rendering', () => {
    document.body.innerHTML = '<div id="root"><div aria-busy="true"></div></div>';
    expect(observePage(document, route).kind).toBe('nothing');
  });

  it('takes a second screen that asks only for the reason as a form screen of the objection', () => {
    document.body.innerHTML = `<div role="main"><h2>Opposition à l’utilisation de vos informations</h2>
      <label for="r">Veuillez nous indiquer comment ce traitement vous affecte</label><textarea id="r"></textarea>
      <div role="button">Envoyer</div></div>`;
    expect(observePage(document, route)).toMatchObject({ kind: 'form', press: { sends: true, text: 'Envoyer' } });
  });

  it('leaves a look-alike on the same path alone, and says when it cannot tell', () => {
    document.body.innerHTML = `<div role="main"><h2>Contact our Data Protection Officer</h2>
      <label for="e">Email address</label><input id="e" type="email">
      <label for="q">Your question</label><textarea id="q" name="message"></textarea><button>Send</button></div>`;
    expect(observePage(document, route)).toEqual({ kind: 'look-alike', request: 'dpo' });
    document.body.innerHTML = `<div role="main"><h2>Privacy Centre</h2>
      <label for="e">Email address</label><input id="e" type="email"><button>Send</button></div>`;
    expect(observePage(document, route).kind).toBe('unsure');
    const answers = [{ question: 'What is your request about?', answer: 'Object to the use of my information' }];
    expect(observePage(document, route, answers).kind).toBe('form');
  });

  it('tells a press that goes on from one that sends, and reads an error as not sent', () => {
    document.body.innerHTML = `<div role="main"><h2>Object to your information being used for AI</h2>
      <span>Email address</span><input type="text" readonly value="a@example.org">
      <div role="button"><span>Suivant</span></div></div>`;
    expect(observePage(document, route)).toMatchObject({ kind: 'form', press: { sends: false, text: 'Suivant' } });
    document.body.innerHTML = `<div role="main"><h2>Something went wrong</h2>
      <div role="alert">Une erreur s’est produite. Veuillez réessayer.</div></div>`;
    expect(observePage(document, route)).toMatchObject({
      kind: 'message',
      error: 'Une erreur s’est produite. Veuillez réessayer.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { facebookAiRoute } from '../test-routes';
import { observePage } from './page-check';

const route = facebookAiRoute();
const FORM = `
  <div role="main"><p>Thank you for helping us improve.</p>
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
      kind: 'confirmation',
      text: 'We’ve received your request\nWe’ll review your objection and email you.',
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

  it('does not count a form whose required email field is missing', () => {
    document.body.innerHTML =
      '<label for="r">Please tell us how this processing impacts you</label><textarea id="r"></textarea>';
    expect(observePage(document, route).kind).toBe('nothing');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { findField, findFields, findSubmitButton, hasPasswordField, nearbyText } from './field-finder';
import { facebookAiRoute } from './test-routes';

const route = facebookAiRoute();
const emailField = route.fields.find((f) => f.purpose === 'email')!;
const reasonField = route.fields.find((f) => f.purpose === 'reason')!;

// Shaped like Meta's help-centre form: generated class names, labels as separate spans tied by aria-labelledby or
// merely placed before the control, a search box in the header, a submit "button" that is a div.
const META_LIKE = `
  <div class="x1n2onr6 x6s0dn4"><input class="x1i10hfl" type="search" aria-label="Search Facebook" placeholder="Search"></div>
  <div role="main" class="xh8yej3">
    <h2 class="x1heor9g">Object to your information being used for AI at Meta</h2>
    <div class="x9f619"><span id=":r3:" class="x193iq5w">Email address</span>
      <div class="x78zum5"><input class="x1i10hfl xggy1nq" type="text" aria-labelledby=":r3:" value=""></div></div>
    <div class="x9f619"><div class="x193iq5w">Please tell us how this processing impacts you. (Optional)</div>
      <div class="x78zum5"><textarea class="x1i10hfl xggy1nq"></textarea></div></div>
    <div role="button" tabindex="0" class="x1i10hfl xjbqb8w"><span class="x1lliihq">Send</span></div>
  </div>`;

beforeEach(() => {
  document.body.innerHTML = META_LIKE;
});

describe('findField', () => {
  it('finds the email field by its aria-labelledby label, not by the header search box', () => {
    const el = findField(document, emailField);
    expect(el?.getAttribute('aria-labelledby')).toBe(':r3:');
  });

  it('finds the reason textarea by the visible text placed before it', () => {
    expect(findField(document, reasonField)?.tagName).toBe('TEXTAREA');
  });

  it('recognises the German and French labels of the same form', () => {
    document.body.innerHTML = `
      <label for="a">E-Mail-Adresse</label><input id="a" type="email">
      <label>Bitte teile uns mit, wie sich diese Verarbeitung auf dich auswirkt <textarea></textarea></label>`;
    expect(findField(document, emailField)?.id).toBe('a');
    expect(findField(document, reasonField)?.tagName).toBe('TEXTAREA');
    document.body.innerHTML = `<input type="text" placeholder="Adresse e-mail"><textarea aria-label="Dites-nous comment ce traitement vous affecte"></textarea>`;
    expect(findField(document, emailField)?.getAttribute('placeholder')).toBe('Adresse e-mail');
    expect(findField(document, reasonField)?.tagName).toBe('TEXTAREA');
  });

  it('falls back to the name attribute and input type when no label names the field', () => {
    document.body.innerHTML = '<input type="text" name="q"><input type="email" name="contact_email">';
    expect(findField(document, emailField)?.getAttribute('name')).toBe('contact_email');
  });

  it('ignores hidden and disabled controls', () => {
    document.body.innerHTML = `
      <div style="display:none"><label for="h">Email</label><input id="h" type="email"></div>
      <label for="d">Email</label><input id="d" type="email" disabled>`;
    expect(findField(document, emailField)).toBeNull();
  });

  it('does not give the same control to two fields', () => {
    document.body.innerHTML = '<label for="only">Email address</label><input id="only" type="text">';
    const [email, reason] = findFields(document, [emailField, reasonField]);
    expect(email?.id).toBe('only');
    expect(reason).toBeNull();
  });

  it('finds nothing on an unrelated page', () => {
    document.body.innerHTML =
      '<label for="n">Your name</label><input id="n" type="text"><textarea aria-label="Comment on this post"></textarea>';
    expect(findFields(document, route.fields).filter(Boolean)).toEqual([]);
  });
});

describe('nearbyText', () => {
  it('stops at another control rather than borrowing its label', () => {
    document.body.innerHTML = '<div><label>Email <input></label></div><div><textarea></textarea></div>';
    expect(nearbyText(document.querySelector('textarea')!)).toBeNull();
  });
});

describe('findSubmitButton', () => {
  it('finds the platform’s button by its text even when it is a div with role=button', () => {
    expect(findSubmitButton(document, route.submitLabels)?.textContent).toBe('Send');
  });
  it('prefers the exact label over a longer text that starts with it', () => {
    document.body.innerHTML = '<button>Send feedback</button><button>Senden</button>';
    expect(findSubmitButton(document, route.submitLabels)?.textContent).toBe('Senden');
  });
  it('returns null when no button says so', () => {
    document.body.innerHTML = '<button>Cancel</button>';
    expect(findSubmitButton(document, route.submitLabels)).toBeNull();
  });
});

describe('hasPasswordField', () => {
  it('sees a visible password field only', () => {
    document.body.innerHTML = '<input type="password" hidden>';
    expect(hasPasswordField(document)).toBe(false);
    document.body.innerHTML = '<input type="password">';
    expect(hasPasswordField(document)).toBe(true);
  });
});

describe('findField by input type alone', () => {
  it('takes the only email input of a page whose label it cannot read', () => {
    document.body.innerHTML = '<span>Courriel du compte</span><input type="email">';
    expect(findField(document, emailField)?.getAttribute('type')).toBe('email');
  });
  it('does not guess between two email inputs', () => {
    document.body.innerHTML = '<input type="email"><input type="email">';
    expect(findField(document, emailField)).toBeNull();
  });
});

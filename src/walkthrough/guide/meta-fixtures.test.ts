import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showFixture } from '../../../tests/fixtures/load-fixture';
import { guideRouteFor } from '../../platforms/compact-routes';
import { findSubmitButton, pageMarksRequired } from '../field-finder';
import { fillReactInput } from '../fill-react-input';
import { observePage } from './page-check';

// The guide's reading of the rebuilt Meta form fixtures (tests/fixtures/sites/README.md): the question before the
// form, the form, the emailed code and the confirmation, each found by its visible text in English, German and
// French, on markup with generated class names, div buttons, nested spans, late render and labels not tied by `for`.

const main = () => document.querySelector('[role=main]')!;

function routeOf(url: string) {
  const found = guideRouteFor(url);
  if (!found) throw new Error(`no guide route for ${url}`);
  return found.route;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe.each([
  [
    'https://www.facebook.com/help/contact/367438723733209/',
    undefined,
    'meta-objection-facebook',
    'Yes',
    'Next',
    'Send',
  ],
  [
    'https://de-de.facebook.com/help/contact/367438723733209/',
    undefined,
    'meta-objection-facebook',
    'Ja',
    'Weiter',
    'Senden',
  ],
  [
    'https://fr-fr.facebook.com/help/contact/367438723733209/',
    undefined,
    'meta-objection-facebook',
    'Oui',
    'Suivant',
    'Envoyer',
  ],
  [
    'https://help.meta.com/support/privacy/?entry_point=POLICY_SUBPAGE',
    undefined,
    'meta-privacy-objection',
    'Yes',
    'Next',
    'Send',
  ],
  ['https://help.meta.com/support/privacy/', 'de', 'meta-privacy-objection', 'Ja', 'Weiter', 'Senden'],
  ['https://help.meta.com/support/privacy/', 'fr', 'meta-privacy-objection', 'Oui', 'Suivant', 'Envoyer'],
] as const)('%s %s: question, then the form', (url, variant, routeId, yes, next, send) => {
  it('points at the answer, then at the button that goes on, then finds the prefilled form and its Send', () => {
    const route = routeOf(url);
    expect(route.id).toBe(routeId);
    showFixture(url.replace(/\?.*$/, ''), variant);
    expect(observePage(document, route).kind).toBe('nothing'); // late render: only a progress bar yet
    vi.advanceTimersByTime(900);

    const question = observePage(document, route);
    expect(question).toMatchObject({ kind: 'branch', index: 0, answered: false, proceed: null });
    if (question.kind !== 'branch') return;
    expect(question.answer?.getAttribute('role')).toBe('radio');
    expect(question.answer?.textContent?.trim()).toBe(yes);

    question.answer!.click(); // the user
    const answered = observePage(document, route);
    expect(answered).toMatchObject({ kind: 'branch', answered: true });
    if (answered.kind !== 'branch') return;
    expect(answered.proceed?.textContent?.trim()).toBe(next);

    answered.proceed!.click(); // the user
    vi.advanceTimersByTime(900);
    const form = observePage(document, route);
    expect(form.kind).toBe('form');
    if (form.kind !== 'form') return;
    expect(form.fields.map((f) => f.purpose)).toEqual(['email', 'reason']);
    expect((form.elements[0] as HTMLInputElement).value).toBe('alex.example@example.org');
    expect(pageMarksRequired(form.elements[1]!)).toBe(false);
    const button = findSubmitButton(document, route.submitLabels);
    expect(button?.textContent?.trim()).toBe(send);

    button!.click(); // the user
    vi.advanceTimersByTime(500);
    expect(observePage(document, route)).toMatchObject({ kind: 'message', error: null });
  });
});

describe.each([
  ['https://www.facebook.com/help/contact/6359191084165019/', 'Submit'],
  ['https://fr-fr.facebook.com/help/contact/6359191084165019/', 'Envoyer'],
] as const)('the June 2024 form %s', (url, submit) => {
  it('asks for the country, the email and a required reason, then for the emailed code', () => {
    const route = routeOf(url);
    expect(route.id).toBe('meta-ai-facebook');
    showFixture(url);
    vi.advanceTimersByTime(700);
    const form = observePage(document, route);
    expect(form.kind).toBe('form');
    if (form.kind !== 'form') return;
    expect(form.fields.map((f) => f.purpose).sort()).toEqual(['country', 'email', 'reason']);
    const [email, reason, country] = ['email', 'reason', 'country'].map(
      (p) => form.elements[form.fields.findIndex((f) => f.purpose === p)]!,
    );
    expect(pageMarksRequired(reason!)).toBe(true); // the asterisk the 2024 form showed
    fillReactInput(email as HTMLInputElement, 'sam@example.org');
    fillReactInput(reason as HTMLTextAreaElement, 'My photos show my children.');
    (country as HTMLSelectElement).value = 'Ireland';
    country!.dispatchEvent(new Event('change', { bubbles: true }));
    findSubmitButton(document, route.submitLabels)!.click();
    vi.advanceTimersByTime(500);

    const code = observePage(document, route);
    expect(code.kind).toBe('verification');
    if (code.kind !== 'verification') return;
    expect(main().textContent).toContain('sam@example.org');
    expect(code.submit?.textContent?.trim()).toBe(submit);
    fillReactInput(code.field as HTMLInputElement, '418207');
    code.submit!.click();
    vi.advanceTimersByTime(500);
    expect(observePage(document, route)).toMatchObject({ kind: 'message', error: null });
  });
});

// The Privacy Centre's flows of issue 19 (tests/fixtures/sites/help.meta.com/support/privacy/, variants): one path,
// several requests told apart only by entry_point and by what the page asks.
const PRIVACY = 'https://help.meta.com/support/privacy/';
const LANGS = [
  ['en', '', 'Next', 'Send'],
  ['de', '-de', 'Weiter', 'Senden'],
  ['fr', '-fr', 'Suivant', 'Envoyer'],
] as const;

describe.each(LANGS)('Privacy Centre flows (%s)', (_lang, suffix, next, send) => {
  const route = routeOf(PRIVACY);

  it('branching: points at the objection among four requests, then at the AI question’s answer', () => {
    showFixture(`${PRIVACY}?entry_point=POLICY_SUBPAGE`, `branching${suffix}`);
    vi.advanceTimersByTime(700);
    const first = observePage(document, route);
    expect(first).toMatchObject({ kind: 'branch', index: -1, answered: false });
    if (first.kind !== 'branch') return;
    expect(first.answer?.textContent).toMatch(/object|widersprechen|opposer/i);
    first.answer!.click();
    const chosen = observePage(document, route);
    expect(chosen).toMatchObject({ kind: 'branch', answered: true });
    if (chosen.kind !== 'branch') return;
    expect(chosen.proceed?.textContent?.trim()).toBe(next);
  });

  it.each([
    ['ACCESS', 'access'],
    ['DPO', 'dpo'],
    ['CONTACT', 'contact'],
  ])('entry_point=%s is a look-alike (%s): no form for the guide', (entry, request) => {
    showFixture(`${PRIVACY}?entry_point=POLICY_SUBPAGE_${entry}`, `branching${suffix}`);
    vi.advanceTimersByTime(700);
    expect(observePage(document, route)).toEqual({ kind: 'look-alike', request });
  });

  it('two steps: a read-only email and a press that goes on, then the reason (label after, placeholder) and Send', () => {
    showFixture(PRIVACY, `twostep${suffix}`);
    vi.advanceTimersByTime(700);
    const step1 = observePage(document, route);
    expect(step1).toMatchObject({ kind: 'form', press: { sends: false, text: next } });
    if (step1.kind !== 'form') return;
    expect(step1.fields.map((f) => f.purpose)).toEqual(['email']);
    expect((step1.elements[0] as HTMLInputElement).readOnly).toBe(true);
    step1.press.element!.click();
    vi.advanceTimersByTime(700);
    const step2 = observePage(document, route);
    expect(step2).toMatchObject({ kind: 'form', press: { sends: true, text: send } });
    if (step2.kind !== 'form') return;
    expect(step2.fields.map((f) => f.purpose)).toEqual(['reason']);
    expect(pageMarksRequired(step2.elements[0]!)).toBe(false);
  });

  it('labels after the fields and a placeholder only, behind a cookie dialog', () => {
    showFixture(PRIVACY, `labels-after${suffix}`);
    vi.advanceTimersByTime(700);
    const form = observePage(document, route);
    expect(form).toMatchObject({ kind: 'form', press: { sends: true, text: send } });
    if (form.kind !== 'form') return;
    expect(form.fields.map((f) => f.purpose)).toEqual(['email', 'reason']);
    expect(form.elements[1]!.tagName).toBe('TEXTAREA');
  });

  it('an error on the first Send keeps the form and shows it; the second goes through to a message', () => {
    showFixture(PRIVACY, `send-error${suffix}`);
    vi.advanceTimersByTime(700);
    const form = observePage(document, route);
    if (form.kind !== 'form') throw new Error(`expected the form, saw ${form.kind}`);
    form.press.element!.click();
    const refused = observePage(document, route);
    expect(refused).toMatchObject({ kind: 'form' });
    expect(refused.kind === 'form' && refused.error).toBeTruthy();
    form.press.element!.click();
    vi.advanceTimersByTime(500);
    expect(observePage(document, route)).toMatchObject({ kind: 'message', error: null });
  });
});

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

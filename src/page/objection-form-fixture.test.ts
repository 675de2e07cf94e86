import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showFixture } from '../../tests/fixtures/load-fixture';
import { classifyUrl } from '../platforms/classify-url';
import { getObjectionRoute } from '../platforms/registry';

// The objection-form fixture is what the walkthrough is built and demonstrated against: it must behave like Meta's
// React form, and the registry's texts for the route (labels, submit, confirmation) must be findable on it.

const route = getObjectionRoute('meta-ai-facebook')!.route;
const mainText = () => document.querySelector('[role=main]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe.each([
  ['https://www.facebook.com/help/contact/712876720715583', 'en'],
  ['https://de-de.facebook.com/help/contact/712876720715583', 'de'],
  ['https://fr-fr.facebook.com/help/contact/712876720715583', 'fr'],
] as const)('objection form fixture %s', (url, lang) => {
  beforeEach(() => {
    vi.useFakeTimers();
    showFixture(url);
  });
  afterEach(() => vi.useRealTimers());

  it('is recognised as the route, renders late, and shows the registry labels', () => {
    expect(classifyUrl(url)).toMatchObject({ pageType: 'objection-form', routeId: route.id });
    expect(document.querySelector('input[name=email]')).toBeNull();
    vi.advanceTimersByTime(700);
    const text = mainText();
    for (const field of route.fields.filter((f) => !f.mayBeMissing)) {
      expect(
        field.labels[lang].some((label) => text.includes(label)),
        field.id,
      ).toBe(true);
    }
    expect(route.submitLabels?.[lang].some((label) => text.includes(label))).toBe(true);
    expect(document.querySelector<HTMLInputElement>('input[name=email]')?.value).toBe('alex.example@example.org');
  });

  it('undoes a value set without an input event, as a React-controlled input does, and confirms a real submit', () => {
    vi.advanceTimersByTime(700);
    const reason = document.querySelector<HTMLTextAreaElement>('textarea[name=reason]')!;
    reason.value = 'set behind React’s back';
    reason.dispatchEvent(new Event('blur'));
    expect(reason.value).toBe('');
    reason.value = 'My posts include photos of my children.';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    reason.dispatchEvent(new Event('blur'));
    expect(reason.value).toBe('My posts include photos of my children.');
    const submitted = vi.fn();
    window.addEventListener('fixture:submitted', (e) => submitted((e as CustomEvent).detail), { once: true });
    document.querySelector<HTMLElement>('[role=main] [role=button]')!.click();
    expect(submitted).toHaveBeenCalledWith(
      expect.objectContaining({ email: 'alex.example@example.org', reason: 'My posts include photos of my children.' }),
    );
    vi.advanceTimersByTime(500);
    expect(route.confirmationMarkers?.[lang].some((m) => mainText().includes(m))).toBe(true);
  });
});

describe('objection form fixture without a pre-filled email', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refuses to send until an email is entered', () => {
    showFixture('https://www.facebook.com/help/contact/712876720715583', 'empty');
    vi.advanceTimersByTime(700);
    const email = document.querySelector<HTMLInputElement>('input[name=email]')!;
    expect(email.value).toBe('');
    document.querySelector<HTMLElement>('[role=main] [role=button]')!.click();
    expect(mainText()).toContain('Please enter a valid email address.');
    email.value = 'alex.example@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLElement>('[role=main] [role=button]')!.click();
    vi.advanceTimersByTime(500);
    expect(mainText()).toContain('We’ve received your request');
  });
});

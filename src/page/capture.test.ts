import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showFixture } from '../../tests/fixtures/load-fixture';
import { getCompactPlatform } from '../platforms/compact';
import { attemptCapture, looksReady } from './capture';

const facebookRule = () => getCompactPlatform('facebook')!.documents[0]!.extract;
const POLICY_URL = 'https://www.facebook.com/privacy/policy/';

describe('attemptCapture refuses what is not a complete policy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refuses a login wall at the policy URL', () => {
    showFixture(POLICY_URL, 'login');
    expect(attemptCapture(document, facebookRule())).toMatchObject({ ok: false, reason: 'login-wall' });
  });

  it('refuses an error page', () => {
    showFixture(POLICY_URL, 'error');
    expect(attemptCapture(document, facebookRule())).toMatchObject({ ok: false, reason: 'error-page' });
  });

  it('refuses the shell before the late render, and accepts the page after it', () => {
    showFixture(POLICY_URL);
    expect(looksReady(document, facebookRule())).toBe(false);
    expect(attemptCapture(document, facebookRule()).ok).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(looksReady(document, facebookRule())).toBe(true);
    expect(attemptCapture(document, facebookRule()).ok).toBe(true);
  });

  it('refuses a capture cut short', () => {
    showFixture(POLICY_URL);
    vi.advanceTimersByTime(2_000);
    const main = document.querySelector('[role=main] > div')!;
    while (main.children.length > 3) main.lastElementChild!.remove();
    const attempt = attemptCapture(document, facebookRule());
    expect(attempt).toMatchObject({ ok: false, reason: 'too-short' });
  });

  it('refuses a long text without any marker phrase', () => {
    showFixture(POLICY_URL);
    vi.advanceTimersByTime(2_000);
    const rule = { ...facebookRule(), markers: ['Conditions générales de vente'] };
    expect(attemptCapture(document, rule)).toMatchObject({ ok: false, reason: 'no-marker' });
  });

  it('falls back to the element holding the text when no selector matches any more', () => {
    showFixture(POLICY_URL);
    vi.advanceTimersByTime(2_000);
    const rule = { ...facebookRule(), selectors: ['#privacy-policy-root-renamed'] };
    const attempt = attemptCapture(document, rule);
    expect(attempt.ok && attempt.via).toBe('text fallback');
    expect(attempt.ok && attempt.markdown).toContain('# What is the Privacy Policy and what does it cover?');
    expect(attempt.ok && attempt.markdown).not.toContain('Search Facebook');
  });
});

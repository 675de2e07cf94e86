import { describe, expect, it } from 'vitest';
import { findVisiblePhrase, normaliseText, surroundingText } from './page-text';

describe('normaliseText', () => {
  it('ignores case, typographic apostrophes, required-field stars and spacing', () => {
    expect(normaliseText('We’ve  received\u00a0your Request')).toBe("we've received your request");
    expect(normaliseText('Email address *')).toBe('email address');
  });
});

describe('findVisiblePhrase', () => {
  it('finds the smallest visible element showing a phrase across inline markup', () => {
    document.body.innerHTML =
      '<div role="main"><div><h2>We’ve received <b>your</b> request</h2><p>We’ll review it.</p></div></div>';
    const match = findVisiblePhrase(document, ["We've received your request"]);
    expect(match?.element.tagName).toBe('H2');
    expect(surroundingText(match!.element)).toBe('We’ve received your request\nWe’ll review it.');
  });

  it('does not see a phrase in hidden markup', () => {
    document.body.innerHTML =
      '<div style="display:none">Thank you</div><div hidden>Thank you</div><script>"Thank you"</script>';
    expect(findVisiblePhrase(document, ['Thank you'])).toBeNull();
  });

  it('returns null for no phrases', () => {
    document.body.innerHTML = '<p>Thank you</p>';
    expect(findVisiblePhrase(document, [])).toBeNull();
  });
});

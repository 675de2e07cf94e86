import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingRefusal, textRefusal, timeRefusal } from './limits';

describe('import limits', () => {
  it('refuses times ahead of the clock by more than five minutes, and what is not a time', () => {
    const now = Date.parse('2026-12-07T12:00:00.000Z');
    expect(timeRefusal('2026-12-07T12:04:59.000Z', now)).toBeNull();
    expect(timeRefusal('2026-12-07T12:05:01.000Z', now)).toBe('dated in the future (2026-12-07T12:05:01.000Z)');
    expect(timeRefusal('2099-01-01T00:00:00Z', now)).toMatch(/future/);
    expect(timeRefusal('soon', now)).toBe('"soon" is not a date');
  });

  it('measures nesting in one pass: void, self-closing and escaped tags do not count', () => {
    expect(nestingRefusal('# Policy\n\nNo tags at all')).toBeNull();
    expect(nestingRefusal(`${'<div>'.repeat(MAX_NESTING)}x${'</div>'.repeat(MAX_NESTING)}`)).toBeNull();
    expect(nestingRefusal(`${'<div>'.repeat(MAX_NESTING + 1)}x`)).toBe('text nested too deep (more than 500 levels)');
    expect(nestingRefusal('<br>'.repeat(10_000))).toBeNull();
    expect(nestingRefusal('<span/>'.repeat(10_000))).toBeNull();
    expect(nestingRefusal('\\<div>'.repeat(10_000))).toBeNull();
    // Siblings, not nesting.
    expect(nestingRefusal('<p>a</p>'.repeat(10_000))).toBeNull();
  });

  it('refuses a text past 2 MB before anything else', () => {
    expect(textRefusal('x'.repeat(2_000_001))).toBe('text too large (2000001 characters, the limit is 2000000)');
    expect(textRefusal('x'.repeat(2_000_000))).toBeNull();
  });
});

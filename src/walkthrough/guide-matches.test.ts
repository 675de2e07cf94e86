import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../platforms/classify-url';
import { PLATFORMS } from '../platforms/registry';
import { objectionGuideMatches } from './guide-matches';

// WXT's own match-pattern implementation (the one its content-script context uses), not a copy written for the test.
// It matches the path without the query; no guide route URL has a query.
const matchesPattern = (pattern: string, url: string) => new MatchPattern(pattern).includes(url);

describe('objectionGuideMatches', () => {
  const matches = objectionGuideMatches(PLATFORMS);
  const formRoutes = PLATFORMS.flatMap((p) =>
    p.objectionRoutes.filter((r) => r.kind !== 'email' && r.paths.length > 0),
  );

  it('covers every form and setting route’s own URL and its language variants', () => {
    expect(formRoutes.map((r) => r.kind)).toEqual(expect.arrayContaining(['form', 'setting']));
    for (const route of formRoutes) {
      for (const url of [route.url, ...Object.values(route.localizedUrls ?? {})]) {
        expect(
          matches.some((m) => matchesPattern(m, url)),
          url,
        ).toBe(true);
        expect(classifyUrl(url)?.routeId, url).toBe(route.id);
      }
    }
  });

  it('does not run on the rest of the platform', () => {
    for (const url of [
      'https://www.facebook.com/',
      'https://www.facebook.com/privacy/policy/',
      'https://www.instagram.com/',
    ]) {
      expect(
        matches.some((m) => matchesPattern(m, url)),
        url,
      ).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../platforms/classify-url';
import { PLATFORMS } from '../platforms/registry';
import { objectionGuideMatches } from './guide-matches';

/** A minimal match-pattern matcher (scheme, host with leading "*.", path with "*"), as the browser applies them. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const host = m[1]!;
  const hostOk = host.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : u.hostname === host;
  const path = new RegExp(
    `^${m[2]!
      .split('*')
      .map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return u.protocol === 'https:' && hostOk && path.test(u.pathname + u.search);
}

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

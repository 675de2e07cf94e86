import { describe, expect, it } from 'vitest';
import { objectionGuideMatches } from '../walkthrough/guide-matches';
import { classifyUrl } from './classify-url';
import { GUIDE_PLATFORMS, guideRouteFor, toCompactRoutes } from './compact-routes';
import { PLATFORMS } from './registry';

/** URLs of every guide route: its own URL, its language variants, and one URL per host and path pattern. */
function guideUrls(): { url: string; routeId: string }[] {
  const urls: { url: string; routeId: string }[] = [];
  for (const p of PLATFORMS) {
    for (const r of p.objectionRoutes) {
      if (r.kind === 'email') continue;
      for (const url of [r.url, ...Object.values(r.localizedUrls ?? {})]) urls.push({ url, routeId: r.id });
      for (const host of r.hosts ?? p.hosts) {
        for (const path of r.paths) {
          const h = host.replace(/^\*\./, 'www.');
          urls.push({ url: `https://${h}${path.replace(/\{locale\}/g, 'de-de').replace(/\*/g, '')}`, routeId: r.id });
          urls.push({ url: `https://${h}${path.replace(/\{locale\}/g, 'en').replace(/\*/g, '/x')}`, routeId: r.id });
        }
      }
    }
  }
  return urls;
}

describe('compact routes for the objection guide', () => {
  it('are the projection of the validated registry', () => {
    expect(GUIDE_PLATFORMS).toEqual(toCompactRoutes(PLATFORMS));
  });

  it('hold every form and setting route with what the guide shows, and no email route', () => {
    const ids = GUIDE_PLATFORMS.flatMap((p) => p.objectionRoutes.map((r) => r.id));
    const expected = PLATFORMS.flatMap((p) => p.objectionRoutes.filter((r) => r.kind !== 'email').map((r) => r.id));
    expect(ids).toEqual(expected);
    for (const p of GUIDE_PLATFORMS) {
      for (const r of p.objectionRoutes) {
        expect(r.steps.length, r.id).toBeGreaterThan(0);
        if (r.kind === 'setting') expect(r.setting, r.id).toBeDefined();
      }
    }
    const facebook = GUIDE_PLATFORMS.find((p) => p.id === 'facebook')!;
    expect(facebook.name).toBe('Facebook');
    expect(facebook.objectionRoutes[0]?.localizedUrls?.de).toBeDefined();
    expect(facebook.objectionRoutes[0]?.fields.map((f) => f.purpose)).toContain('email');
    expect(facebook.objectionRoutes[0]?.confirmationMarkers?.en.length).toBeGreaterThan(0);
  });

  it('give the guide the same matches as the validated registry', () => {
    expect(objectionGuideMatches(GUIDE_PLATFORMS)).toEqual(objectionGuideMatches(PLATFORMS));
  });

  it('find the same route as classifyUrl on every guide URL, and none elsewhere', () => {
    const urls = guideUrls();
    expect(urls.length).toBeGreaterThan(10);
    for (const { url, routeId } of urls) {
      expect(classifyUrl(url)?.routeId, url).toBe(routeId);
      const found = guideRouteFor(url);
      expect(found?.route.id, url).toBe(routeId);
      expect(found?.platform.id, url).toBe(classifyUrl(url)?.platformId);
    }
    for (const url of [
      'https://www.facebook.com/',
      'https://www.facebook.com/privacy/policy/',
      'https://www.instagram.com/',
      'https://example.org/help/contact/712876720715583',
      'not a url',
    ]) {
      expect(guideRouteFor(url), url).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { ObjectionLink, PolicyVersion } from '../history/types';
import { getPlatform } from '../platforms/registry';
import { policyRoutes, preferredRoute, routeShowsUrl, routeToOffer, versionWithLinks } from './policy-routes';

// The links are the ones the real Meta EU policy carried (src/page/objection-links.test.ts reads them from the pages).
const FACEBOOK = getPlatform('facebook')!;
const NOV_2025: ObjectionLink[] = [
  {
    href: 'https://www.facebook.com/help/contact/367438723733209?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe',
    text: 'right to object to',
    context: 'You have the right to object to and restrict certain processing of your information.',
  },
  {
    href: 'https://www.facebook.com/help/contact/1994830130782319?entry_point=POLICY_SUBSECTION%3A18.4-LegitimateInterestsWeRely',
    text: 'Facebook settings',
    context: 'you have the right to object to, and seek restriction of, such processing; visit the Facebook settings',
  },
];
const AUG_2026: ObjectionLink[] = [
  {
    ...NOV_2025[0]!,
    href: 'https://help.meta.com/support/privacy/?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe',
  },
  NOV_2025[1]!,
];

function version(links: ObjectionLink[] | undefined, lastSeenAt = '2026-08-22T10:00:00.000Z'): PolicyVersion {
  return { lastSeenAt, ...(links ? { objectionLinks: links } : {}) } as PolicyVersion;
}

describe('routes from the current policy', () => {
  it('offers first the route the policy links, at the policy’s own target', () => {
    const routes = policyRoutes(FACEBOOK, version(AUG_2026));
    expect(routes.routes[0]).toMatchObject({ standing: 'linked', route: { id: 'meta-privacy-objection' } });
    expect(preferredRoute(routes)).toEqual({ route: routes.routes[0]!.route, url: AUG_2026[0]!.href });
    // The legitimate-interest form the policy links is not in the registry: kept as the policy's own link.
    expect(routes.unknownLinks.map((l) => l.text)).toEqual(['Facebook settings']);
  });

  it('marks the forms the policy no longer links as possibly outdated, and never prefers them', () => {
    const routes = policyRoutes(FACEBOOK, version(AUG_2026));
    const standing = Object.fromEntries(routes.routes.map((r) => [r.route.id, r.standing]));
    expect(standing).toMatchObject({
      'meta-objection-facebook': 'outdated',
      'meta-ai-facebook': 'outdated',
    });
    expect(routes.routes.at(-1)?.standing).toBe('outdated');
  });

  it('took the policy’s 367438723733209 form while the policy linked it (Nov 2025)', () => {
    const routes = policyRoutes(FACEBOOK, version(NOV_2025));
    expect(preferredRoute(routes)?.route?.id).toBe('meta-objection-facebook');
    expect(routes.routes.find((r) => r.route.id === 'meta-privacy-objection')?.standing).toBe('outdated');
  });

  it('falls back to the registry’s order, unchecked, when no captured policy carries links', () => {
    const routes = policyRoutes(FACEBOOK, null);
    expect(routes.linksSeenAt).toBeNull();
    expect(routes.routes.every((r) => r.standing === 'unchecked')).toBe(true);
    expect(preferredRoute(routes)?.route?.id).toBe(FACEBOOK.objectionRoutes[0]!.id);
  });

  it('opens the policy’s own link when no registry route is linked', () => {
    const routes = policyRoutes(FACEBOOK, version([NOV_2025[1]!]));
    expect(preferredRoute(routes)).toEqual({ route: null, url: NOV_2025[1]!.href });
  });

  it('reads the links of the newest version that has them', () => {
    const older = version(NOV_2025, '2025-11-11T00:00:00.000Z');
    const newer = version(AUG_2026, '2026-08-22T00:00:00.000Z');
    expect(versionWithLinks([newer, older, version(undefined, '2026-09-01T00:00:00.000Z')])).toBe(newer);
  });

  it('recognises a route’s page in every language variant and with the policy’s query', () => {
    const route = FACEBOOK.objectionRoutes.find((r) => r.id === 'meta-objection-facebook')!;
    expect(routeShowsUrl(route, FACEBOOK, 'https://de-de.facebook.com/help/contact/367438723733209/?ref=x')).toBe(true);
    expect(routeShowsUrl(route, FACEBOOK, 'https://www.facebook.com/help/contact/1994830130782319')).toBe(false);
  });

  it('names one route for the overview: the linked one, never an outdated one', () => {
    expect(routeToOffer(FACEBOOK, version(AUG_2026))?.id).toBe('meta-privacy-objection');
    expect(routeToOffer(FACEBOOK, version(NOV_2025))?.id).toBe('meta-objection-facebook');
    expect(routeToOffer(FACEBOOK, null)?.id).toBe(FACEBOOK.objectionRoutes[0]!.id);
  });
});

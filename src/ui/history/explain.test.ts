import { describe, expect, it } from 'vitest';
import type { Flag } from '../../analysis/types';
import type { PolicyVersion } from '../../history/types';
import { PLATFORMS } from '../../platforms/registry';
import { explainFlag, objectable, objectionRouteFor, objectionUrl } from './explain';

const base: Flag = {
  kind: 'legal-basis',
  basis: 'legitimate-interests',
  from: null,
  purpose: 'Develop and improve AI at Meta',
  change: 'added',
  severity: 'high',
  before: null,
  after: 'Develop and improve AI at Meta on Meta Products and for third parties.',
  section: 'Legitimate interests',
  summary: 'unused here',
};

describe('explainFlag', () => {
  it('explains a move to legitimate interests, in each language, with the right to object', () => {
    expect(explainFlag(base, 'facebook', 'en')).toBe(
      'Facebook now relies on legitimate interests for “Develop and improve AI at Meta”. You can object.',
    );
    expect(explainFlag(base, 'facebook', 'de')).toBe(
      'Facebook stützt „Develop and improve AI at Meta“ jetzt auf berechtigte Interessen. Du kannst widersprechen.',
    );
    expect(explainFlag(base, 'facebook', 'fr')).toContain('l’intérêt légitime');
  });

  it('names both bases when the flag says where the purpose came from', () => {
    const moved = { ...base, from: 'contract' as const };
    expect(explainFlag(moved, 'facebook', 'en')).toBe(
      'Facebook moved “Develop and improve AI at Meta” from the contract with you to legitimate interests. You can object.',
    );
  });

  it('does not offer an objection for things one cannot object to', () => {
    const retention: Flag = { ...base, kind: 'retention', basis: undefined, change: 'modified' };
    expect(objectable(retention)).toBe(false);
    expect(explainFlag(retention, 'facebook', 'en')).toBe(
      'Facebook changed what it says about how long your information is kept.',
    );
    expect(objectable({ ...base, change: 'removed' })).toBe(false);
  });
});

describe('objection route', () => {
  it('is the platform’s form from the registry, opened through the popup', () => {
    const route = objectionRouteFor('facebook');
    const registered = PLATFORMS.find((p) => p.id === 'facebook')?.objectionRoutes.map((r) => r.id) ?? [];
    expect(route && registered).toContain(route?.id);
    expect(route?.kind).toBe('form');
    expect(route && objectionUrl(route)).toBe(`popup.html?route=${route?.id}`);
    expect(objectionRouteFor('no-such-platform')).toBeNull();
  });

  it('is the route the version shown links to, when it recorded the policy’s links (Meta, Nov 2025)', () => {
    const nov2025 = {
      lastSeenAt: '2025-11-12T00:00:00.000Z',
      objectionLinks: [
        {
          href: 'https://www.facebook.com/help/contact/367438723733209?entry_point=POLICY_SUBPAGE%3A7.subpage.11-ObjectYouHaveThe',
          text: 'right to object to',
          context: 'You have the right to object to and restrict certain processing of your information.',
        },
      ],
    } as PolicyVersion;
    expect(objectionRouteFor('facebook', nov2025)?.id).toBe('meta-objection-facebook');
    expect(objectionRouteFor('facebook', nov2025)?.id).not.toBe(objectionRouteFor('facebook')?.id);
  });
});

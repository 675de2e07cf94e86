import { describe, expect, it } from 'vitest';
import type { Flag } from '../../analysis/types';
import type { EvidenceRecord } from '../../history/types';
import { PLATFORMS } from '../../platforms/registry';
import { evidencePage } from '../evidence-page/evidence-view';
import type { PlatformState } from './popup-model';
import { policySection, routeCards } from './popup-view';

// Text from policies and from platform pages must reach the screen as text, never as markup.
const HOSTILE = '<img src=x onerror="window.pwed=1">Develop AI';

const FLAG: Flag = {
  kind: 'ai-training',
  purpose: HOSTILE,
  change: 'added',
  severity: 'high',
  before: null,
  after: 'x',
  section: 's',
  summary: 'x',
};

describe('views render page and policy text as text', () => {
  it('shows a flag’s purpose as quoted text', () => {
    const section = policySection(
      { lastSeenAt: '2025-04-15T00:00:00Z', flaggedChange: { capturedAt: '2025-04-15T00:00:00Z', flags: [FLAG] } },
      'Facebook',
      'en',
    );
    expect(section.querySelector('img')).toBeNull();
    expect(section.textContent).toContain(HOSTILE);
    expect(section.textContent).toContain('Facebook will use your information to train AI.');
  });

  it('shows a confirmation text on the evidence page as text', () => {
    const record: EvidenceRecord = {
      id: 'e1',
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: 'me@example.org',
      at: '2025-05-20T10:00:00Z',
      policyVersionId: 'v2',
      confirmationText: HOSTILE,
      method: 'form-confirmed',
    };
    const root = document.createElement('div');
    root.append(...evidencePage([record], PLATFORMS, 'fr', new Date(), { downloadJson: () => {}, print: () => {} }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')?.textContent).toBe(HOSTILE);
    expect(root.textContent).toContain('Formulaire envoyé, confirmation vue');
    expect(root.querySelector('tbody td:nth-child(2)')?.textContent).toBe('Facebook');
  });
});

describe('routeCards', () => {
  const facebook = PLATFORMS.find((p) => p.id === 'facebook')!;
  const noop = { objectNow: () => {}, openLink: () => {}, markDone: () => {} };
  const state = (standings: Record<string, 'linked' | 'unchecked' | 'outdated'>): PlatformState => ({
    platform: facebook,
    policy: { lastSeenAt: null, flaggedChange: null },
    routes: facebook.objectionRoutes.map((route) => ({
      route,
      standing: standings[route.id] ?? 'outdated',
      link: null,
      linksSeenAt: null,
      lastObjection: null,
    })),
    unknownLinks: [],
    deadlines: [],
  });

  it('shows the linked route first and folds the possibly outdated ones into one closed group', () => {
    const cards = routeCards(state({ 'meta-privacy-objection': 'linked' }), 'en', noop, null);
    expect(cards[0]?.getAttribute('data-route')).toBe('meta-privacy-objection');
    const folded = cards.at(-1) as HTMLDetailsElement;
    expect(folded.tagName).toBe('DETAILS');
    expect(folded.open).toBe(false);
    const older = facebook.objectionRoutes.length - 1;
    expect(folded.querySelector('summary')?.textContent).toBe(`Older routes (${older}): possibly outdated`);
    expect(folded.querySelectorAll('article.route')).toHaveLength(older);
  });

  it('opens the group when the popup was opened on an older route, and has none when nothing is outdated', () => {
    const focused = routeCards(state({ 'meta-privacy-objection': 'linked' }), 'de', noop, 'meta-ai-facebook');
    expect((focused.at(-1) as HTMLDetailsElement).open).toBe(true);
    expect(focused.at(-1)?.querySelector('summary')?.textContent).toContain('Ältere Wege');
    const all = Object.fromEntries(facebook.objectionRoutes.map((r) => [r.id, 'unchecked' as const]));
    expect(routeCards(state(all), 'fr', noop, null).some((c) => c.tagName === 'DETAILS')).toBe(false);
  });
});

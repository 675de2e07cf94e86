import { describe, expect, it } from 'vitest';
import type { Flag } from '../../analysis/types';
import type { EvidenceRecord } from '../../history/types';
import { PLATFORMS } from '../../platforms/registry';
import { evidencePage } from '../evidence-page/evidence-view';
import { policySection } from './popup-view';

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

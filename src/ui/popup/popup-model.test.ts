import { describe, expect, it } from 'vitest';
import { flagSentence } from '../../analysis/flag-words';
import type { Flag } from '../../analysis/types';
import type { DocumentSummary, EvidenceRecord, PolicyVersion } from '../../history/types';
import { getPlatform } from '../../platforms/registry';
import { headlineFlags, latestDocumentOf, latestFlaggedChange, platformState } from './popup-model';

const facebook = getPlatform('facebook')!;

function version(
  id: string,
  capturedAt: string,
  flags: Flag[] | null,
  extra: Partial<PolicyVersion> = {},
): PolicyVersion {
  return {
    id,
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'en',
    textHash: 'a'.repeat(64),
    capturedAt,
    lastSeenAt: capturedAt,
    url: 'https://www.facebook.com/privacy/policy/',
    source: 'visit',
    extractorVersion: 1,
    language: 'en',
    chars: 1000,
    report: flags
      ? {
          schemaVersion: 1,
          language: 'en',
          material: true,
          capture: 'ok',
          stats: {
            blocksBefore: 1,
            blocksAfter: 1,
            added: 0,
            removed: 0,
            modified: 1,
            moved: 0,
            unchanged: 0,
            ms: 1,
            coarse: false,
          },
          flags,
          changes: [],
        }
      : null,
    previousId: null,
    unseen: false,
    ...extra,
  };
}

const AI_FLAG: Flag = {
  kind: 'ai-training',
  change: 'added',
  severity: 'high',
  before: null,
  after: 'We use your information to develop AI at Meta.',
  section: 'How we use information',
  summary: 'AI training added',
};
const BASIS_FLAG: Flag = {
  ...AI_FLAG,
  kind: 'legal-basis',
  basis: 'legitimate-interests',
  from: 'consent',
  severity: 'high',
};
const LOW_FLAG: Flag = { ...AI_FLAG, kind: 'retention', severity: 'low' };

describe('popup model', () => {
  it('takes the newest flagged version, skipping later unchanged ones and extractor changes', () => {
    const versions = [
      version('v1', '2025-01-01T00:00:00Z', null),
      version('v2', '2025-04-14T00:00:00Z', [AI_FLAG]),
      version('v3', '2025-05-01T00:00:00Z', [LOW_FLAG], { note: 'extractor-changed' }),
      version('v4', '2025-06-01T00:00:00Z', []),
    ];
    expect(latestFlaggedChange(versions)).toEqual({ capturedAt: '2025-04-14T00:00:00Z', flags: [AI_FLAG] });
    expect(latestFlaggedChange([versions[0]!])).toBeNull();
  });

  it('picks the platform’s most recently seen document', () => {
    const doc = (locale: string, lastSeenAt: string): DocumentSummary => ({
      platformId: 'facebook',
      documentId: 'privacy-policy',
      locale,
      versions: 1,
      firstCapturedAt: lastSeenAt,
      latest: version(locale, lastSeenAt, null, { locale, lastSeenAt }),
      unseen: 0,
    });
    expect(latestDocumentOf('facebook', [doc('en', '2025-01-01'), doc('de', '2025-02-01')])?.locale).toBe('de');
    expect(latestDocumentOf('instagram', [doc('en', '2025-01-01')])).toBeNull();
  });

  it('marks routes and deadlines the user objected on', () => {
    const objection: EvidenceRecord = {
      id: 'e1',
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      at: '2025-05-20T10:00:00Z',
      policyVersionId: null,
      confirmationText: null,
      method: 'form-confirmed',
    };
    const state = platformState(facebook, [], [], [objection], new Date(2025, 4, 21));
    expect(state.routes.find((r) => r.route.id === 'meta-ai-facebook')?.lastObjection).toEqual(objection);
    expect(state.routes.find((r) => r.route.id === 'meta-ai-third-party')?.lastObjection).toBeNull();
    expect(state.deadlines.find((d) => d.deadline.routeId === 'meta-ai-facebook')).toMatchObject({
      objected: true,
      daysLeft: 6,
    });
    expect(state.policy).toEqual({ lastSeenAt: null, flaggedChange: null });
  });

  it('shows the most severe flags first and counts the rest', () => {
    const { shown, more } = headlineFlags([LOW_FLAG, AI_FLAG, BASIS_FLAG, LOW_FLAG], 2);
    expect(shown.map((f) => f.kind)).toEqual(['ai-training', 'legal-basis']);
    expect(more).toBe(2);
  });
});

describe('flag sentences in the popup', () => {
  it('say a change of legal basis in plain words, in each language', () => {
    expect(flagSentence(BASIS_FLAG, 'en', 'Facebook')).toBe(
      'Facebook moved a use of your information from your consent to legitimate interests.',
    );
    expect(flagSentence(BASIS_FLAG, 'de', 'Facebook')).toContain('berechtigte Interessen');
    expect(flagSentence(AI_FLAG, 'fr', 'Facebook')).toBe('Facebook utilisera vos informations pour entraîner l’IA.');
  });
});

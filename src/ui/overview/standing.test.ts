import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusAvailable, readVersion } from '../../../tests/analysis/corpus';
import { readPolicy } from '../../analysis';
import type { PolicyReading } from '../../analysis/types';
import { INITIAL_CHECK_STATE, nextCheckState } from '../../history/check-state';
import type { DocumentSummary, EvidenceRecord, PolicyVersion, VersionReading } from '../../history/types';
import { t } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { getPlatform } from '../../platforms/registry';
import { basisSince, checkNotice, platformStanding } from './standing';
import { renderOverview, renderStandingCompact, standingDocumentOf } from './standing-view';

// Where a platform stands, from the readings of its versions (oldest first) and the evidence log.

const facebook = getPlatform('facebook')!;

function reading(trainsAi: boolean, basis: PolicyReading['aiBases'][number] | null): PolicyReading {
  return {
    language: 'en',
    trainsAi,
    aiTraining: trainsAi
      ? [{ sentence: 'We use your posts to train AI.', section: '', data: ['public-content'], basis }]
      : [],
    aiBases: basis ? [basis] : [],
    purposes: [],
    objection: [],
  };
}

const entry = (id: string, day: string, r: PolicyReading | null): VersionReading => ({
  id,
  capturedAt: `2025-${day}T00:00:00.000Z`,
  reading: r,
});

function summary(latest: VersionReading): DocumentSummary {
  return {
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'en',
    versions: 1,
    firstCapturedAt: latest.capturedAt,
    latest: { id: latest.id, capturedAt: latest.capturedAt } as PolicyVersion,
    unseen: 0,
  };
}

describe('basisSince', () => {
  const history = [
    entry('a', '01-01', reading(false, null)),
    entry('b', '02-01', reading(true, 'consent')),
    entry('c', '05-28', reading(true, 'legitimate-interests')),
    entry('d', '07-01', reading(true, 'legitimate-interests')),
  ];
  it('is the earliest version of the unbroken run that states the same basis', () => {
    expect(basisSince(history, 'legitimate-interests')).toEqual({
      versionId: 'c',
      capturedAt: '2025-05-28T00:00:00.000Z',
      firstKept: false,
    });
  });
  it('says when the run reaches the first version kept', () => {
    expect(basisSince(history.slice(2), 'legitimate-interests')?.firstKept).toBe(true);
  });
  it('stops at a version not read yet (no claim beyond what was read)', () => {
    const withGap = [history[2] as VersionReading, entry('x', '06-01', null), history[3] as VersionReading];
    expect(basisSince(withGap, 'legitimate-interests')).toMatchObject({ versionId: 'd', firstKept: false });
  });
});

describe('platformStanding', () => {
  const evidence: EvidenceRecord[] = [
    {
      id: 'e1',
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      at: '2025-06-03T10:00:00.000Z',
      policyVersionId: 'c',
      confirmationText: null,
      method: 'form-confirmed',
    },
  ];
  it('is "never captured" without a document, with the route still offered', () => {
    const s = platformStanding(facebook, null, [], [], facebook.objectionRoutes[0] ?? null);
    expect(s.policy).toBeNull();
    expect(s.route?.id).toBe(facebook.objectionRoutes[0]?.id);
    expect(s.objection).toBeNull();
  });
  it('reads training, data, basis and since-when from the latest version, and the latest objection', () => {
    const history = [entry('c', '05-28', reading(true, 'legitimate-interests'))];
    const s = platformStanding(facebook, summary(history[0] as VersionReading), history, evidence, null);
    expect(s.policy).toMatchObject({ read: true, trainsAi: true, aiData: ['public-content'] });
    expect(s.policy?.aiBasis).toBe('legitimate-interests');
    expect(s.policy?.basisSince?.versionId).toBe('c');
    expect(s.policy?.quote).toBe('We use your posts to train AI.');
    expect(s.objection?.id).toBe('e1');
  });
  it('says the latest version is not read yet rather than "no training"', () => {
    const history = [entry('z', '08-01', null)];
    const s = platformStanding(facebook, summary(history[0] as VersionReading), history, [], null);
    expect(s.policy).toMatchObject({ read: false, trainsAi: false });
  });
});

describe.skipIf(!corpusAvailable)(`on Meta's real policy (${corpusAvailable ? 'corpus' : CORPUS_SKIP_REASON})`, () => {
  it('finds AI training on legitimate interests in the 2025-05-28 version', () => {
    const r = readPolicy(readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md'));
    const history = [entry('v', '05-28', r)];
    const s = platformStanding(facebook, summary(history[0] as VersionReading), history, [], null);
    expect(s.policy?.trainsAi).toBe(true);
    expect(s.policy?.aiBasis).toBe('legitimate-interests');
    expect(s.policy?.aiData).toContain('public-content');
  });
});

describe('standingDocumentOf', () => {
  const doc = (documentId: string, locale: string, lastSeenAt: string): DocumentSummary => ({
    platformId: 'facebook',
    documentId,
    locale,
    versions: 1,
    firstCapturedAt: lastSeenAt,
    latest: { id: `${documentId}-${locale}`, capturedAt: lastSeenAt, lastSeenAt } as PolicyVersion,
    unseen: 0,
  });
  it('reads the privacy policy (the registry’s first document) even when another was seen later', () => {
    const docs = [
      doc('privacy-policy', 'en', '2025-05-01T00:00:00.000Z'),
      doc('privacy-policy', 'de', '2025-06-01T00:00:00.000Z'),
      doc('eu-ai-terms', 'en', '2025-07-01T00:00:00.000Z'),
    ];
    expect(standingDocumentOf(facebook, docs)?.locale).toBe('de');
    expect(standingDocumentOf(facebook, docs)?.documentId).toBe('privacy-policy');
    expect(standingDocumentOf(facebook, [docs[2] as DocumentSummary])?.documentId).toBe('eu-ai-terms');
  });
});

describe('checkNotice: the background checks as the user needs to know them', () => {
  const base = { ...INITIAL_CHECK_STATE };
  const at = '2026-11-30T08:00:00.000Z';
  it('says nothing before any check ran', () => {
    expect(checkNotice(null)).toBeNull();
    expect(checkNotice(base)).toBeNull();
  });
  it('tells a page the checks cannot read (it needs its scripts) from one that failed and is retried', () => {
    const failed = nextCheckState(base, new Date(at), 'HTTP 503');
    expect(checkNotice(failed)).toEqual({ kind: 'failing', at, nextAt: failed.nextAttemptAt });
    const unreadable = nextCheckState(base, new Date(at), 'the page shows no policy text without its scripts', true);
    expect(checkNotice(unreadable)).toEqual({ kind: 'unreadable', at });
  });
  it('reports the last good check, and a good check clears an earlier failure', () => {
    const failed = nextCheckState(base, new Date(at), 'HTTP 503', true);
    expect(checkNotice(nextCheckState(failed, new Date('2026-11-30T09:00:00.000Z'), null))).toEqual({
      kind: 'checked',
      at: '2026-11-30T09:00:00.000Z',
    });
  });
  it('is shown in the overview and in the popup’s compact form, in each language', () => {
    const unreadable = nextCheckState(base, new Date(at), 'needs scripts', true);
    const s = platformStanding(facebook, null, [], [], null, unreadable);
    for (const lang of LANGUAGES) {
      const row = renderOverview([s], lang).querySelector('tr[data-platform="facebook"] .check-notice.unreadable');
      expect(row?.textContent).toBe(t('history.overview.check.unreadable', lang));
      const compact = renderStandingCompact(s, lang, true).querySelector('.check-notice.unreadable');
      expect(compact?.textContent).toBe(t('history.overview.check.short.unreadable', lang));
    }
    // A good check is worth a line in the table, not in the popup.
    const checked = platformStanding(facebook, null, [], [], null, nextCheckState(base, new Date(at), null));
    expect(renderOverview([checked], 'en').querySelector('.check-notice')?.textContent).toContain(
      'Checked in the background',
    );
    expect(renderStandingCompact(checked, 'en', true).querySelector('.check-notice')).toBeNull();
  });
});

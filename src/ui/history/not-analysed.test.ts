import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_PAGES_DIR } from '../../../tests/real-pages/real-pages';
import { analyzePolicyChange, readPolicy } from '../../analysis';
import { readingSchema, reportSchema } from '../../history/records';
import type { PolicyVersion } from '../../history/types';
import { getPlatform } from '../../platforms/registry';
import { platformStanding } from '../overview/standing';
import { trainingText } from '../overview/standing-view';
import { languageName, pageLanguage } from './format';
import { renderTimeline } from './timeline';

// A page in a language the analysis does not read (Meta's Hindi policy, ../shared/realpages) is kept and shown as
// "captured, not analysed (Hindi)", never as a change of everything.

const HINDI = join(REAL_PAGES_DIR, 'facebook/2025-05-27_india_hi-in_privacy-policy-meta-mbasic-printable.version.md');

function version(report: PolicyVersion['report'], id: string): PolicyVersion {
  return {
    id,
    platformId: 'facebook',
    documentId: 'privacy-policy',
    locale: 'hi-IN',
    textHash: id,
    capturedAt: `2025-05-2${id}T10:00:00.000Z`,
    lastSeenAt: `2025-05-2${id}T10:00:00.000Z`,
    url: 'https://mbasic.facebook.com/privacy/policy/printable/?locale=hi_IN',
    source: 'visit',
    extractorVersion: 2,
    language: 'en',
    chars: 1000,
    report,
    previousId: null,
    unseen: false,
  };
}

describe('versions in a language the analysis does not read', () => {
  it('names the language in the interface language', () => {
    expect(languageName('hi-IN', 'en')).toBe('Hindi');
    expect(languageName('hi', 'de')).toBe('Hindi');
    expect(languageName('hi_IN', 'fr')).toBe('hindi');
    expect(languageName('und', 'en')).toBeNull();
    expect(pageLanguage({ locale: 'und' }, 'de')).toBe('andere Sprache');
  });

  it('shows a changed Hindi version as captured, not analysed, in EN/DE/FR', () => {
    const text = readFileSync(HINDI, 'utf8');
    const blocks = text.split('\n\n');
    const edited = [...blocks.slice(0, 40), ...blocks.slice(60)].join('\n\n');
    const report = analyzePolicyChange(edited, text);
    expect(report).toMatchObject({ notAnalysed: 'language', material: false, flags: [] });
    // The stored report keeps the mark when the history reads it back.
    expect(reportSchema.parse(report).notAnalysed).toBe('language');
    const versions = [version(null, '1'), version(report, '2')];
    const handlers = { onToggle: () => {}, onComparePrevious: () => {} };
    expect(renderTimeline(versions, [], 'en', handlers).textContent).toContain('Captured, not analysed (Hindi)');
    expect(renderTimeline(versions, [], 'de', handlers).textContent).toContain('Erfasst, nicht analysiert (Hindi)');
    expect(renderTimeline(versions, [], 'fr', handlers).textContent).toContain('Capturée, non analysée (hindi)');
    expect(renderTimeline(versions, [], 'en', handlers).textContent).not.toMatch(/Only formatting/);
  });

  it('marks a first Hindi version as not analysed, and the overview claims nothing about it', () => {
    const reading = readPolicy(readFileSync(HINDI, 'utf8'));
    expect(reading).toMatchObject({ notRead: 'language', trainsAi: false });
    expect(readingSchema.parse(reading).notRead).toBe('language');
    const first = { ...version(null, '1'), reading };
    const handlers = { onToggle: () => {}, onComparePrevious: () => {} };
    const timeline = renderTimeline([first], [], 'en', handlers).textContent;
    expect(timeline).toContain('First version kept, not analysed (Hindi)');
    expect(renderTimeline([first], [], 'fr', handlers).textContent).toContain('non analysée (hindi)');

    const summary = {
      platformId: 'facebook',
      documentId: 'privacy-policy',
      locale: 'hi-IN',
      versions: 1,
      firstCapturedAt: first.capturedAt,
      latest: first,
      unseen: 0,
    };
    const standing = platformStanding(getPlatform('facebook')!, summary, [first], [], null);
    expect(trainingText(standing, 'en')).toBe(
      'The latest version is in Hindi, which Policy Watch does not read: it cannot say what it states.',
    );
    expect(trainingText(standing, 'de')).toContain('auf Hindi');
    // An English policy that states no AI training still says so.
    const english = { ...first, reading: { ...reading, notRead: undefined } };
    expect(trainingText(platformStanding(getPlatform('facebook')!, summary, [english], [], null), 'en')).toMatch(
      /does not say that the platform trains AI/,
    );
  });
});

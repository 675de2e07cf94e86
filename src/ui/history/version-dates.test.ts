import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../analysis/analyze';
import type { Flag } from '../../analysis/types';
import type { PolicyVersion, VersionReading } from '../../history/types';
import { announcedLine, nextAnnounced } from '../overview/announced-countdown';
import { flagRegion, versionDates } from './version-dates';

// The policy's own dates on the history page and in the overview, in EN/DE/FR.

const ANNOUNCING = [
  '# Privacy Policy',
  'Effective April 7, 2025',
  'These changes go into effect on May 27, 2025.',
  'We use public posts to develop and improve our AI models, relying on our legitimate interests.',
].join('\n\n');

function version(text: string, capturedAt: string, report: Partial<PolicyVersion['report']> = null): PolicyVersion {
  return {
    id: 'v1',
    platformId: 'instagram',
    documentId: 'privacy-policy',
    locale: 'en',
    textHash: '0'.repeat(64),
    capturedAt,
    lastSeenAt: capturedAt,
    url: 'https://privacycenter.instagram.com/policy/',
    source: 'visit',
    extractorVersion: 1,
    language: 'en',
    chars: text.length,
    report: report as PolicyVersion['report'],
    unseen: false,
    reading: readPolicy(text),
    previousId: null,
  } as PolicyVersion;
}

describe('the dates line of a timeline entry', () => {
  it('shows the effective date and the announced date while it was ahead', () => {
    const ahead = versionDates(version(ANNOUNCING, '2025-04-15T00:31:37Z'), 'en');
    expect(ahead?.querySelector('.effective')?.textContent).toBe('effective 7 April 2025');
    expect(ahead?.querySelector('.announced')?.textContent).toBe('announces a change from 27 May 2025');
    const de = versionDates(version(ANNOUNCING, '2025-04-15T00:31:37Z'), 'de');
    expect(de?.querySelector('.announced')?.textContent).toBe('kündigt eine Änderung ab dem 27. Mai 2025 an');
    const fr = versionDates(version(ANNOUNCING, '2025-04-15T00:31:37Z'), 'fr');
    expect(fr?.querySelector('.effective')?.textContent).toBe('en vigueur le 7 avril 2025');
    // Recorded after the date: nothing announced any more.
    expect(versionDates(version(ANNOUNCING, '2025-06-01T00:00:00Z'), 'en')?.querySelector('.announced')).toBeNull();
  });

  it('says "changed without a new date" for a material change whose dates did not move', () => {
    const undated = version(ANNOUNCING, '2025-06-01T00:00:00Z', {
      material: true,
      flags: [],
      dates: { effective: '2025-04-07', updated: null, announced: [], undated: true },
    });
    expect(versionDates(undated, 'en')?.querySelector('.undated')?.textContent).toBe('changed without a new date');
    expect(versionDates(version('# Policy\n\nWe collect data.', '2025-06-01T00:00:00Z'), 'en')).toBeNull();
  });

  it('names the region a flag is limited to', () => {
    const flag = { kind: 'ai-training', region: ['EU', 'EEA'] } as Flag;
    expect(flagRegion(flag, 'en')?.textContent).toBe('Applies to: EU, EEA');
    expect(flagRegion({ kind: 'ai-training' } as Flag, 'en')).toBeNull();
  });
});

describe('the overview countdown', () => {
  const history: VersionReading[] = [
    {
      id: 'a',
      capturedAt: '2025-04-07T00:00:00Z',
      reading: readPolicy('# P\n\nEffective April 7, 2025\n\nWe collect data.'),
    },
    { id: 'b', capturedAt: '2025-04-15T00:31:37Z', reading: readPolicy(ANNOUNCING) },
  ];

  it('counts down to the nearest announced date still to come', () => {
    const now = new Date(2025, 4, 20, 15);
    const next = nextAnnounced(history, now);
    expect(next?.date).toBe('2025-05-27');
    expect(announcedLine(next, 'en', now)?.getAttribute('data-days-left')).toBe('7');
    expect(announcedLine(next, 'en', now)?.textContent).toContain('(in 7 days)');
    expect(nextAnnounced(history, new Date(2025, 4, 28))).toBeNull();
  });
});

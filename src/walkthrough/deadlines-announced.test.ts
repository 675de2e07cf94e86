import { describe, expect, it } from 'vitest';
import { readPolicy } from '../analysis/analyze';
import { getPlatform } from '../platforms/registry';
import { knownDeadlines } from './deadlines';
import { announcedDeadlines, objectedBeforeChange } from './deadlines-announced';

// Deadlines read from stored versions: the date a version announced while it was still ahead, from the first version
// that announced it; the registry's deadline for the same day is then not listed twice.

const INSTAGRAM = getPlatform('instagram')!;
const BANNER =
  '# Privacy Policy\n\nThese changes go into effect on May 27, 2025.\n\nWe use public posts to improve AI at Meta.';

describe('announced deadlines', () => {
  it('come from the first version that announced a date still ahead', () => {
    const versions = [
      { id: 'late', platformId: 'instagram', capturedAt: '2025-05-21T00:00:00Z', reading: readPolicy(BANNER) },
      { id: 'first', platformId: 'instagram', capturedAt: '2025-04-15T00:31:37Z', reading: readPolicy(BANNER) },
      { id: 'after', platformId: 'instagram', capturedAt: '2025-05-28T00:00:00Z', reading: readPolicy(BANNER) },
    ];
    const deadlines = announcedDeadlines([INSTAGRAM], versions);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      date: '2025-05-27',
      platformId: 'instagram',
      source: 'policy',
      versionId: 'first',
      // The route the registry's own deadline names for Instagram (its AI objection form).
      routeId: INSTAGRAM.deadlines[0]?.routeId,
      text: { en: 'These changes go into effect on May 27, 2025.' },
    });
  });

  it('replace the registry deadline of the same day, which stays for what was announced before install', () => {
    const read = announcedDeadlines(
      [INSTAGRAM],
      [{ id: 'v', platformId: 'instagram', capturedAt: '2025-04-15T00:00:00Z', reading: readPolicy(BANNER) }],
    );
    const known = knownDeadlines([INSTAGRAM], read).filter((d) => d.date === '2025-05-27');
    expect(known.map((d) => d.source)).toEqual(['policy']);
    expect(knownDeadlines([INSTAGRAM]).map((d) => d.source)).toEqual(INSTAGRAM.deadlines.map(() => 'registry'));
  });

  it('an objection the day before the date was before the change; on the day it was not', () => {
    expect(objectedBeforeChange('2025-05-26T23:00:00Z', { date: '2025-05-27' })).toBe(true);
    expect(objectedBeforeChange('2025-05-27T06:00:00Z', { date: '2025-05-27' })).toBe(false);
  });
});

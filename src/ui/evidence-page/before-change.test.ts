import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../history/types';
import type { KnownDeadline } from '../../walkthrough/deadlines';
import { beforeChangeNote } from './before-change';

const deadline: KnownDeadline = {
  date: '2025-05-27',
  routeId: 'meta-ai-instagram',
  text: { en: 'These changes go into effect on May 27, 2025.' },
  platformId: 'instagram',
  platformName: 'Instagram',
  source: 'policy',
};
const record = (at: string, routeId = 'meta-ai-instagram') => ({ id: 'e1', at, routeId }) as EvidenceRecord;

describe('an objection recorded before the change took effect', () => {
  it('is marked, in the reader’s language', () => {
    expect(beforeChangeNote(record('2025-05-20T10:00:00Z'), [deadline], 'en')?.textContent).toBe(
      'before the change of May 27, 2025 took effect',
    );
    expect(beforeChangeNote(record('2025-05-20T10:00:00Z'), [deadline], 'de')?.textContent).toContain('27. Mai 2025');
    expect(beforeChangeNote(record('2025-05-20T10:00:00Z'), [deadline], 'fr')?.textContent).toContain('27 mai 2025');
  });

  it('is not marked on or after the date, nor for another route', () => {
    expect(beforeChangeNote(record('2025-05-27T08:00:00Z'), [deadline], 'en')).toBeNull();
    expect(beforeChangeNote(record('2025-06-01T08:00:00Z'), [deadline], 'en')).toBeNull();
    expect(beforeChangeNote(record('2025-05-20T10:00:00Z', 'linkedin-ai-training'), [deadline], 'en')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../platforms/registry';
import { daysUntil, type KnownDeadline, knownDeadlines, parseReminderName, plannedReminders } from './deadlines';

const META_TRAINING: KnownDeadline = {
  date: '2025-05-27',
  routeId: 'meta-ai-facebook',
  platformId: 'facebook',
  platformName: 'Facebook',
  text: { en: 'Meta starts training its AI on 27 May 2025.' },
};

describe('knownDeadlines', () => {
  it('lists the registry’s deadlines with their platform, soonest first', () => {
    const all = knownDeadlines(PLATFORMS);
    expect(all.find((d) => d.routeId === 'meta-ai-facebook')).toMatchObject({
      platformName: 'Facebook',
      date: '2025-05-27',
    });
    expect(all.map((d) => d.date)).toEqual([...all.map((d) => d.date)].sort());
  });
});

describe('daysUntil', () => {
  it('counts calendar days in local time', () => {
    expect(daysUntil('2025-05-27', new Date(2025, 4, 27, 23, 59))).toBe(0);
    expect(daysUntil('2025-05-27', new Date(2025, 4, 20, 8))).toBe(7);
    expect(daysUntil('2025-05-27', new Date(2025, 4, 28, 0, 1))).toBe(-1);
  });
});

describe('plannedReminders', () => {
  it('reminds a week ahead and the day before, at 9 local time', () => {
    const planned = plannedReminders([META_TRAINING], new Set(), new Date(2025, 3, 14));
    expect(planned.map((r) => new Date(r.when))).toEqual([new Date(2025, 4, 20, 9), new Date(2025, 4, 26, 9)]);
    expect(parseReminderName(planned[0]!.name)).toEqual({ routeId: 'meta-ai-facebook', date: '2025-05-27' });
  });

  it('keeps only the reminders still ahead', () => {
    const planned = plannedReminders([META_TRAINING], new Set(), new Date(2025, 4, 22));
    expect(planned.map((r) => new Date(r.when))).toEqual([new Date(2025, 4, 26, 9)]);
  });

  it('sets none for a past deadline', () => {
    expect(plannedReminders([META_TRAINING], new Set(), new Date(2025, 5, 1))).toEqual([]);
  });

  it('sets none once the user objected on that route', () => {
    expect(plannedReminders([META_TRAINING], new Set(['meta-ai-facebook']), new Date(2025, 3, 14))).toEqual([]);
  });
});

describe('parseReminderName', () => {
  it('refuses names that are not ours', () => {
    expect(parseReminderName('history-check')).toBeNull();
  });
});

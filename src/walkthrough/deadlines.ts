import type { Deadline, Platform } from '../platforms/schema';

// Known deadlines (from the registry) and when to remind the user of one. Pure: the clock and the evidence are
// passed in, so the same rules serve the popup's list and the background's alarms.

export interface KnownDeadline extends Deadline {
  platformId: string;
  platformName: string;
  /** Where the date is known from: the policy's own text (a version announcing it), else the registry. */
  source?: 'policy' | 'registry';
  /** For a date read from the policy: the version that announced it first. */
  versionId?: string;
}

/**
 * The deadlines to show and remind of: those read from the policies (announcedDeadlines), then the registry's for
 * what the extension could not read itself (announced before it was installed): a registry date that a policy
 * already announced is not listed twice.
 */
export function knownDeadlines(
  platforms: readonly Platform[],
  announced: readonly KnownDeadline[] = [],
): KnownDeadline[] {
  const read = new Set(announced.map((d) => `${d.platformId} ${d.date}`));
  const fromRegistry = platforms.flatMap((p) =>
    p.deadlines
      .filter((d) => !read.has(`${p.id} ${d.date}`))
      .map((d): KnownDeadline => ({ ...d, platformId: p.id, platformName: p.name, source: 'registry' })),
  );
  const ids = new Set(platforms.map((p) => p.id));
  return [...announced.filter((d) => ids.has(d.platformId)), ...fromRegistry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** Local midnight at the start of the deadline's day. */
function startOfDay(date: string): number {
  return new Date(`${date}T00:00:00`).getTime();
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from today to the deadline's day (0 today, negative when past), in local time. */
export function daysUntil(date: string, now: Date): number {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return Math.round((startOfDay(date) - today) / DAY);
}

/** Remind a week ahead and the day before, at 9 in the morning (local time). */
export const REMIND_DAYS_BEFORE = [7, 1] as const;
const REMIND_HOUR = 9;

export interface PlannedReminder {
  /** Alarm name; parsed back by parseReminderName. */
  name: string;
  when: number;
  routeId: string;
  date: string;
}

const PREFIX = 'policy-watch:deadline';

export function reminderName(routeId: string, date: string, daysBefore: number): string {
  return `${PREFIX}:${routeId}:${date}:${daysBefore}`;
}

export function parseReminderName(name: string): { routeId: string; date: string } | null {
  const m = /^policy-watch:deadline:([a-z0-9-]+):(\d{4}-\d{2}-\d{2}):\d+$/.exec(name);
  return m ? { routeId: m[1]!, date: m[2]! } : null;
}

export function isReminderName(name: string): boolean {
  return name.startsWith(`${PREFIX}:`);
}

/**
 * The reminders to set: for every deadline still ahead whose route the user has not objected on, the reminder times
 * not yet passed. (One missed because the extension was installed late is not made up: the popup shows the deadline.)
 */
export function plannedReminders(
  deadlines: readonly KnownDeadline[],
  objectedRouteIds: ReadonlySet<string>,
  now: Date,
): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const d of deadlines) {
    if (objectedRouteIds.has(d.routeId)) continue;
    for (const daysBefore of REMIND_DAYS_BEFORE) {
      const at = new Date(`${d.date}T00:00:00`);
      at.setDate(at.getDate() - daysBefore);
      at.setHours(REMIND_HOUR);
      if (at.getTime() <= now.getTime()) continue;
      planned.push({
        name: reminderName(d.routeId, d.date, daysBefore),
        when: at.getTime(),
        routeId: d.routeId,
        date: d.date,
      });
    }
  }
  return planned;
}

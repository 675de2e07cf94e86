import { announcedAhead, type PolicyDates } from '../analysis/dates';
import type { HistoryEntry } from './history';

// The dates line of a version in `policy-watch history`: its effective (or last-updated) date, the dates it announces
// that were still ahead of its recorded time (read from an Open Terms Archive file name, 2025-09-18T12-34-39Z.md),
// and "changed without a new date".

const RECORDED = /^(\d{4}-\d{2}-\d{2})T(\d{2})[-:](\d{2})[-:](\d{2})/;

/** The version's recorded time from its file name, or null when the name carries none. */
export function recordedAtOf(file: string): string | null {
  const m = RECORDED.exec(file);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z` : null;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 110 ? `${flat.slice(0, 109)}…` : flat;
}

/** Indented lines under the entry; none when the version states no date. */
export function entryDates(entry: HistoryEntry): string[] {
  const dates: PolicyDates | undefined = entry.report?.state?.dates ?? entry.dates;
  if (!dates) return [];
  const recordedAt = recordedAtOf(entry.file);
  // Without a recorded time every announcement is listed: whether it was ahead cannot be told.
  const announced = recordedAt ? announcedAhead(dates, recordedAt) : dates.announced;
  const own = dates.effective
    ? `effective ${dates.effective.date}`
    : dates.updated
      ? `updated ${dates.updated.date}`
      : '';
  const lines = own ? [`    ${own}`] : [];
  for (const a of announced) lines.push(`    announces ${a.date}: "${quote(a.sentence)}"`);
  if (entry.report?.material && entry.report.dates?.undated) lines.push('    changed without a new date');
  return lines;
}

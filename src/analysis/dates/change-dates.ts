import { regionsLimitedTo } from './region';
import type { AnnouncedChange, ChangeDates, DatedSentence, PolicyDates, Region } from './types';

// What dates say about a change: which announced dates were still ahead when the version was recorded, the flags of
// the change each announces, whether a material change came with no new date, and the region each flag is limited
// to. Pure: the version's recorded time is passed in, there is no clock here.

/** The day (YYYY-MM-DD, UTC) of a recorded time. */
function dayOf(recordedAt: string | number): string | null {
  const time = new Date(recordedAt).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** The announced dates still ahead of the version's recorded time (a date on the recorded day is not ahead). */
export function announcedAhead(dates: PolicyDates | undefined, recordedAt: string | number): DatedSentence[] {
  if (!dates) return [];
  const today = dayOf(recordedAt);
  // No valid recorded time, no announcement: a date is only "ahead" of a known moment.
  if (today === null) return [];
  const ahead = dates.announced.filter((a) => a.date > today);
  // A page that shows the coming version first ("Effective: May 18, 2023" recorded in April) announces that date.
  const effective = dates.effective;
  if (effective && effective.date > today && !ahead.some((a) => a.date === effective.date)) ahead.push(effective);
  return ahead.sort((a, b) => a.date.localeCompare(b.date));
}

interface FlagText {
  before: string | null;
  after: string | null;
}

/**
 * The flags of the change an announcement announces: those whose new sentence sits in the announcing block (a banner
 * that carries the new wording itself), else every flag of the comparison (the version's change is the one announced).
 */
function announcedFlags(
  announcement: DatedSentence,
  flags: readonly FlagText[],
  blockTexts: readonly string[],
): number[] {
  const block = blockTexts.find((text) => text.includes(announcement.sentence));
  const all = flags.map((_, index) => index);
  if (!block) return all;
  const inBanner = all.filter((index) => {
    const after = flags[index]?.after;
    return !!after && block.includes(after);
  });
  return inBanner.length > 0 ? inBanner : all;
}

/** Neither date moved, and at least one was read on both sides: there is a date that could have moved. */
function datesUnmoved(before: PolicyDates, after: PolicyDates): boolean {
  const effective = before.effective?.date ?? null;
  const updated = before.updated?.date ?? null;
  if (effective === null && updated === null) return false;
  return effective === (after.effective?.date ?? null) && updated === (after.updated?.date ?? null);
}

/** The dates part of a comparison report. */
export function changeDates(
  before: PolicyDates | undefined,
  after: PolicyDates | undefined,
  material: boolean,
  flags: readonly FlagText[],
  blockTexts: readonly string[],
): ChangeDates {
  if (!after) return { effective: null, updated: null, announced: [] };
  const announced: AnnouncedChange[] = after.announced.map((a) => ({
    ...a,
    flags: announcedFlags(a, flags, blockTexts),
  }));
  const dates: ChangeDates = {
    effective: after.effective?.date ?? null,
    updated: after.updated?.date ?? null,
    announced,
  };
  // A version that announces a date gave one, even when its own effective line stayed (a banner over the old text).
  if (material && before && announced.length === 0 && datesUnmoved(before, after)) dates.undated = true;
  return dates;
}

/** Each flag with the regions its sentence or its section limits it to (none added when it is not limited). */
export function withRegions<F extends FlagText & { section: string; region?: Region[] }>(flags: F[]): F[] {
  return flags.map((flag) => {
    const fromSentence = regionsLimitedTo(flag.after ?? flag.before ?? '');
    const region = fromSentence.length > 0 ? fromSentence : regionsLimitedTo(flag.section);
    return region.length > 0 ? { ...flag, region } : flag;
  });
}

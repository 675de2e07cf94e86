// What the dates module reads from a policy and adds to the reading, the report and the flags. No imports from the
// rest of the analysis, so analysis/types.ts can name these without a cycle.

/** A date the policy writes, with the sentence that gives it. */
export interface DatedSentence {
  /** YYYY-MM-DD. */
  date: string;
  /** The sentence as the policy words it. */
  sentence: string;
  /** Heading path where it sits, joined with " > ". */
  section: string;
}

/** The dates one version states about itself and the changes it announces. */
export interface PolicyDates {
  /** "Effective July 23, 2026", "gültig ab", "Date d'entrée en vigueur": the first such line. */
  effective: DatedSentence | null;
  /** "Last updated", "Stand:", "Dernière mise à jour": the first such line. */
  updated: DatedSentence | null;
  /**
   * Dates a change is announced for ("These changes go into effect on May 27, 2025", "ab dem 27. Mai 2025"), one per
   * date, in the policy's order. Whether a date is still ahead depends on when the version was recorded: see
   * announcedAhead.
   */
  announced: DatedSentence[];
}

/** Regions a change can be limited to. */
export const REGIONS = ['EU', 'EEA', 'UK', 'CH', 'US'] as const;
export type Region = (typeof REGIONS)[number];

/** An announced date of the new version with the flags of the change it announces (indexes into report.flags). */
export interface AnnouncedChange extends DatedSentence {
  flags: number[];
}

/** What a comparison adds about dates: the new version's own dates, its announcements, and a change with no new date. */
export interface ChangeDates {
  effective: string | null;
  updated: string | null;
  announced: AnnouncedChange[];
  /** A material change whose effective and last-updated dates did not move ("changed without a new date"). */
  undated?: true;
}

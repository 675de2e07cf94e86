import { z } from 'zod';
import type { ChangeDates, PolicyDates, Region } from '../analysis/dates/types';
import { REGIONS } from '../analysis/dates/types';

// The stored form of what analysis/dates adds to readings, reports and flags (validated on every read, like the rest
// of records.ts). Dates are plain YYYY-MM-DD days.

const day = z.iso.date();
const datedSentence = z.object({ date: day, sentence: z.string(), section: z.string() });

export const policyDatesSchema = z.object({
  effective: datedSentence.nullable(),
  updated: datedSentence.nullable(),
  announced: z.array(datedSentence),
}) satisfies z.ZodType<PolicyDates>;

export const changeDatesSchema = z.object({
  effective: day.nullable(),
  updated: day.nullable(),
  announced: z.array(datedSentence.extend({ flags: z.array(z.number().int().nonnegative()) })),
  undated: z.literal(true).optional(),
}) satisfies z.ZodType<ChangeDates>;

export const regionsSchema = z.array(z.enum(REGIONS)) satisfies z.ZodType<Region[]>;

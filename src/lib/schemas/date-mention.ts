import { z } from 'astro/zod';

/** How finely a date mention pins down a time. */
export const datePrecisions = ['day', 'month', 'season', 'year', 'decade', 'century'] as const;

/**
 * A date expression found in a claim. ISO values use astronomical year numbering with at least four
 * digits: 111 BCE is "-0110", 938 CE is "0938".
 */
export const dateMentionSchema = z.object({
  /** The expression as written, e.g. "the summer of 2014". */
  text: z.string(),
  /** UTF-16 offset of the expression in the claim text (inclusive). */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset of the end of the expression in the claim text (exclusive). */
  end: z.number().int().nonnegative(),
  /** Start of the period: "2014-07-15", "2014-07", "2014", a decade's first year "1990", "-0110" for 111 BCE. */
  iso: z.string(),
  /** Inclusive end of a range or of a season, decade or qualified span ("2014-08", "1999", "1428"). */
  isoEnd: z.string().optional(),
  /** How finely the expression pins the date down. */
  precision: z.enum(datePrecisions),
  /** "early", "mid" or "late" when the expression qualifies a year or decade. */
  qualifier: z.enum(['early', 'mid', 'late']).optional(),
  /** True when the year was taken from the surrounding passage ("On 18 June" in a 2014 passage). */
  inferred: z.boolean(),
});

export type DateMention = z.output<typeof dateMentionSchema>;
export type DatePrecision = (typeof datePrecisions)[number];

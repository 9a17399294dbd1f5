import { z } from 'astro/zod';

/** How finely a date mention pins down a time. */
export const datePrecisions = ['day', 'month', 'season', 'year', 'decade', 'century'] as const;

/**
 * A date expression found in a claim. ISO values use astronomical year numbering with at least four
 * digits: 111 BCE is "-0110", 938 CE is "0938". An expression that does not state its whole date
 * ("On 18 June", "that month", "two years later") is resolved from the nearest date before it in the
 * report (see `src/lib/dates/context.ts`) and says what it was resolved from.
 */
export const dateMentionSchema = z.object({
  /** The expression as written, e.g. "the summer of 2014", "Later that month". */
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
  /**
   * True when part of the date was not written in the expression but taken from an earlier date:
   * the year of "On 18 June" in a 2014 passage, or the whole date of a relative expression.
   */
  inferred: z.boolean(),
  /**
   * True when the expression names its date only by reference to an earlier one ("that month", "the
   * following year", "two years later", "within two weeks"), not by a day or month of its own.
   */
  relative: z.boolean().optional(),
  /** For an inferred date: the date it was resolved from. */
  resolvedFrom: z
    .object({
      /** That date as written ("May 2014"), or the publication date's ISO value for `publication`. */
      text: z.string(),
      /** Its ISO value, as read (itself possibly resolved from a date before it). */
      iso: z.string(),
      /** Id of the claim that holds it, when that is an earlier claim rather than this one. */
      claimId: z.string().optional(),
      /** True when no date came before and the year is the report's year of publication. */
      publication: z.boolean().optional(),
    })
    .optional(),
});

export type DateMention = z.output<typeof dateMentionSchema>;
export type DatePrecision = (typeof datePrecisions)[number];

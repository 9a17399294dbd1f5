import { z } from 'astro/zod';

/** One published claim permalink as recorded in content/permalinks.json. */
export const permalinkEntrySchema = z.strictObject({
  /** Id of the report the claim was published from. */
  report: z.string().min(1),
  /** The claim text when it was published (TextQuoteSelector `exact`). */
  exact: z.string().min(1),
  /** Up to 32 characters of the report's plain text before the claim. */
  prefix: z.string(),
  /** Up to 32 characters after it. */
  suffix: z.string(),
  /** Section path of the claim when published. */
  section: z.array(z.string()),
  /** Paragraph position of the claim when published. */
  paragraph: z.number().int().positive(),
  /** Date the id was first recorded (YYYY-MM-DD). */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  /**
   * Set by an editor when a whole report is withdrawn: the reason shown on the tombstone. Without it a
   * claim whose report is gone fails the build.
   */
  retired: z.string().min(1).optional(),
});

/** The ledger: every claim id ever published, with its quote selector. */
export const permalinkLedgerSchema = z.strictObject({
  /** What the file is, for people who open it. */
  $comment: z.string().optional(),
  /** Entries by claim id. */
  claims: z.record(
    z.string().regex(/^[a-z0-9-]+-[0-9a-f]{8}(?:-\d+)?$/, 'expected a claim id'),
    permalinkEntrySchema,
  ),
});

export type PermalinkEntry = z.output<typeof permalinkEntrySchema>;
export type PermalinkLedger = z.output<typeof permalinkLedgerSchema>;

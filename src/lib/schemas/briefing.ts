import { z } from 'astro/zod';

/** A briefing: an editorial piece in content/briefings/*.mdx that quotes claims with `<Claim />`. */
export const briefingSchema = z.strictObject({
  /** Title of the briefing. */
  title: z.string().min(1),
  /** One-sentence summary, used in lists and as the page description. */
  description: z.string().min(1),
  /** Date written (YYYY-MM-DD). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  /** Event the briefing is about, when there is one (checked against the events). */
  event: z.string().optional(),
});

export type Briefing = z.output<typeof briefingSchema>;

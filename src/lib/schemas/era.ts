import { z } from 'astro/zod';
import { eventDateSchema } from './event.ts';

/** The same ISO dates events use: YYYY, YYYY-MM, YYYY-MM-DD, or an astronomical BCE year ("-0110"). */
const eraIso = eventDateSchema.shape.start;

/** A named period drawn as a band on the timeline, curated in content/eras.yaml. */
export const eraSchema = z.strictObject({
  /** Stable slug; events name it in their `era` field. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "war-1979"'),
  /** Name shown on the band, in our own words. */
  name: z.string().min(1),
  /** First year, month or day of the period (ISO; "-0110" for 111 BCE). */
  start: eraIso,
  /** Last year, month or day of the period (inclusive). */
  end: eraIso,
  /** One line in our own words. */
  description: z.string().optional(),
});

/** content/eras.yaml: a list of eras. */
export const erasFileSchema = z.array(eraSchema);

export type Era = z.output<typeof eraSchema>;

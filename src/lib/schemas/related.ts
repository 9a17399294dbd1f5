import { z } from 'astro/zod';

/** One related claim of another report (src/lib/claims/related.ts). */
export const relatedSchema = z.strictObject({
  /** Id of the related claim. */
  id: z.string().min(1),
  /** Shared events + shared actors + text similarity; higher is closer. */
  score: z.number().nonnegative(),
  /** Events both claims attest. */
  sharedEvents: z.array(z.string()),
  /** Actors both claims name. */
  sharedActors: z.array(z.string()),
});

/**
 * The `related` collection: a single entry holding every claim's related claims, computed by the
 * content loader with the corpus so that a rebuild without content changes does not recompute it.
 */
export const relatedSetSchema = z.strictObject({
  claims: z.record(z.string(), z.array(relatedSchema)),
});

export type RelatedSet = z.output<typeof relatedSetSchema>;

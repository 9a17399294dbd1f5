import { z } from 'astro/zod';

/**
 * The `related` collection: a single entry holding every claim's related claims (src/lib/claims/related.ts)
 * in compact form — claim id → `[related claim id, score]`, best first; the shared events and actors
 * are derived again when read (`expandRelated`). The content loader computes it with the corpus, so a
 * rebuild without content changes does not recompute it.
 */
export const relatedSetSchema = z.strictObject({
  claims: z.record(z.string(), z.array(z.tuple([z.string().min(1), z.number().nonnegative()]))),
});

export type RelatedSet = z.output<typeof relatedSetSchema>;

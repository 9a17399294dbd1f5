import { z } from 'astro/zod';

/**
 * The `search` collection: one entry per static search index file (id `meta`, `facets`, `post-<n>`,
 * `shard-<n>`), its JSON text as built by src/lib/search/build-index.ts. The content loader makes them
 * with the corpus, so a rebuild without content changes does not rebuild the index.
 */
export const searchFileSchema = z.strictObject({
  body: z.string().min(2),
});

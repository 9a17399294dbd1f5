import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { corpusLoader } from './lib/loader/corpus-loader.ts';
import { actorSchema } from './lib/schemas/actor.ts';
import { briefingSchema } from './lib/schemas/briefing.ts';
import { claimSchema } from './lib/schemas/claim.ts';
import { eventSchema } from './lib/schemas/event.ts';
import { relatedSetSchema } from './lib/schemas/related.ts';
import { reportSchema } from './lib/schemas/report.ts';

// One corpus build feeds five collections: reports from content/reports/*.md, actors from
// content/actors/*.yaml, claims derived from the reports, events curated in content/events/*.yaml
// plus those extracted from dated claims, and every claim's related claims (one entry). Any content
// error fails the build (src/lib/parse/corpus.ts).
export const collections = {
  reports: defineCollection({ loader: corpusLoader('reports'), schema: reportSchema }),
  claims: defineCollection({ loader: corpusLoader('claims'), schema: claimSchema }),
  actors: defineCollection({ loader: corpusLoader('actors'), schema: actorSchema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: eventSchema }),
  related: defineCollection({ loader: corpusLoader('related'), schema: relatedSetSchema }),
  // Editorial briefings in MDX, quoting claims with <Claim id="…" />.
  briefings: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/briefings' }),
    schema: briefingSchema,
  }),
};

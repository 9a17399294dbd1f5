import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/schemas/report.ts';

const reports = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/reports',
    generateId: ({ data, entry }) => {
      if (typeof data['id'] !== 'string') {
        throw new Error(`content/reports/${entry}: frontmatter field "id" is missing; expected a slug such as "hayton-2015"`);
      }
      return data['id'];
    },
  }),
  schema: reportSchema,
});

export const collections = { reports };

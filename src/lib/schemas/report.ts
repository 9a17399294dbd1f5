import { z } from 'astro/zod';
import { isoDateWithPrecision } from './iso-date.ts';

/** Kinds of text ingest removed from a report body; every removal is recorded, never silently lost. */
export const removedKinds = [
  'page-number',
  'running-header',
  'chrome',
  'caption',
  'credit',
  'pull-quote',
  'duplicate',
  'sidebar',
  'slug',
  'front-matter',
  'contents',
  'navigation',
  'byline',
  'author-bio',
  'related',
  'comment',
  'dateline',
  'other',
] as const;

/** One piece of raw text that ingest removed from the body, kept for provenance. */
export const removedSchema = z.object({
  /** What kind of non-body text this was. */
  kind: z.enum(removedKinds),
  /** The removed text, as it appeared in the raw extraction (whitespace collapsed). */
  text: z.string(),
  /** 1-based line in the raw file where the removed text starts. */
  line: z.number().int().positive().optional(),
});

/** A think-tank report, article, commentary or paper: the unit of the corpus. */
export const reportSchema = z
  .object({
    /** Explicit slug, never derived from the filename (e.g. `hayton-2015`). */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "hayton-2015"'),
    /** Full title as published. */
    title: z.string().min(1),
    /** Authors in byline order, "Given Family" form. */
    authors: z.array(z.string().min(1)).min(1),
    /**
     * Family name of each author, in byline order, for citations. Needed only where the family name is
     * not the last word of the byline name (names written family name first: "Xin Qiang" → "Xin").
     */
    family_names: z.array(z.string().min(1)).optional(),
    /** Optional note on the author(s), e.g. affiliation as the report gives it. */
    author_note: z.string().optional(),
    /** Institution or outlet that published it. */
    publisher: z.string().min(1),
    /** Publication date as an ISO string whose length gives its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
    published: isoDateWithPrecision,
    /** Type of publication. */
    kind: z.enum(['report', 'article', 'commentary', 'paper']),
    /** ISO 3166-1 alpha-2 code of the country where the outlet is based. */
    origin: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as "US"'),
    /** Where the report can be read online, when known. */
    url: z.url().nullable().optional(),
    /** BCP 47 language tag of the body text. */
    language: z.string().default('en'),
    /** How the raw text was obtained. */
    extraction: z.enum(['pdf', 'web', 'docx', 'html', 'manual']),
    /** How sure the bibliographic record is (from sources.yaml). */
    confidence: z.enum(['high', 'medium', 'low']).optional(),
    /** Short summary, when the report has one. */
    abstract: z.string().optional(),
    /** Path of the raw extraction this Markdown was ingested from, relative to the project root. */
    source: z.string().optional(),
    /** Text ingest removed from the body (page numbers, chrome, captions, pull-quotes…). */
    removed: z.array(removedSchema).default([]),
  })
  .superRefine((r, ctx) => {
    if (!r.family_names) return;
    if (r.family_names.length !== r.authors.length)
      ctx.addIssue({
        code: 'custom',
        path: ['family_names'],
        message: `expected one family name per author (${r.authors.length}), got ${r.family_names.length}`,
      });
    r.family_names.forEach((family, i) => {
      const author = r.authors[i] ?? '';
      if (!author.split(/\s+/).includes(family))
        ctx.addIssue({
          code: 'custom',
          path: ['family_names', i],
          message: `"${family}" is not a word of the author name "${author}"`,
        });
    });
  });

export type Report = z.output<typeof reportSchema>;
export type Removed = z.output<typeof removedSchema>;

import { z } from 'astro/zod';
import { isoDateProblem } from './iso-date.ts';
import { removedKinds } from './report.ts';

/** How a raw text was obtained; decides which furniture and layout rules the ingest expects. */
export const extractionKinds = ['pdf', 'web', 'docx', 'html', 'manual'] as const;

const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

/**
 * Declarative per-report ingest decisions that no general rule can make safely. Each one in
 * content/raw/sources.yaml carries a comment saying why.
 */
export const ingestHintsSchema = z.strictObject({
  /** Lines (trimmed, whitespace collapsed) containing `match` are removed as `kind`; `lines` removes that many lines from there. */
  drop: z
    .array(
      z.strictObject({
        kind: z.enum(removedKinds),
        match: nonEmpty,
        lines: z.number().int().positive().optional(),
      }),
    )
    .optional(),
  /** A heading line starting with this text is joined with the next heading line. */
  join: z.array(nonEmpty).optional(),
  /** Headings the extraction wrapped over several lines, given whole; their lines become one heading. */
  headings: z.array(nonEmpty).optional(),
  /** Number of the first footnote in the text (for excerpts that start mid-document); default 1. */
  firstNote: z.number().int().positive().optional(),
});

/**
 * The bibliographic record of one raw report, as in content/raw/sources.yaml (or a fixture's meta.yaml,
 * or the ingest's command-line flags). `extraction` may be left out: the ingest then works out the kind
 * of text from the text itself.
 */
export const ingestMetaSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a lowercase slug such as "hayton-2015"'),
  title: nonEmpty,
  authors: z.array(nonEmpty).min(1, 'expected at least one author'),
  family_names: z.array(nonEmpty).optional(),
  author_note: z.string().optional(),
  publisher: nonEmpty.default('Unknown'),
  published: z.string().superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  kind: z.enum(['report', 'article', 'commentary', 'paper']).default('report'),
  origin: z
    .string()
    .regex(/^[A-Z]{2}$/u, 'expected a two-letter country code such as "US"')
    .default('XX'),
  url: z.string().nullable().optional(),
  extraction: z.enum(extractionKinds).optional(),
  confidence: z.enum(['high', 'medium', 'low']).optional(),
  /** Raw file basename, e.g. `hayton-2015.txt`. */
  file: nonEmpty,
  hints: ingestHintsSchema.nullish(),
});

export type IngestHints = z.infer<typeof ingestHintsSchema>;
export type IngestMetaInput = z.input<typeof ingestMetaSchema>;
export type IngestMeta = z.output<typeof ingestMetaSchema>;
export type Extraction = (typeof extractionKinds)[number];

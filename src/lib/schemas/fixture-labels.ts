import { z } from 'astro/zod';
import { isoDateWithPrecision } from './iso-date.ts';

/** One dated happening a fixture report states, as labelled by a person. */
export const labelledEventSchema = z.strictObject({
  /** Exact substring of the sentence (as it should read after ingest) that states the happening. */
  sentence: z.string().min(8),
  /** ISO start of what the sentence dates, at the precision it gives ("2014-05-02", "2014-05", "2014"). */
  date: isoDateWithPrecision,
  /** Id of the curated event that should absorb the sentence, or null when it should make an event of its own. */
  event: z.string().nullable(),
});

/**
 * The hand-written truth about one raw extraction in tests/fixtures/reports/<case>/labels.yaml, written
 * from the raw text (never from ingest output) and read by the ingest benchmark and tests.
 */
export const fixtureLabelsSchema = z.strictObject({
  /** `dev`: rules may be written looking at it; `holdout`: only scored, never looked at while writing rules. */
  set: z.enum(['dev', 'holdout']),
  /** The way the text arrived: pdf-report, pdf-two-column, web-<site>, state-media, docx, html… */
  style: z.string().min(1),
  /** Every real heading, in order, as it should read. */
  headings: z.array(z.string()).default([]),
  /** Body paragraphs expected (not headings, list items, notes, references or tables). */
  paragraphs: z.number().int().nonnegative(),
  /** List items expected. */
  list_items: z.number().int().nonnegative().default(0),
  /** Tables expected. */
  tables: z.number().int().nonnegative().default(0),
  /** Note definitions expected (footnotes or endnotes). */
  notes: z.number().int().nonnegative().default(0),
  /** Bibliography entries expected. */
  references: z.number().int().nonnegative().default(0),
  /** Distinctive strings of furniture lines that must not appear in any claim. */
  furniture: z.array(z.string()).default([]),
  /** Distinctive snippets of note or reference text that must not appear in any claim. */
  notes_text: z.array(z.string()).default([]),
  /** Strings of the raw text that must not survive into any claim (broken words, slugs…). */
  hazards: z.array(z.string()).default([]),
  /** Every dated happening the body states. */
  events: z.array(labelledEventSchema).default([]),
});

export type FixtureLabels = z.output<typeof fixtureLabelsSchema>;
export type LabelledEvent = z.output<typeof labelledEventSchema>;

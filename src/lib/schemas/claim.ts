import { z } from 'astro/zod';
import { dateMentionSchema } from './date-mention.ts';

/** Kinds of claim, assigned by the transparent rules in src/lib/parse/classify.ts. */
export const claimKinds = [
  'fact',
  'assessment',
  'quotation',
  'recommendation',
  'prediction',
] as const;

/** One sentence (or a sentence with the quotation it introduces) of a report's body. */
export const claimSchema = z.object({
  /** `<reportId>-<8 hex of SHA-256 of the normalised text>`, "-2", "-3"… for repeats within a report. */
  id: z.string().regex(/^[a-z0-9-]+-[0-9a-f]{8}(?:-\d+)?$/),
  /** Id of the report the claim comes from. */
  reportId: z.string(),
  /** Heading path of the section holding the claim; empty before the first heading. */
  section: z.array(z.string()),
  /** 1-based position of the paragraph (or list item, or table row) in the report body. */
  paragraph: z.number().int().positive(),
  /** 1-based position of the sentence within its paragraph. */
  sentence: z.number().int().positive(),
  /** The sentence, footnote markers removed, whitespace collapsed. */
  text: z.string().min(1),
  /** Labels of the footnote markers attached to the sentence. */
  footnotes: z.array(z.string()),
  /** W3C TextQuoteSelector: the exact text with up to 32 characters of context either side. */
  selector: z.object({
    /** Always "TextQuoteSelector". */
    type: z.literal('TextQuoteSelector'),
    /** The claim text. */
    exact: z.string(),
    /** Text just before it in the report's plain text. */
    prefix: z.string(),
    /** Text just after it in the report's plain text. */
    suffix: z.string(),
  }),
  /** Offsets of the claim in the report's plain text (paragraph texts joined by blank lines). */
  position: z.object({
    /** Inclusive start offset. */
    start: z.number().int().nonnegative(),
    /** Exclusive end offset. */
    end: z.number().int().nonnegative(),
  }),
  /** What sort of statement this is: fact, assessment, quotation, recommendation or prediction. */
  kind: z.enum(claimKinds),
  /** Ids of the actors the claim names. */
  actors: z.array(z.string()).default([]),
  /** Where the claim names each actor: UTF-16 offsets into `text` (end exclusive), in text order. */
  mentions: z
    .array(
      z.object({
        /** The actor named. */
        actorId: z.string(),
        /** Offset of the name in the claim text (inclusive). */
        start: z.number().int().nonnegative(),
        /** Offset of the end of the name (exclusive). */
        end: z.number().int().nonnegative(),
      }),
    )
    .default([]),
  /** Date expressions found in the claim. */
  dates: z.array(dateMentionSchema).default([]),
  /** Ids of the events the claim attests. */
  events: z.array(z.string()).default([]),
});

export type Claim = z.output<typeof claimSchema>;
export type ClaimKind = (typeof claimKinds)[number];

import { z } from 'astro/zod';
import { isoDateProblem } from './iso-date.ts';

/** An ISO date of year, month or day precision, or a BCE year in astronomical numbering ("-0110"). */
const eventIso = z.string().superRefine((value, ctx) => {
  if (/^-\d{4}$/.test(value)) return;
  const problem = isoDateProblem(value);
  if (problem)
    ctx.addIssue({ code: 'custom', message: `${problem} (or a BCE year such as "-0110")` });
});

/** What sort of event this is. */
export const eventKinds = [
  'diplomatic-visit',
  'agreement',
  'dialogue',
  'military-incident',
  'armed-conflict',
  'exercise',
  'arms-transfer',
  'statement',
  'protest',
  'legal-action',
  'economic',
  'domestic-politics',
  'normalisation',
  'other',
] as const;

/** Cooperation↔conflict class in the spirit of CAMEO: verbal or material, cooperation or conflict. */
export const eventClasses = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;

/** Pairs of the triangle an event touches; `multilateral` when others take part too. */
export const dyads = ['VN-CN', 'VN-US', 'US-CN', 'multilateral'] as const;

/** When an event happened. Dates may be negative (astronomical years) for BCE. */
export const eventDateSchema = z.strictObject({
  /** First day, month or year of the event (ISO; "-0110" for 111 BCE). */
  start: eventIso,
  /** Last day, month or year, when the event spans a period. */
  end: eventIso.optional(),
  /** How finely the date is known. */
  precision: z.enum(['day', 'month', 'season', 'year', 'decade']),
});

/** An event as curated in content/events/*.yaml. */
export const curatedEventSchema = z.strictObject({
  /** Stable slug starting with the year, e.g. `2014-hd981-oil-rig-crisis`. */
  id: z
    .string()
    .regex(
      /^-?[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'expected a lowercase slug such as "2014-hd981-oil-rig-crisis"',
    ),
  /** Title in our own words. */
  title: z.string().min(1),
  /** When it happened. */
  date: eventDateSchema,
  /** What sort of event it is. */
  kind: z.enum(eventKinds),
  /** Cooperation or conflict, verbal or material. */
  class: z.enum(eventClasses),
  /** Ids of the actors taking part (from content/actors). */
  actors: z.array(z.string()).min(1),
  /** Words that identify the event in a claim (aliases such as "HS981", "Haiyang Shiyou 981"). */
  terms: z.array(z.string()).default([]),
  /** Named era the event belongs to, for timeline bands. */
  era: z.string().optional(),
  /** One line in our own words. */
  description: z.string().optional(),
});

/** Which report attests an event, through which claims, and with which date. */
export const attestationSchema = z.object({
  /** The attesting report. */
  reportId: z.string(),
  /** Claims of that report that attest the event. */
  claimIds: z.array(z.string()),
  /** The dates that report gives for the event (ISO, as written). */
  dates: z.array(z.string()),
});

/** An event of the collection: curated or extracted from dated claims. */
export const eventSchema = z.object({
  /** Curated slug, or `x-<iso>-<hash>` for an extracted event. */
  id: z.string(),
  /** Title: curated, or the attesting claim's text shortened. */
  title: z.string(),
  /** When it happened. */
  date: eventDateSchema,
  /** What sort of event it is. */
  kind: z.enum(eventKinds),
  /** Cooperation or conflict, verbal or material. */
  class: z.enum(eventClasses),
  /** Ids of the actors taking part. */
  actors: z.array(z.string()),
  /** Match terms (curated events only), compared as whole words, folding case, diacritics and punctuation. */
  terms: z.array(z.string()).default([]),
  /** Named era, for timeline bands. */
  era: z.string().optional(),
  /** One line in our own words (curated events). */
  description: z.string().optional(),
  /** `curated` from content/events, `extracted` from a dated claim nobody has curated yet. */
  origin: z.enum(['curated', 'extracted']),
  /** Pairs of the triangle the event touches. */
  dyads: z.array(z.enum(dyads)),
  /** Reports attesting the event and the claims that do. */
  attestations: z.array(attestationSchema),
  /** Set when a report dates the event outside its period: every day/month/season date each report gives for it, inside or outside the period, one per report, date and claim; empty when the reports agree. */
  disagreements: z.array(
    z.object({
      /** The report. */
      reportId: z.string(),
      /** The date it gives (ISO). */
      date: z.string(),
      /** The claim that gives it. */
      claimId: z.string(),
    }),
  ),
});

export type CuratedEvent = z.output<typeof curatedEventSchema>;
export type Event = z.output<typeof eventSchema>;
export type EventClass = (typeof eventClasses)[number];
export type Dyad = (typeof dyads)[number];

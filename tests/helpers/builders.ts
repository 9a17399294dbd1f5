// Typed fixture builders: each returns a valid object of one content type, parsed through its real
// zod schema, so a test can never hold an object the site would reject. Pass only the fields the test
// is about; the rest are plain defaults. A bad override fails at once, naming the builder and field.
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { actorSchema, type Actor } from '../../src/lib/schemas/actor.ts';
import { claimSchema, type Claim } from '../../src/lib/schemas/claim.ts';
import { dateMentionSchema, type DateMention } from '../../src/lib/schemas/date-mention.ts';
import {
  curatedEventSchema,
  eventSchema,
  type CuratedEvent,
  type Event,
} from '../../src/lib/schemas/event.ts';
import { reportSchema, type Report } from '../../src/lib/schemas/report.ts';

/** Parses `value` with `schema`, or throws naming the builder and every field at fault. */
function build<S extends z.ZodType>(builder: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new Error(`${builder}: not a valid object\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

type Overrides<S extends z.ZodType> = Partial<z.input<S>>;

/** A report: Hayton's 2015 report unless told otherwise. */
export function aReport(over: Overrides<typeof reportSchema> = {}): Report {
  return build('aReport', reportSchema, {
    id: 'hayton-2015',
    title: 'Vietnam and the United States: An Emerging Security Partnership',
    authors: ['Bill Hayton'],
    publisher: 'United States Studies Centre at the University of Sydney',
    published: '2015-11',
    kind: 'report',
    origin: 'AU',
    extraction: 'pdf',
    ...over,
  });
}

/** An actor: a state named after its id unless told otherwise. */
export function anActor(over: Overrides<typeof actorSchema> & { id: string }): Actor {
  return build('anActor', actorSchema, {
    name: over.id,
    kind: 'state',
    description: 'test actor',
    ...over,
  });
}

/** A date mention of `text` found at `start` in its sentence (its offsets follow from the two). */
export function aDateMention(
  over: Overrides<typeof dateMentionSchema> & Pick<DateMention, 'text' | 'iso' | 'precision'>,
): DateMention {
  const start = over.start ?? 0;
  return build('aDateMention', dateMentionSchema, {
    start,
    end: start + over.text.length,
    inferred: false,
    ...over,
  });
}

/**
 * A claim: the first sentence of its report unless told otherwise. Its id, selector and position
 * follow from its report id and text, as the parser makes them.
 */
export function aClaim(over: Overrides<typeof claimSchema> & { text: string }): Claim {
  const reportId = over.reportId ?? 'hayton-2015';
  const hash = createHash('sha256').update(over.text).digest('hex').slice(0, 8);
  return build('aClaim', claimSchema, {
    id: `${reportId}-${hash}`,
    reportId,
    section: [],
    paragraph: 1,
    sentence: 1,
    footnotes: [],
    selector: { type: 'TextQuoteSelector', exact: over.text, prefix: '', suffix: '' },
    position: { start: 0, end: over.text.length },
    kind: 'fact',
    ...over,
  });
}

/** A curated event, as written in content/events/*.yaml: the 2014 oil rig crisis unless told otherwise. */
export function aCuratedEvent(over: Overrides<typeof curatedEventSchema> = {}): CuratedEvent {
  return build('aCuratedEvent', curatedEventSchema, {
    id: '2014-hd981-oil-rig-crisis',
    title: "China's HD-981 oil rig in waters Vietnam claims",
    date: { start: '2014-05-02', end: '2014-07-15', precision: 'day' },
    kind: 'military-incident',
    class: 'material-conflict',
    actors: ['china', 'vietnam'],
    terms: ['HD-981', 'oil rig'],
    ...over,
  });
}

/** An event as the site shows it (curated or extracted, with its attestations): curated, unattested. */
export function anEvent(over: Overrides<typeof eventSchema> = {}): Event {
  const { id, title, date, kind, class: cls, actors, terms } = aCuratedEvent();
  return build('anEvent', eventSchema, {
    id,
    title,
    date,
    kind,
    class: cls,
    actors,
    terms,
    origin: 'curated',
    dyads: ['VN-CN'],
    attestations: [],
    disagreements: [],
    ...over,
  });
}

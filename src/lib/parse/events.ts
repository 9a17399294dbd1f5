/**
 * Attaching dated claims to events.
 *
 * A claim's date mention attaches to a curated event when
 *   - the mention's period overlaps the event's period, and
 *   - a match term of the event occurs in the claim (case- and diacritic-insensitive), or the claim
 *     names at least two of the event's actors; a mention of year precision or coarser needs a term.
 * A claim whose text has an event term and one of its actors, with a day or month date in the same
 * year that does NOT overlap, also attaches — and its date is recorded as a disagreement
 * (the first US–Vietnam political-security dialogue: June 2008 in one report, October in another).
 * The best-scoring event wins (term 2 points, each shared actor 1, overlap 1 plus how closely the two
 * periods coincide, so a phase of a crisis wins the dates inside it and the whole crisis the rest).
 *
 * Mentions of day, month or season precision that attach to no curated event become extracted
 * events, merged across claims and reports when their date (ISO, end and precision) and actor set
 * agree. Year-only mentions without a curated match are too vague to be events on their own.
 */
import { createHash } from 'node:crypto';
import type { Claim } from '../schemas/claim.ts';
import type { DateMention } from '../schemas/date-mention.ts';
import type { CuratedEvent, Dyad, Event, EventClass } from '../schemas/event.ts';
import { fold } from './fold.ts';
import { ContentError, ContentErrors } from './errors.ts';

export type Country = 'VN' | 'CN' | 'US' | 'OTHER' | null;

export interface AttachInput {
  claims: Array<Pick<Claim, 'id' | 'reportId' | 'text' | 'actors' | 'dates'>>;
  curated: CuratedEvent[];
  reports: Array<{ id: string; published: string }>;
  /** The country an actor belongs to: one of the triangle, another state or bloc, or none (places…). */
  actorCountry: (id: string) => Country;
}

/** A period as two comparable day numbers (days since year 0, approximate months are fine for overlap). */
interface Span {
  from: number;
  to: number;
}

function parts(iso: string): [number, number | undefined, number | undefined] {
  const m = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return [Number.NaN, undefined, undefined];
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}
const dayNumber = (y: number, m: number, d: number) => y * 372 + (m - 1) * 31 + (d - 1);

/** The span covered by an ISO start (and optional end) at its own precision. */
export function spanOf(iso: string, isoEnd?: string): Span {
  const [y, m, d] = parts(iso);
  const from = dayNumber(y, m ?? 1, d ?? 1);
  const [y2, m2, d2] = parts(isoEnd ?? iso);
  const to = dayNumber(y2, m2 ?? 12, d2 ?? 31);
  return { from, to: Math.max(from, to) };
}

const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;
/** Length of the overlap of two periods over the length of their union (0–1). */
function jaccard(a: Span, b: Span): number {
  const inter = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  const union = Math.max(a.to, b.to) - Math.min(a.from, b.from) + 1;
  return Math.max(0, inter) / union;
}

const FINE = new Set(['day', 'month', 'season']);

/** Dyads an actor set touches. */
export function dyadsOf(actors: readonly string[], actorCountry: (id: string) => Country): Dyad[] {
  const countries = new Set(actors.map(actorCountry));
  const out: Dyad[] = [];
  if (countries.has('VN') && countries.has('CN')) out.push('VN-CN');
  if (countries.has('VN') && countries.has('US')) out.push('VN-US');
  if (countries.has('US') && countries.has('CN')) out.push('US-CN');
  if (countries.has('OTHER') || (countries.has('VN') && countries.has('CN') && countries.has('US')))
    out.push('multilateral');
  return out;
}

const KIND_RULES: Array<[RegExp, Event['kind'], EventClass]> = [
  [/\b(war|invad|invasion|battle|fought|attack)/i, 'armed-conflict', 'material-conflict'],
  [
    /\b(clash|collision|collided|rammed|water cannon|harass|seized|sank|detain)/i,
    'military-incident',
    'material-conflict',
  ],
  [/\b(protest|riot|demonstrat)/i, 'protest', 'verbal-conflict'],
  [/\b(arbitration|tribunal|court|ruling|lawsuit)/i, 'legal-action', 'verbal-conflict'],
  [/\b(condemn|accus|denounc|criticis|warn)/i, 'statement', 'verbal-conflict'],
  [/\b(exercise|drill|joint patrol)/i, 'exercise', 'material-cooperation'],
  [
    /\b(arms|weapons|sale|embargo|vessels? to|patrol boats?|transfer)/i,
    'arms-transfer',
    'material-cooperation',
  ],
  [
    /\b(agreement|signed|treaty|memorandum|accord|normali[sz])/i,
    'agreement',
    'material-cooperation',
  ],
  [/\b(dialogue|talks|consultation|meeting|met with|met)/i, 'dialogue', 'verbal-cooperation'],
  [/\b(visit|visited|trip|toured)/i, 'diplomatic-visit', 'verbal-cooperation'],
  [/\b(trade|invest|economic|export|import|loan|aid)/i, 'economic', 'material-cooperation'],
  [
    /\b(congress|plenum|elected|election|appointed|politburo)/i,
    'domestic-politics',
    'verbal-cooperation',
  ],
];

/** Kind and class of an extracted event from keywords in its claim (first rule that matches). */
export function classifyEventText(text: string): { kind: Event['kind']; class: EventClass } {
  for (const [re, kind, cls] of KIND_RULES) if (re.test(text)) return { kind, class: cls };
  return { kind: 'other', class: 'verbal-cooperation' };
}

function shortTitle(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 6);
}

interface Candidate {
  event: CuratedEvent;
  span: Span;
  terms: string[];
}

/** Attaches dated claims to curated events and builds extracted events; deterministic. */
export function attachEvents(input: AttachInput): {
  events: Event[];
  claimEvents: Record<string, string[]>;
} {
  const candidates: Candidate[] = input.curated.map((event) => ({
    event,
    span: spanOf(event.date.start, event.date.end),
    terms: event.terms.map((t) => fold(t, { lower: true })),
  }));
  const attest = new Map<string, Map<string, { claimIds: Set<string>; dates: Set<string> }>>();
  const disagreements = new Map<
    string,
    Array<{ reportId: string; date: string; claimId: string }>
  >();
  const claimEvents: Record<string, string[]> = {};
  const extracted = new Map<
    string,
    {
      mention: DateMention;
      actors: string[];
      text: string;
      claims: Array<{ id: string; reportId: string; date: string }>;
    }
  >();

  const record = (eventId: string, claim: AttachInput['claims'][number], date: string) => {
    const byReport = attest.get(eventId) ?? new Map();
    attest.set(eventId, byReport);
    const entry = byReport.get(claim.reportId) ?? {
      claimIds: new Set<string>(),
      dates: new Set<string>(),
    };
    byReport.set(claim.reportId, entry);
    entry.claimIds.add(claim.id);
    entry.dates.add(date);
    const list = (claimEvents[claim.id] ??= []);
    if (!list.includes(eventId)) list.push(eventId);
  };

  for (const claim of input.claims) {
    if (!claim.dates.length) continue;
    const folded = fold(claim.text, { lower: true });
    for (const mention of claim.dates) {
      const span = spanOf(mention.iso, mention.isoEnd);
      let best: { c: Candidate; score: number; disagrees: boolean } | null = null;
      for (const c of candidates) {
        const termHit = c.terms.some((t) => t && folded.includes(t));
        const shared = claim.actors.filter((a) => c.event.actors.includes(a)).length;
        const overlap = overlaps(span, c.span);
        let ok = false;
        let disagrees = false;
        if (overlap) ok = FINE.has(mention.precision) ? termHit || shared >= 2 : termHit;
        else if (termHit && shared >= 1 && FINE.has(mention.precision)) {
          // Same year, different month or day: the report dates this event differently.
          const [y] = parts(mention.iso);
          const [ey] = parts(c.event.date.start);
          if (y === ey) ok = disagrees = true;
        }
        if (!ok) continue;
        // The fraction (overlap / union of the two periods, below 1) breaks ties: a day in early May
        // goes to the rig's deployment, "the summer of 2014" to the whole crisis.
        const score = (termHit ? 2 : 0) + shared + (overlap ? 1 + jaccard(span, c.span) * 0.99 : 0);
        if (!best || score > best.score) best = { c, score, disagrees };
      }
      if (best) {
        record(best.c.event.id, claim, mention.iso);
        if (best.disagrees) {
          const list = disagreements.get(best.c.event.id) ?? [];
          list.push({ reportId: claim.reportId, date: mention.iso, claimId: claim.id });
          disagreements.set(best.c.event.id, list);
        }
        continue;
      }
      if (!FINE.has(mention.precision)) continue;
      const actors = [...new Set(claim.actors)].sort();
      const key = [mention.iso, mention.isoEnd ?? '', mention.precision, actors.join(',')].join(
        '|',
      );
      const entry = extracted.get(key) ?? { mention, actors, text: claim.text, claims: [] };
      extracted.set(key, entry);
      entry.claims.push({ id: claim.id, reportId: claim.reportId, date: mention.iso });
    }
  }

  const attestations = (id: string) =>
    [...(attest.get(id) ?? new Map<string, { claimIds: Set<string>; dates: Set<string> }>())]
      .map(([reportId, v]) => ({
        reportId,
        claimIds: [...v.claimIds].sort(),
        dates: [...v.dates].sort(),
      }))
      .sort((a, b) => a.reportId.localeCompare(b.reportId));

  const events: Event[] = input.curated.map((e) => ({
    ...e,
    origin: 'curated' as const,
    dyads: dyadsOf(e.actors, input.actorCountry),
    attestations: attestations(e.id),
    disagreements: (disagreements.get(e.id) ?? []).sort(
      (a, b) => a.reportId.localeCompare(b.reportId) || a.claimId.localeCompare(b.claimId),
    ),
  }));

  for (const [key, x] of extracted) {
    const id = `x-${x.mention.iso.replace(/^-/, 'bce-')}-${hash(key)}`;
    const byReport = new Map<string, Set<string>>();
    for (const c of x.claims) {
      byReport.set(c.reportId, (byReport.get(c.reportId) ?? new Set()).add(c.id));
      const list = (claimEvents[c.id] ??= []);
      if (!list.includes(id)) list.push(id);
    }
    const { kind, class: cls } = classifyEventText(x.text);
    events.push({
      id,
      title: shortTitle(x.text),
      date: {
        start: x.mention.iso,
        ...(x.mention.isoEnd ? { end: x.mention.isoEnd } : {}),
        precision:
          x.mention.precision === 'season'
            ? 'season'
            : x.mention.precision === 'day'
              ? 'day'
              : 'month',
      },
      kind,
      class: cls,
      actors: x.actors,
      terms: [],
      origin: 'extracted',
      dyads: dyadsOf(x.actors, input.actorCountry),
      attestations: [...byReport]
        .map(([reportId, ids]) => ({ reportId, claimIds: [...ids].sort(), dates: [x.mention.iso] }))
        .sort((a, b) => a.reportId.localeCompare(b.reportId)),
      disagreements: [],
    });
  }

  events.sort(
    (a, b) => spanOf(a.date.start).from - spanOf(b.date.start).from || a.id.localeCompare(b.id),
  );
  for (const id of Object.keys(claimEvents)) claimEvents[id]?.sort();
  return { events, claimEvents };
}

/** Problems in the curated events: duplicate ids, unknown actors, impossible or reversed dates. */
export function validateCuratedEvents(
  events: CuratedEvent[],
  knownActorIds: ReadonlySet<string>,
  fileOf: (id: string) => string,
): void {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const file = fileOf(e.id);
    const where = (field: string) => `event "${e.id}".${field}`;
    if (seen.has(e.id))
      errors.push(
        new ContentError(
          file,
          where('id'),
          `duplicate event id "${e.id}"; expected each curated event once`,
        ),
      );
    seen.add(e.id);
    e.actors.forEach((a, i) => {
      if (!knownActorIds.has(a))
        errors.push(
          new ContentError(
            file,
            where(`actors[${i}]`),
            `unknown actor id "${a}"; expected an id from content/actors/*.yaml`,
          ),
        );
    });
    if (e.date.end !== undefined) {
      if (spanOf(e.date.end).to < spanOf(e.date.start).from) {
        errors.push(
          new ContentError(
            file,
            where('date.end'),
            `ends (${e.date.end}) before it starts (${e.date.start}); expected end ≥ start`,
          ),
        );
      }
    }
  }
  if (errors.length) throw new ContentErrors(errors);
}

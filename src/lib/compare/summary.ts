/**
 * The per-report summary behind /compare/: what one report attests (each event with the dates the
 * report gives and its passages), whom it names and how often, and its mix of claim kinds. Written
 * at build time to /compare/summary/<id>.json; the comparison page fetches only the chosen reports'
 * summaries, and the static pair pages and /disagreements/ are computed from the same records.
 * The passages' text is in a second file per report (`reportPassages`), fetched later.
 * Budget: ≤ 40 KB gz per summary (the largest real one, hayton-2015, and the synthetic ones of
 * `npm run bench -- compare` are measured there). Pure.
 */
import { compareEvents, reportLabel, type ReportLike } from '../domain/events.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Claim, ClaimKind } from '../schemas/claim.ts';
import { CLAIM_KINDS as claimKinds } from '../domain/kinds.ts';
import { codeUnitOrder } from '../domain/order.ts';
import type { Event } from '../schemas/event.ts';
import type { Report } from '../schemas/report.ts';

/** One passage: an attesting claim as the comparison needs it (its text is in the report's passages file). */
export interface SummaryClaim {
  id: string;
  /** Actors the claim names, places left out (they say where, not who). */
  actors: string[];
}

/**
 * The text of every claim of a report that attests an event, by claim id: [text, innermost section
 * heading or ""]. Written to /compare/passages/<id>.json and fetched only when the shared events'
 * passages come into view, so opening a comparison fetches the summaries alone.
 */
export type ReportPassages = Record<string, [string, string]>;

/** The passages file of one report (see ReportPassages), claims in document order. */
export function reportPassages(
  reportId: string,
  claims: readonly Pick<Claim, 'id' | 'reportId' | 'text' | 'section' | 'position' | 'events'>[],
): ReportPassages {
  return Object.fromEntries(
    claims
      .filter((c) => c.reportId === reportId && c.events.length > 0)
      .sort((a, b) => a.position.start - b.position.start)
      .map((c) => [c.id, [c.text, c.section.at(-1) ?? '']]),
  );
}

/** One event the report attests. */
export interface SummaryEvent {
  id: string;
  title: string;
  date: Event['date'];
  cls: Event['class'];
  /** The dates this report gives for the event (ISO, chronological, distinct). */
  dates: string[];
  /** Dates of this report that the event's `disagreements` record (ISO, distinct). */
  disputed: string[];
  claims: SummaryClaim[];
}

export interface ReportSummary {
  id: string;
  /** "Hayton 2015" (see reportLabel). */
  label: string;
  title: string;
  publisher: string;
  /** Outlet origin, two-letter country code. */
  origin: string;
  published: string;
  /** Number of claims in the report. */
  claims: number;
  /** Claims of each kind, in `claimKinds` order. */
  kinds: Record<ClaimKind, number>;
  /** Each actor the report names with the number of its claims naming it, most first, then by id. */
  actors: Array<[string, number]>;
  /** Display names of the actors in `actors`. */
  names: Record<string, string>;
  /** Events the report attests, chronologically. */
  events: SummaryEvent[];
}

type SummaryReport = ReportLike & Pick<Report, 'title' | 'publisher' | 'origin'>;
type SummaryClaimIn = Pick<Claim, 'id' | 'reportId' | 'kind' | 'actors' | 'position'>;

/**
 * The summary of one report from its claims (any order) and every event. An attestation naming a
 * claim that is not among `claims` throws with the event and claim named.
 */
export function reportSummary(
  report: SummaryReport,
  claims: readonly SummaryClaimIn[],
  events: readonly Event[],
  actors: readonly Pick<Actor, 'id' | 'name' | 'kind'>[],
): ReportSummary {
  const own = claims.filter((c) => c.reportId === report.id);
  const byId = new Map(own.map((c) => [c.id, c]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const kinds = Object.fromEntries(claimKinds.map((k) => [k, 0])) as Record<ClaimKind, number>;
  const counts = new Map<string, number>();
  for (const c of own) {
    kinds[c.kind]++;
    for (const a of new Set(c.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const actorList = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const attested: SummaryEvent[] = [];
  for (const e of [...events].sort(compareEvents)) {
    const att = e.attestations.filter((a) => a.reportId === report.id);
    if (!att.length) continue;
    const claimIds = [...new Set(att.flatMap((a) => a.claimIds))];
    const passages = claimIds
      .map((id) => {
        const c = byId.get(id);
        if (!c)
          throw new Error(
            `event "${e.id}": attestation by "${report.id}" names unknown claim "${id}"`,
          );
        return c;
      })
      .sort((a, b) => a.position.start - b.position.start)
      .map((c) => ({
        id: c.id,
        actors: [...new Set(c.actors)].filter((a) => actorById.get(a)?.kind !== 'place'),
      }));
    attested.push({
      id: e.id,
      title: e.title,
      date: e.date,
      cls: e.class,
      dates: sortIso([...new Set(att.flatMap((a) => a.dates))]),
      disputed: sortIso([
        ...new Set(e.disagreements.filter((d) => d.reportId === report.id).map((d) => d.date)),
      ]),
      claims: passages,
    });
  }
  return {
    id: report.id,
    label: reportLabel(report),
    title: report.title,
    publisher: report.publisher,
    origin: report.origin,
    published: report.published,
    claims: own.length,
    kinds,
    actors: actorList,
    names: Object.fromEntries(actorList.map(([id]) => [id, actorById.get(id)?.name ?? id])),
    events: attested,
  };
}

/** ISO dates in chronological order (BCE years, astronomical, first). */
export function sortIso(dates: string[]): string[] {
  const key = (iso: string) => {
    const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    return m ? Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0) : 0;
  };
  return dates.sort((a, b) => key(a) - key(b) || codeUnitOrder(a, b));
}

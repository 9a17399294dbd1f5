/**
 * What the home page shows beyond the report figures: how much the explorer holds, the events that
 * most reports attest, and the events whose date the reports give differently. Pure; tested in
 * tests/unit/render/home.test.ts.
 */
import { compareEvents, dateDisagreements, type ReportLike } from '../domain/events.ts';
import { compareIso, isoToDecimalYear } from '../dates/compare.ts';
import type { Event } from '../schemas/event.ts';
import { formatYear } from '../dates/format.ts';

type HomeEvent = Pick<Event, 'id' | 'title' | 'date' | 'origin' | 'attestations' | 'disagreements'>;

export interface EventFigures {
  count: number;
  curated: number;
  /** Years of the earliest start and the latest end, as people write them ("111 BCE", "2021"). */
  from: string | undefined;
  to: string | undefined;
}

/** How many events, how many of them curated, and the years they span. */
export function eventFigures(events: readonly HomeEvent[]): EventFigures {
  let first: string | undefined;
  let last: string | undefined;
  for (const e of events) {
    const end = e.date.end ?? e.date.start;
    if (first === undefined || compareIso(e.date.start, first) < 0) first = e.date.start;
    if (last === undefined || compareIso(end, last) > 0) last = end;
  }
  const year = (iso: string | undefined) =>
    iso === undefined ? undefined : formatYear(Math.floor(isoToDecimalYear(iso)));
  return {
    count: events.length,
    curated: events.filter((e) => e.origin === 'curated').length,
    from: year(first),
    to: year(last),
  };
}

/** Events attested by at least two reports, most reports first, then chronologically; at most `limit`. */
export function mostAttested<E extends HomeEvent>(
  events: readonly E[],
  limit = 5,
): Array<{ event: E; reports: number }> {
  return events
    .map((event) => ({ event, reports: new Set(event.attestations.map((a) => a.reportId)).size }))
    .filter((x) => x.reports >= 2)
    .sort((a, b) => b.reports - a.reports || compareEvents(a.event, b.event))
    .slice(0, limit);
}

export interface DisputedDate<E> {
  event: E;
  /** "Hayton 2015 gives October 2008; Xin 2015 gives June 2008." */
  sentence: string;
  /** How many reports give a date in dispute: 1 when a report contradicts itself or the event's period. */
  reports: number;
}

/**
 * Events whose dates are in dispute, those on which several reports differ first (most reports first),
 * then chronologically; at most `limit`, with `total` of them all. A disagreement naming a report
 * that is not given throws (through `dateDisagreements`).
 */
export function disputedDates<E extends HomeEvent>(
  events: readonly E[],
  reportsById: ReadonlyMap<string, ReportLike>,
  limit = 5,
): { total: number; shown: Array<DisputedDate<E>> } {
  const all = events
    .filter((e) => e.disagreements.length > 0)
    .map((event) => {
      const { byReport, sentence } = dateDisagreements(event, reportsById);
      return { event, sentence, reports: byReport.length };
    })
    .sort((a, b) => b.reports - a.reports || compareEvents(a.event, b.event));
  return { total: all.length, shown: all.slice(0, limit) };
}

/**
 * What an event page shows, computed from plain data: each attesting report's passages side by
 * side, the dates the reports give and where they disagree, the events just before and after, and
 * the period around the event. Pure; tested in tests/unit/events/pages.test.ts.
 */
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import {
  compareEvents,
  dateDisagreements,
  otherDates,
  type EventLike,
  type ReportLike,
} from '../domain/events.ts';
import { byId, codeUnitOrder } from '../domain/order.ts';

export interface Passages<C, R> {
  report: R;
  /** The report's claims that attest the event, in document order. */
  claims: C[];
  /** The dates this report gives for the event, as written (ISO). */
  dates: string[];
}

/**
 * One column per attesting report, oldest report first. A claim id that names no claim of that report
 * throws with the event and claim named: an event page never silently shows fewer passages.
 */
export function eventPassages<
  C extends Pick<Claim, 'id' | 'reportId' | 'position'>,
  R extends ReportLike,
>(
  event: Pick<Event, 'id' | 'attestations'>,
  claimsById: ReadonlyMap<string, C>,
  reportsById: ReadonlyMap<string, R>,
): Array<Passages<C, R>> {
  return event.attestations
    .map((a) => {
      const report = reportsById.get(a.reportId);
      if (!report)
        throw new Error(`event "${event.id}": attestation names unknown report "${a.reportId}"`);
      const claims = a.claimIds.map((id) => {
        const claim = claimsById.get(id);
        if (!claim || claim.reportId !== a.reportId)
          throw new Error(
            `event "${event.id}": attestation by "${a.reportId}" names unknown claim "${id}"`,
          );
        return claim;
      });
      claims.sort((x, y) => x.position.start - y.position.start);
      return { report, claims, dates: [...a.dates] };
    })
    .sort(
      (x, y) => codeUnitOrder(x.report.published, y.report.published) || byId(x.report, y.report),
    );
}

/** Position of `event` in the chronologically sorted list; throws for an event not in it. */
function chronology<E extends EventLike>(
  event: EventLike,
  events: readonly E[],
): { sorted: E[]; i: number } {
  const sorted = [...events].sort(compareEvents);
  const i = sorted.findIndex((e) => e.id === event.id);
  if (i < 0) throw new Error(`event "${event.id}" is not among the events`);
  return { sorted, i };
}

/** The events just before and after the one at `i` of a sorted list, and up to `around` either side. */
function neighbourhood<E>(sorted: readonly E[], i: number, around: number) {
  return {
    previous: sorted[i - 1],
    next: sorted[i + 1],
    period: sorted.slice(Math.max(0, i - around), i + around + 1),
  };
}

/** The events just before and after this one in chronological order. */
export function adjacentEvents<E extends EventLike>(
  event: EventLike,
  events: readonly E[],
): { previous: E | undefined; next: E | undefined } {
  const { sorted, i } = chronology(event, events);
  const { previous, next } = neighbourhood(sorted, i, 0);
  return { previous, next };
}

/** The event with up to `around` events either side of it, chronologically: the period of the mini timeline. */
export function periodEvents<E extends EventLike>(
  event: EventLike,
  events: readonly E[],
  around = 6,
): E[] {
  const { sorted, i } = chronology(event, events);
  return neighbourhood(sorted, i, around).period;
}

/**
 * What every event page shows, computed once per build: events sorted once, claims and reports
 * looked up through the maps given, instead of once per page.
 */
export function eventPages<
  E extends EventLike & Pick<Event, 'attestations' | 'disagreements'>,
  C extends Pick<Claim, 'id' | 'reportId' | 'position'>,
  R extends ReportLike,
>(
  events: readonly E[],
  claimsById: ReadonlyMap<string, C>,
  reportsById: ReadonlyMap<string, R>,
  around = 6,
) {
  const sorted = [...events].sort(compareEvents);
  return sorted.map((event, i) => {
    const disagreement = dateDisagreements(event, reportsById);
    return {
      event,
      passages: eventPassages(event, claimsById, reportsById),
      disagreement,
      /** The rings of the period's strip: other dates a report gives, with who gives them. */
      others: otherDates(event, disagreement.byReport),
      ...neighbourhood(sorted, i, around),
    };
  });
}

/**
 * What an event page shows, computed from plain data: each attesting report's passages side by
 * side, the dates the reports give and where they disagree, the events just before and after, and
 * the period around the event. Pure; tested in tests/unit/events/page.test.ts.
 */
import { compareIso, isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { joinNames } from '../render/format.ts';
import { formatEventDate, formatIsoDate } from '../dates/format.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import type { Report } from '../schemas/report.ts';
import { eventExtent } from '../timeline/time.ts';
import { byId, codeUnitOrder } from '../domain/order.ts';

/** What naming a report takes: its id, authors (with family names where they are not last) and date. */
export type ReportLike = Pick<Report, 'id' | 'authors' | 'published'> & {
  family_names?: string[] | undefined;
};
type EventLike = Pick<Event, 'id' | 'date'>;

/** "Hayton 2015", "Gitter and Kania 2017", "Smith et al. 2020": how the page names a report. */
export function reportLabel(report: ReportLike): string {
  const families = report.authors.map(
    (a, i) => report.family_names?.[i] ?? a.trim().split(/\s+/).at(-1) ?? a,
  );
  const who = families.length > 2 ? `${families[0]} et al.` : joinNames(families);
  return `${who} ${report.published.slice(0, 4)}`;
}

/** The event's date as people write it (shared with the timeline and search). */
export { formatEventDate };

/** Chronological order of events: start date, then id, so ties are stable. */
export function compareEvents(a: EventLike, b: EventLike): number {
  return compareIso(a.date.start, b.date.start) || byId(a, b);
}

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

export interface DateDisagreement {
  reportId: string;
  label: string;
  /** Distinct dates this report gives, in chronological order, each with the first claim that gives it. */
  dates: Array<{ iso: string; text: string; claimId: string }>;
}

/**
 * The event's date disagreements grouped by report, in the order the event lists them, with a plain
 * sentence: "Hayton 2015 gives October 2008; Xin 2015 gives June 2008." Empty when the reports agree.
 */
export function dateDisagreements(
  event: Pick<Event, 'id' | 'disagreements'>,
  reportsById: ReadonlyMap<string, ReportLike>,
): { byReport: DateDisagreement[]; sentence: string } {
  const byReport = new Map<string, DateDisagreement>();
  for (const d of event.disagreements) {
    const report = reportsById.get(d.reportId);
    if (!report)
      throw new Error(
        `event "${event.id}": date disagreement names unknown report "${d.reportId}"`,
      );
    const entry = byReport.get(d.reportId) ?? {
      reportId: d.reportId,
      label: reportLabel(report),
      dates: [],
    };
    if (!entry.dates.some((x) => x.iso === d.date))
      entry.dates.push({ iso: d.date, text: formatIsoDate(d.date), claimId: d.claimId });
    byReport.set(d.reportId, entry);
  }
  const list = [...byReport.values()];
  for (const e of list) e.dates.sort((a, b) => compareIso(a.iso, b.iso));
  const sentence = list.length
    ? `${list.map((e) => `${e.label} gives ${joinNames(e.dates.map((d) => d.text))}`).join('; ')}.`
    : '';
  return { byReport: list, sentence };
}

/**
 * The dates of a disagreement that fall outside the event's own period, each once, in order, as ISO
 * and decimal years: what the timeline and the event page's strip draw as rings ("another date a
 * report gives"). A coarser date that takes in the period ("October 2014" for 16–18 October) is not
 * another date.
 */
export function datesOutside(
  event: Pick<Event, 'date' | 'disagreements'>,
): Array<{ iso: string; at: number }> {
  const [start, end] = eventExtent(event.date);
  const outside = new Map<number, string>();
  for (const d of event.disagreements) {
    const at = isoToDecimalYear(d.date);
    if (isoEndToDecimalYear(d.date) <= start || at >= end) outside.set(at, d.date);
  }
  return [...outside].sort((a, b) => a[0] - b[0]).map(([at, iso]) => ({ iso, at }));
}

/** The other dates of `datesOutside`, each with who gives it: "Xin 2015 gives June 2008". */
export function otherDates(
  event: Pick<Event, 'date' | 'disagreements'>,
  byReport: readonly DateDisagreement[],
): Array<{ iso: string; label: string }> {
  return datesOutside(event).map(({ iso }) => {
    const who = byReport.filter((r) => r.dates.some((d) => d.iso === iso)).map((r) => r.label);
    return {
      iso,
      label: `${joinNames(who)} ${who.length === 1 ? 'gives' : 'give'} ${formatIsoDate(iso)}`,
    };
  });
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

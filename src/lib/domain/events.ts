/**
 * Rules about events that several pages share: how a report is named ("Hayton 2015"), the
 * chronological order of events, an event's extent in decimal years, and the reports' date
 * disagreements with the other dates they give. The event pages, the timeline, search, the home
 * page, the comparison and social cards use them. Pure; tested in tests/unit/domain/events.test.ts.
 */
import { compareIso, isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { formatIsoDate } from '../dates/format.ts';
import type { Event } from '../schemas/event.ts';
import type { Report } from '../schemas/report.ts';
import { joinNames } from './format.ts';
import { byId } from './order.ts';

/** What naming a report takes: its id, authors (with family names where they are not last) and date. */
export type ReportLike = Pick<Report, 'id' | 'authors' | 'published'> & {
  family_names?: string[] | undefined;
};
export type EventLike = Pick<Event, 'id' | 'date'>;

/** "Hayton 2015", "Gitter and Kania 2017", "Smith et al. 2020": how the page names a report. */
export function reportLabel(report: ReportLike): string {
  const families = report.authors.map(
    (a, i) => report.family_names?.[i] ?? a.trim().split(/\s+/).at(-1) ?? a,
  );
  const who = families.length > 2 ? `${families[0]} et al.` : joinNames(families);
  return `${who} ${report.published.slice(0, 4)}`;
}

export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade';

const DAY = 1 / 365;
const MONTH = 1 / 12;

/** How long a period of each precision lasts, in years. */
export const PRECISION_YEARS: Record<Precision, number> = {
  day: DAY,
  month: MONTH,
  season: 0.25,
  year: 1,
  decade: 10,
};

/** An event's extent [start, end) in decimal years: from its start to the end of its last period. */
export function eventExtent(date: {
  start: string;
  end?: string | undefined;
  precision: Precision;
}): [number, number] {
  const start = isoToDecimalYear(date.start);
  if (date.end) return [start, Math.max(isoEndToDecimalYear(date.end), start + DAY)];
  const own = isoEndToDecimalYear(date.start) - start;
  return [start, start + Math.max(own, PRECISION_YEARS[date.precision])];
}

/** Chronological order of events: start date, then id, so ties are stable. */
export function compareEvents(a: EventLike, b: EventLike): number {
  return compareIso(a.date.start, b.date.start) || byId(a, b);
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

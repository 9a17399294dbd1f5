/**
 * The events as the timeline sees them: one flat record per event, written at build time onto the
 * event's item in the page's list (data-* attributes), read back by the chart in the browser. The
 * list is the single copy of the data: the chart draws what the list holds. Pure; no DOM.
 */
import { dateDisagreements, datesOutside, type ReportLike } from '../domain/events.ts';
import { isoToDecimalYear } from '../dates/compare.ts';
import type { Event } from '../schemas/event.ts';
import { eventExtent, type Precision } from './time.ts';
import { formatEventDate } from '../dates/format.ts';
import { EVENT_CLASS_LABELS, EVENT_KIND_LABELS, humanLabel } from '../domain/labels.ts';
import { codeUnitOrder } from '../domain/order.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  /** ISO start and (optional) end as in the event. */
  startIso: string;
  endIso: string | undefined;
  precision: Precision;
  /** Extent in decimal years, [start, end). */
  start: number;
  end: number;
  kind: string;
  cls: string;
  actors: string[];
  dyads: string[];
  /** Ids of the attesting reports. */
  reports: string[];
  /** Origin (outlet country code) of each distinct attesting report's outlet. */
  origins: string[];
  origin: 'curated' | 'extracted';
  era: string | undefined;
  /** Other dates the reports give for the event, outside its period (ISO, chronological). */
  altIso: string[];
  /** The same as decimal years (start of each), for the chart. */
  alt: number[];
  /** Who dates it how, when the reports disagree: "Hayton 2015 gives October 2008; Xin 2015 gives June 2008." */
  dispute: string | undefined;
}

/** What the chart needs besides the list (a JSON script in the page, written by `timelinePage`). */
export interface TimelineMeta {
  /** The whole time domain in decimal years (a little before the first event, after the last). */
  domain: [number, number];
  /** Where the default view starts (1945) and ends (the domain's end). */
  defaultView: [number, number];
  reports: Record<string, { title: string; origin: string }>;
  actors: Record<string, string>;
  eras: Array<{ id: string; name: string; start: number; end: number }>;
}

type TimelineReport = ReportLike & { origin: string };

/** The other dates a report gives (see datesOutside), in both forms the chart needs. */
function alternativeDates(
  event: Pick<Event, 'date' | 'disagreements'>,
): Pick<TimelineEvent, 'altIso' | 'alt'> {
  const outside = datesOutside(event);
  return { altIso: outside.map((d) => d.iso), alt: outside.map((d) => d.at) };
}

/** Events as timeline records, in chronological order (start, then end, then id). */
export function toTimelineEvents(
  events: readonly Event[],
  reports: readonly TimelineReport[],
): TimelineEvent[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return events
    .map((e) => {
      const [start, end] = eventExtent(e.date);
      const reportIds = [...new Set(e.attestations.map((a) => a.reportId))].sort(codeUnitOrder);
      return {
        id: e.id,
        title: e.title,
        startIso: e.date.start,
        endIso: e.date.end,
        precision: e.date.precision,
        start,
        end,
        kind: e.kind,
        cls: e.class,
        actors: [...e.actors],
        dyads: [...e.dyads],
        reports: reportIds,
        origins: [...new Set(reportIds.map((r) => byId.get(r)?.origin ?? '').filter(Boolean))].sort(
          codeUnitOrder,
        ),
        origin: e.origin,
        era: e.era,
        ...alternativeDates(e),
        dispute: e.disagreements.length ? dateDisagreements(e, byId).sentence : undefined,
      };
    })
    .sort(byTime);
}

export function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.start - b.start || a.end - b.end || codeUnitOrder(a.id, b.id);
}

/** The `dates` facet's value of an event: whether the reports give its date differently. */
export function datesValue(e: Pick<TimelineEvent, 'dispute'>): 'differ' | 'agree' {
  return e.dispute ? 'differ' : 'agree';
}

/** The data-* attributes of an event's list item (names without the `data-` prefix). */
export function toDataset(e: TimelineEvent): Record<string, string> {
  const d: Record<string, string> = {
    id: e.id,
    start: e.startIso,
    precision: e.precision,
    kind: e.kind,
    class: e.cls,
    actors: e.actors.join(' '),
    dyads: e.dyads.join(' '),
    reports: e.reports.join(' '),
    origins: e.origins.join(' '),
    origin: e.origin,
  };
  if (e.endIso) d['end'] = e.endIso;
  if (e.era) d['era'] = e.era;
  if (e.altIso.length) d['alt'] = e.altIso.join(' ');
  if (e.dispute) d['dispute'] = e.dispute;
  // For the no-JS filter stylesheet (the `dates` facet); the script derives it from `dispute`.
  d['dates'] = datesValue(e);
  return d;
}

/** `toDataset` with the `data-` prefix, to spread onto an element in a template. */
export function dataAttributes(e: TimelineEvent): Record<string, string> {
  return Object.fromEntries(Object.entries(toDataset(e)).map(([k, v]) => [`data-${k}`, v]));
}

const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);

/** Reads an event back from a list item's `dataset` and title; null when the item is malformed. */
export function fromDataset(
  ds: Readonly<Record<string, string | undefined>>,
  title: string,
): TimelineEvent | null {
  const { id, start: startIso, precision } = ds;
  if (!id || !startIso || !precision) return null;
  try {
    const date = { start: startIso, end: ds['end'], precision: precision as Precision };
    const [start, end] = eventExtent(date);
    const altIso = words(ds['alt']);
    return {
      id,
      title,
      startIso,
      endIso: ds['end'],
      precision: date.precision,
      start,
      end,
      kind: ds['kind'] ?? 'other',
      cls: ds['class'] ?? 'verbal-cooperation',
      actors: words(ds['actors']),
      dyads: words(ds['dyads']),
      reports: words(ds['reports']),
      origins: words(ds['origins']),
      origin: ds['origin'] === 'extracted' ? 'extracted' : 'curated',
      era: ds['era'],
      altIso,
      alt: altIso.map(isoToDecimalYear),
      dispute: ds['dispute'] || undefined,
    };
  } catch {
    return null;
  }
}

/** The calendar year an event is listed under (astronomical: 111 BCE is -110). */
export function yearOf(e: TimelineEvent): number {
  return Math.floor(e.start + 1e-9);
}

/** Chronological events grouped by year, for the list. */
export function groupByYear<T extends TimelineEvent>(
  events: readonly T[],
): Array<{ year: number; events: T[] }> {
  const groups: Array<{ year: number; events: T[] }> = [];
  for (const e of events) {
    const y = yearOf(e);
    const last = groups.at(-1);
    if (last && last.year === y) last.events.push(e);
    else groups.push({ year: y, events: [e] });
  }
  return groups;
}

/** The date of an event in words, with its precision ("May 2014", "the 1990s", "1407 – 1428"). */
export function eventDateText(e: TimelineEvent): string {
  return formatEventDate({ start: e.startIso, end: e.endIso, precision: e.precision });
}

/** The label of an event's class (domain/labels.ts); the value itself for a class the site does not know. */
export function classLabel(cls: string): string {
  return (EVENT_CLASS_LABELS as Record<string, string | undefined>)[cls] ?? cls;
}

/** The label of an event's kind (domain/labels.ts); by the labels' rule for a kind it does not know. */
export function kindLabel(kind: string): string {
  return (EVENT_KIND_LABELS as Record<string, string | undefined>)[kind] ?? humanLabel(kind);
}

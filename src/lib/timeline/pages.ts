/**
 * Everything /timeline/ renders at build time, from the collections: the events in chronological
 * order grouped by year, the filter options with counts (the no-JS links and the form), and the small
 * JSON the chart needs besides the list (report titles, actor names, eras, the time domain). Pure.
 */
import type { Actor } from '../schemas/actor.ts';
import type { Era } from '../schemas/era.ts';
import type { Event } from '../schemas/event.ts';
import type { Report } from '../schemas/report.ts';
import { EVENT_CLASS_LABELS, originName } from '../domain/labels.ts';
import { codeUnitOrder } from '../domain/order.ts';
import {
  datesValue,
  groupByYear,
  classLabel,
  kindLabel,
  toTimelineEvents,
  type TimelineEvent,
  type TimelineMeta,
} from './data.ts';
import { assignRows, DYAD_LANES, eraBandHeight, laneLayout } from './lanes.ts';
import type { Facet } from './state.ts';
import { isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { formatYear } from '../dates/format.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export const DEFAULT_FROM_YEAR = 1945;

/**
 * The focus view's height in px as the chart will draw it, whatever the lane mode (dyad or actor
 * lanes share one height, see `laneLayout`): the page serves the chart's SVG with this height so that
 * drawing the chart moves nothing below it, with `?lanes=actor` in the URL too.
 */
export function focusHeight(eras: TimelineMeta['eras']): number {
  return laneLayout(eraBandHeight(assignRows(eras, 2)), DYAD_LANES.length).height;
}

const DATES_LABELS: Record<string, string> = {
  differ: 'Reports differ',
  agree: 'One date',
};

const DYAD_LABELS: Record<string, string> = {
  ...Object.fromEntries(DYAD_LANES.map((l) => [l.key, l.label])),
  none: 'None of the three pairs',
};

/** The eras as the chart draws them: extents in decimal years (the end inclusive, as written). */
export function eraSpans(eras: readonly Era[]): TimelineMeta['eras'] {
  return eras.map((e) => ({
    id: e.id,
    name: e.name,
    start: isoToDecimalYear(e.start),
    end: isoEndToDecimalYear(e.end),
  }));
}

function options(
  events: readonly TimelineEvent[],
  values: (e: TimelineEvent) => readonly string[],
  label: (v: string) => string,
  order: 'count' | 'label' | readonly string[] = 'count',
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of events)
    for (const v of new Set(values(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const list = [...counts].map(([value, count]) => ({ value, label: label(value), count }));
  if (Array.isArray(order))
    return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return list.sort((a, b) =>
    order === 'count'
      ? b.count - a.count || a.label.localeCompare(b.label)
      : a.label.localeCompare(b.label),
  );
}

export function timelinePage(
  events: readonly Event[],
  reports: readonly Report[],
  actors: readonly Actor[],
  eras: readonly Era[],
) {
  const list = toTimelineEvents(events, reports);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const reportTitle = new Map(reports.map((r) => [r.id, r.title]));
  const first = list[0]?.start ?? 0;
  const last = Math.max(...list.map((e) => e.end), first + 1);
  const domain: [number, number] = [Math.floor(first) - 10, Math.ceil(last) + 1];
  const facets: Record<Facet, FacetOption[]> = {
    class: options(list, (e) => [e.cls], classLabel, Object.keys(EVENT_CLASS_LABELS)),
    dyad: options(
      list,
      (e) => (e.dyads.length ? e.dyads : ['none']),
      (v) => DYAD_LABELS[v] ?? v,
      [...DYAD_LANES.map((l) => l.key), 'none'],
    ),
    kind: options(list, (e) => [e.kind], kindLabel),
    report: options(
      list,
      (e) => e.reports,
      (v) => reportTitle.get(v) ?? v,
    ),
    origin: options(
      list,
      (e) => e.origins,
      (v) => `${originName(v)} outlets`,
    ),
    actor: options(
      list,
      (e) => e.actors,
      (v) => actorName.get(v) ?? v,
    ),
    dates: options(
      list,
      (e) => [datesValue(e)],
      (v) => DATES_LABELS[v] ?? v,
      Object.keys(DATES_LABELS),
    ),
  };
  const usedActors = new Set(list.flatMap((e) => e.actors));
  const meta: TimelineMeta = {
    domain,
    defaultView: [Math.max(domain[0], DEFAULT_FROM_YEAR), domain[1]],
    reports: Object.fromEntries(reports.map((r) => [r.id, { title: r.title, origin: r.origin }])),
    actors: Object.fromEntries(
      [...usedActors].sort(codeUnitOrder).map((id) => [id, actorName.get(id) ?? id]),
    ),
    eras: eraSpans(eras),
  };
  return {
    events: list,
    groups: groupByYear(list).map((g) => ({ ...g, label: formatYear(g.year) })),
    facets,
    meta,
    range: [list[0], list.at(-1)] as const,
  };
}

/** Facet headings, in the order the page shows them. */
export const FACET_LABELS: Array<[Facet, string]> = [
  ['class', 'Cooperation or conflict'],
  ['dyad', 'Dyad'],
  ['kind', 'Kind'],
  ['actor', 'Actor'],
  ['report', 'Report'],
  ['origin', 'Outlet origin'],
  ['dates', 'Dates'],
];

/** The id of the element a no-JS filter link targets: `#f-class-material-conflict`. */
export function filterTargetId(facet: Facet, value: string): string {
  return `f-${facet}-${value}`;
}

const DATA_ATTR: Record<Facet, [string, 'eq' | 'word']> = {
  class: ['class', 'eq'],
  kind: ['kind', 'eq'],
  dyad: ['dyads', 'word'],
  actor: ['actors', 'word'],
  report: ['reports', 'word'],
  origin: ['origins', 'word'],
  dates: ['dates', 'eq'],
};

/**
 * The stylesheet behind the no-JS filter links: following `#f-<facet>-<value>` (a :target), every list
 * item without that value, and every year left empty, is hidden. Only while the script has not taken
 * over the list (`#tl-years.tl-js`; the stylesheet stays, its rules no longer match), which then filters by
 * the URL's query instead.
 */
export function filterCss(links: ReadonlyArray<{ facet: Facet; value: string }>): string {
  const rules: string[] = [];
  for (const { facet, value } of links) {
    const [attr, op] = DATA_ATTR[facet];
    const v = value;
    if (!/^[\w-]+$/.test(v)) continue; // ids and slugs only: nothing that could break out of a selector
    const match =
      facet === 'dyad' && v === 'none'
        ? `[data-dyads=""]`
        : `[data-${attr}${op === 'word' ? '~' : ''}="${v}"]`;
    // The targets are siblings before #tl-years: a sibling combinator, not body:has(), so that other
    // changes to the page do not re-check these rules.
    const on = `#${filterTargetId(facet, v)}:target ~ #tl-years:not(.tl-js)`;
    rules.push(
      `${on} .tl-item:not(${match}),\n${on} .tl-year:not(:has(.tl-item${match})) { display: none; }`,
    );
  }
  return `/* Generated by src/pages/timeline/filters.css.ts: filters for the page without JavaScript. */\n${rules.join('\n')}\n`;
}

/** The filter links the page shows without JS (each facet's values; the most frequent actors only). */
export function noJsLinks(facets: Record<Facet, FacetOption[]>, topActors = 12) {
  return FACET_LABELS.map(([facet, heading]) => ({
    facet,
    heading,
    options: facets[facet].slice(0, facet === 'actor' ? topActors : undefined),
  }));
}

/**
 * URL state of /timeline/: the visible range (`from`, `to`, inclusive ISO dates) and the filters
 * (`actor`, `report`, `origin`, `kind`, `class`, `dyad`, `dates` — `differ` or `agree` —, each a
 * comma-separated list or repeated),
 * plus the lane mode (`lanes=actor`). Unknown parameters and values, malformed dates and an empty or
 * reversed range are ignored: the page falls back to its defaults, never to an error. Pure; no DOM.
 */
import { isoDateProblem } from '../dates/iso.ts';
import type { LaneMode } from './lanes.ts';
import { datesValue, type TimelineEvent } from './data.ts';
import { isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { codeUnitOrder } from '../domain/order.ts';

export const FACETS = ['actor', 'report', 'origin', 'kind', 'class', 'dyad', 'dates'] as const;
export type Facet = (typeof FACETS)[number];

export interface TimelineState {
  /** First visible date (ISO), or null for the default view. */
  from: string | null;
  /** Last visible date (ISO, inclusive), or null for the default view. */
  to: string | null;
  actor: string[];
  report: string[];
  origin: string[];
  kind: string[];
  class: string[];
  dyad: string[];
  /** `differ`: events whose date the reports give differently; `agree`: the others. */
  dates: string[];
  lanes: LaneMode;
}

/** The values each facet accepts; anything else in the URL is dropped. */
export type Vocabulary = Record<Facet, ReadonlySet<string>>;

export const DEFAULT_STATE: TimelineState = {
  from: null,
  to: null,
  actor: [],
  report: [],
  origin: [],
  kind: [],
  class: [],
  dyad: [],
  dates: [],
  lanes: 'dyad',
};

const MAX_VALUES = 50;

/**
 * A date parameter as a normalised ISO value ("2014-1" is malformed; "938" → "0938"; "-110" →
 * "-0110"), or null. BCE dates are years only.
 */
export function parseIsoParam(value: string | null): string | null {
  if (value === null) return null;
  const m = /^(-?)(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, minus, y, mo, d] = m;
  if (minus && mo) return null;
  const year = (y ?? '').padStart(4, '0');
  const iso = `${year}${mo ? `-${mo}` : ''}${d ? `-${d}` : ''}`;
  if (minus) return Number(year) === 0 ? '0000' : `-${year}`;
  return isoDateProblem(iso) ? null : iso;
}

function list(params: URLSearchParams, name: string, allowed: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const raw of params.getAll(name))
    for (const v of raw.split(',')) {
      const t = v.trim();
      if (allowed.has(t) && out.size < MAX_VALUES) out.add(t);
    }
  return [...out].sort(codeUnitOrder);
}

export function parseTimelineState(search: string, vocab: Vocabulary): TimelineState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  let from = parseIsoParam(params.get('from'));
  let to = parseIsoParam(params.get('to'));
  if (from && to && isoToDecimalYear(from) >= isoEndToDecimalYear(to)) from = to = null;
  const state: TimelineState = {
    ...DEFAULT_STATE,
    from,
    to,
    lanes: params.get('lanes') === 'actor' ? 'actor' : 'dyad',
  };
  for (const f of FACETS) state[f] = list(params, f, vocab[f]);
  return state;
}

/** The query string of a state ("" for the defaults); values sorted, so equal states give equal URLs. */
export function serializeTimelineState(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const f of FACETS)
    if (state[f].length) params.set(f, [...state[f]].sort(codeUnitOrder).join(','));
  if (state.lanes !== 'dyad') params.set('lanes', state.lanes);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Whether an event passes the facet filters (OR inside a facet, AND across facets). */
export function matchesFilters(e: TimelineEvent, s: TimelineState): boolean {
  const any = (sel: readonly string[], have: readonly string[]) =>
    sel.length === 0 || sel.some((v) => have.includes(v));
  return (
    any(s.actor, e.actors) &&
    any(s.report, e.reports) &&
    any(s.origin, e.origins) &&
    any(s.kind, [e.kind]) &&
    any(s.class, [e.cls]) &&
    any(s.dyad, e.dyads.length ? e.dyads : ['none']) &&
    any(s.dates, [datesValue(e)])
  );
}

/**
 * Whether an event's extent meets the visible range [a, b), with a tolerance of about a second so
 * that a view computed through a zoom transform (2013.9999999 for 2014) does not catch its neighbours.
 */
export function inRange(e: { start: number; end: number }, a: number, b: number): boolean {
  const eps = 3e-8;
  return e.end > a + eps && e.start < b - eps;
}

/** The number of active facet values (for "Clear filters"). */
export function activeFilters(s: TimelineState): number {
  return FACETS.reduce((n, f) => n + s[f].length, 0);
}

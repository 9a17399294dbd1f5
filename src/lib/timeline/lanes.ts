/**
 * Lanes of the timeline: each event sits in exactly one lane (a dyad of the triangle, or one of the
 * most frequent actors), and inside its lane on a row chosen so that events overlapping in time (or
 * closer than a mark's width at the current zoom) do not cover each other. Pure; no DOM.
 */
import { codeUnitOrder } from '../domain/order.ts';

export type LaneMode = 'dyad' | 'actor';

export interface Lane {
  key: string;
  label: string;
}

/** Dyad lanes, top to bottom; `other` holds events that touch no pair of the triangle. */
export const DYAD_LANES: readonly Lane[] = [
  { key: 'VN-CN', label: 'Vietnam–China' },
  { key: 'VN-US', label: 'Vietnam–US' },
  { key: 'US-CN', label: 'US–China' },
  { key: 'multilateral', label: 'Multilateral' },
  { key: 'other', label: 'Other' },
];

const PAIRS = ['VN-CN', 'VN-US', 'US-CN'];

/**
 * The dyad lane of an event: its one pair of the triangle (even when others take part too); an event
 * touching two or three pairs, or only `multilateral`, goes to Multilateral; none, to Other.
 */
export function dyadLane(dyads: readonly string[]): string {
  const pairs = dyads.filter((d) => PAIRS.includes(d));
  if (pairs.length === 1) return pairs[0] as string;
  if (pairs.length > 1 || dyads.includes('multilateral')) return 'multilateral';
  return 'other';
}

/**
 * Actor lanes: the `max` actors taking part in most of the given events (ties by id), then Other.
 * An event goes to the lane of the least frequent of those actors it names (the most specific: a CPV
 * delegation to Beijing goes to the CPV, not to Vietnam, which nearly every event names).
 */
export function actorLanes(
  events: ReadonlyArray<{ actors: readonly string[] }>,
  names: ReadonlyMap<string, string>,
  max = 6,
): Lane[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || codeUnitOrder(a[0], b[0]))
    .slice(0, max)
    .map(([key]) => ({ key, label: names.get(key) ?? key }));
  return [...top, { key: 'other', label: 'Other actors' }];
}

export function actorLane(actors: readonly string[], lanes: readonly Lane[]): string {
  return lanes.findLast((l) => l.key !== 'other' && actors.includes(l.key))?.key ?? 'other';
}

/**
 * Rows inside one lane by greedy interval partitioning: items in order of start; each takes the
 * first row whose last item ended at least `gap` before it starts. Every item occupies at least
 * `minWidth` (a mark's width in years at the current zoom). With more than `maxRows` rows needed,
 * the item goes to the row that frees up first, overlapping as little as possible.
 * Returns the row of each item, by index of the input.
 */
export function assignRows(
  items: ReadonlyArray<{ start: number; end: number }>,
  maxRows: number,
  minWidth = 0,
  gap = 0,
): number[] {
  const order = items
    .map((_, i) => i)
    .sort((a, b) => {
      const x = items[a] as { start: number; end: number };
      const y = items[b] as { start: number; end: number };
      return x.start - y.start || x.end - y.end || a - b;
    });
  const rowEnd: number[] = [];
  const out = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const it = items[i] as { start: number; end: number };
    const end = Math.max(it.end, it.start + minWidth);
    let row = rowEnd.findIndex((e) => e + gap <= it.start);
    if (row === -1) {
      if (rowEnd.length < Math.max(1, maxRows)) row = rowEnd.length;
      else row = rowEnd.indexOf(Math.min(...rowEnd));
    }
    rowEnd[row] = Math.max(rowEnd[row] ?? -Infinity, end);
    out[i] = row;
  }
  return out;
}

/**
 * The span an event takes on its row: its own period, widened to the other dates the reports give for
 * it (drawn as a line to a ring), so that packing keeps other marks off that line.
 */
export function rowExtent(e: { start: number; end: number; alt: readonly number[] }): {
  start: number;
  end: number;
} {
  if (e.alt.length === 0) return e;
  return { start: Math.min(e.start, ...e.alt), end: Math.max(e.end, ...e.alt) };
}

/** Rows for all events at once: each lane packed on its own. */
export function layoutRows<T extends { start: number; end: number }>(
  events: readonly T[],
  laneOf: (e: T, i: number) => string,
  maxRows: number,
  minWidth: number,
): number[] {
  const byLane = new Map<string, number[]>();
  events.forEach((e, i) => {
    const k = laneOf(e, i);
    const list = byLane.get(k) ?? [];
    list.push(i);
    byLane.set(k, list);
  });
  const rows = new Array<number>(events.length).fill(0);
  for (const idx of byLane.values()) {
    const r = assignRows(
      idx.map((i) => events[i] as T),
      maxRows,
      minWidth,
    );
    idx.forEach((i, j) => (rows[i] = r[j] ?? 0));
  }
  return rows;
}

/**
 * Geometry of the focus view in px, shared by the chart and the page (which reserves its box).
 * `maxRows` rows of `row` px per lane with the five dyad lanes; other lane counts share the same
 * height (see `laneLayout`), with rows no closer than `minRow`.
 */
export const GEOMETRY = {
  eraRow: 16,
  laneLabel: 15,
  row: 17,
  minRow: 13,
  maxRows: 4,
  /** Most rows a lane gets when few lanes share the height. */
  rowsCap: 8,
  /** Space under a lane's last row. */
  lanePad: 6,
  axis: 26,
  overview: 50,
} as const;

/** Height of the era band rows above the lanes (overlapping eras are stacked in up to two rows). */
export function eraBandHeight(eraRows: readonly number[]): number {
  return (Math.max(0, ...eraRows) + 1) * GEOMETRY.eraRow + 4;
}

/** Height of the lanes together: the five dyad lanes' (the reference the page reserves). */
export const LANES_HEIGHT =
  DYAD_LANES.length * (GEOMETRY.laneLabel + GEOMETRY.maxRows * GEOMETRY.row + GEOMETRY.lanePad);

export interface LaneLayout {
  /** Top of each lane (whole px). */
  tops: number[];
  /** Height of one lane (px, not rounded). */
  laneHeight: number;
  /** Rows inside each lane, and their pitch in px. */
  rows: number;
  rowHeight: number;
  /** The focus view's whole height: era bands, lanes, axis. */
  height: number;
}

/**
 * Lanes under the era bands: any number of lanes (the five dyads, or up to seven actor lanes) share
 * the same height, `LANES_HEIGHT`, so the chart's box does not depend on the lane mode (the page is
 * static and reserves that box before any script runs: nothing below moves when the chart is drawn or
 * the lanes are switched). Each lane fits as many rows of `row` px as it can (up to `rowsCap`); where
 * fewer than `maxRows - 1` fit, rows move closer (down to `minRow`). Only lanes too many for even one
 * row of `minRow` make the view taller.
 */
export function laneLayout(eraHeight: number, laneCount: number): LaneLayout {
  const { laneLabel, row, minRow, maxRows, rowsCap, lanePad, axis } = GEOMETRY;
  const n = Math.max(1, laneCount);
  const laneHeight = Math.max(LANES_HEIGHT / n, laneLabel + lanePad + minRow);
  const room = laneHeight - laneLabel - lanePad;
  let rows = Math.min(rowsCap, Math.floor(room / row));
  let rowHeight: number = row;
  if (rows < maxRows - 1) {
    rows = Math.max(1, Math.min(maxRows - 1, Math.floor(room / minRow)));
    rowHeight = Math.min(row, room / rows);
  }
  const tops = Array.from({ length: laneCount }, (_, i) => eraHeight + Math.round(i * laneHeight));
  return {
    tops,
    laneHeight,
    rows,
    rowHeight,
    height: eraHeight + Math.round(n * laneHeight) + axis,
  };
}

/**
 * Geometry of the small charts on actor profiles, computed at build time with d3-scale and drawn as
 * static SVG (no client script). Each chart has a table or list equivalent on the page.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { isoToDecimalYear } from '../dates/compare.ts';

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Horizontal bars: one row per item, widths proportional to value, labels to the left. */
export function horizontalBars(
  items: ReadonlyArray<{ label: string; value: number }>,
  width = 560,
  rowHeight = 26,
  labelWidth = 200,
): { bars: Bar[]; height: number; width: number } {
  const height = items.length * rowHeight;
  const y = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([0, height])
    .padding(0.2);
  const max = Math.max(1, ...items.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - 40]);
  return {
    width,
    height,
    bars: items.map((d, i) => ({
      label: d.label,
      value: d.value,
      x: labelWidth,
      y: y(i) ?? 0,
      width: Math.max(1, x(d.value)),
      height: y.bandwidth(),
    })),
  };
}

export interface TimelineMark {
  id: string;
  label: string;
  iso: string;
  cx: number;
  cls: string;
}

/**
 * A one-line timeline: each event a mark at its start date on a linear scale of decimal years
 * (BCE and years below 100 included), with ticks at round years. `others` are other dates a report
 * gives for one event (the event page's own): rings, inside the scale too.
 */
export function miniTimeline(
  events: ReadonlyArray<{ id: string; title: string; date: { start: string }; class: string }>,
  others: ReadonlyArray<{ iso: string; label: string }> = [],
  width = 560,
  margin = 16,
) {
  const years = events.map((e) => isoToDecimalYear(e.date.start));
  const otherYears = others.map((o) => isoToDecimalYear(o.iso));
  const lo = Math.min(...years, ...otherYears);
  const hi = Math.max(...years, ...otherYears);
  const pad = Math.max(1, (hi - lo) * 0.05);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([margin, width - margin]);
  const ticks = x.ticks(6).filter((t) => Number.isInteger(t));
  return {
    width,
    ticks: ticks.map((t) => ({ x: x(t), label: t <= 0 ? `${1 - t} BCE` : String(t) })),
    marks: events.map((e, i) => ({
      id: e.id,
      label: e.title,
      iso: e.date.start,
      cx: x(years[i] ?? 0),
      cls: e.class,
    })),
    others: others.map((o, i) => ({ iso: o.iso, label: o.label, cx: x(otherYears[i] ?? 0) })),
  };
}

/** A star layout for the co-mention neighbourhood: the actor at the centre, neighbours on a circle. */
export function starLayout(neighbours: ReadonlyArray<{ id: string; count: number }>, size = 320) {
  const c = size / 2;
  const r = size / 2 - 40;
  const max = Math.max(1, ...neighbours.map((n) => n.count));
  const stroke = scaleLinear().domain([1, max]).range([1, 6]);
  return {
    size,
    centre: { x: c, y: c },
    nodes: neighbours.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, neighbours.length) - Math.PI / 2;
      return { ...n, x: c + r * Math.cos(a), y: c + r * Math.sin(a), stroke: stroke(n.count) };
    }),
  };
}

/**
 * The SVG layers of the chart's focus view, drawn with d3 into the document of the elements they are
 * given: the lanes (a band and a label each), the era bands (a span in the era rows, a tint behind the
 * lanes), the time axis, and the links over the marks (one transparent <a> per event: the hit target
 * for hover and click and the element that takes keyboard focus; the marks themselves are painted on
 * the canvas, see painter.ts).
 */
import { axisBottom } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { eventDateText, type TimelineEvent } from '../data.ts';
import { GEOMETRY, type Lane } from '../lanes.ts';
import { markRadius, shapePath } from '../shapes.ts';
import { timeTicks } from '../time.ts';

export type G = Selection<SVGGElement, unknown, null, undefined>;
export type Scale = ScaleLinear<number, number>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const { eraRow: ERA_ROW, axis: AXIS } = GEOMETRY;

/** An era with the row of the era band it is drawn in (overlapping eras are stacked). */
export interface EraBand {
  id: string;
  name: string;
  start: number;
  end: number;
  row: number;
}

export interface FocusLayers {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  clipRect: Selection<SVGRectElement, unknown, null, undefined>;
  bands: G;
  lanes: G;
  axis: G;
  /** The links over the marks; keyboard and pointer listeners go here. */
  marks: G;
}

/**
 * The focus view's SVG and its layers, bottom to top: era bands, lanes, axis, links. The page serves
 * the SVG empty, with its final height (the box is reserved: nothing moves when the chart is drawn);
 * made here if missing.
 */
export function createFocusLayers(focusEl: HTMLElement): FocusLayers {
  const existing = focusEl.querySelector<SVGSVGElement>('svg.tl-svg');
  const svg = (existing ? select(existing) : select(focusEl).append('svg'))
    .attr('class', 'tl-svg')
    .attr('role', 'group')
    .attr(
      'aria-label',
      'Events chart: arrow keys move between events in date order, Enter opens one',
    );
  const clipId = 'tl-clip';
  const clipRect = svg
    .append('defs')
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', 0)
    .attr('y', 0);
  const bands: G = svg
    .append('g')
    .attr('class', 'tl-bands')
    .attr('clip-path', `url(#${clipId})`)
    .attr('aria-hidden', 'true');
  const lanes: G = svg.append('g').attr('class', 'tl-lanes').attr('aria-hidden', 'true');
  const axis: G = svg.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
  // tabindex -1: Chromium makes SVG elements with key or focus listeners focusable otherwise.
  const marks: G = svg.append('g').attr('class', 'tl-marks').attr('tabindex', '-1');
  return { svg, clipRect, bands, lanes, axis, marks };
}

/** Sizes the SVG (and the clip of the era bands) to the view. */
export function sizeFocus(layers: FocusLayers, width: number, height: number): void {
  layers.svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  layers.clipRect.attr('width', width).attr('height', height);
}

/** One band per lane, alternately tinted, with its label at the top left. */
export function drawLanes(
  g: G,
  lanes: readonly Lane[],
  layout: { tops: readonly number[]; laneHeight: number },
  width: number,
): void {
  const lane = g
    .selectAll<SVGGElement, Lane>('g')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'tl-lane-bg');
      g.append('text').attr('class', 'tl-lane-label');
      return g;
    });
  lane
    .select('rect')
    .attr('x', 0)
    .attr('y', (_, i) => (layout.tops[i] ?? 0) + 1)
    .attr('width', width)
    .attr('height', Math.floor(layout.laneHeight) - 2)
    .attr('class', (_, i) => `tl-lane-bg${i % 2 ? ' odd' : ''}`);
  lane
    .select('text')
    .attr('x', 6)
    .attr('y', (_, i) => (layout.tops[i] ?? 0) + 13)
    .text((d) => d.label);
}

/**
 * The eras that meet the view: a span with the era's name (cut short, or left out, where it has no
 * room) in its row at the top, and a tint over the lanes.
 */
export function drawBands(
  g: G,
  eras: readonly EraBand[],
  x: Scale,
  size: { width: number; height: number; eraHeight: number },
): void {
  const { width, height, eraHeight } = size;
  const [a = 0, b = 0] = x.domain();
  const visible = eras.filter((e) => e.end > a && e.start < b);
  g.selectAll<SVGGElement, EraBand>('g')
    .data(visible, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-era');
      g.append('rect').attr('class', 'tl-era-span');
      g.append('rect').attr('class', 'tl-era-bg');
      g.append('text');
      return g;
    })
    .each(function (d) {
      const g = select(this);
      const xa = Math.max(-2, x(d.start));
      const xb = Math.min(width + 2, x(d.end));
      g.select('.tl-era-span')
        .attr('x', xa)
        .attr('width', Math.max(1, xb - xa))
        .attr('y', d.row * ERA_ROW)
        .attr('height', ERA_ROW - 2);
      g.select('.tl-era-bg')
        .attr('x', xa)
        .attr('width', Math.max(1, xb - xa))
        .attr('y', eraHeight)
        .attr('height', height - eraHeight - AXIS);
      const label = g.select<SVGTextElement>('text');
      const room = xb - xa - 8;
      const name = room > 40 ? d.name : '';
      label
        .attr('x', xa + 4)
        .attr('y', d.row * ERA_ROW + 11)
        .text(
          name && name.length * 6.2 > room
            ? `${name.slice(0, Math.max(0, Math.floor(room / 6.2) - 1))}…`
            : name,
        );
    });
}

/** The time axis at the bottom, its ticks as grid lines up through the lanes. */
export function drawAxis(
  g: G,
  x: Scale,
  size: { width: number; height: number; eraHeight: number },
): void {
  const { width, height, eraHeight } = size;
  const [a = 0, b = 0] = x.domain();
  const ticks = timeTicks([a, b], Math.max(3, Math.floor(width / 90)));
  const labels = new Map(ticks.map((t) => [t.value, t.label]));
  g.attr('transform', `translate(0,${height - AXIS})`).call(
    axisBottom(x)
      .tickValues(ticks.map((t) => t.value))
      .tickFormat((v) => labels.get(Number(v)) ?? '')
      .tickSizeInner(-(height - AXIS - eraHeight))
      .tickSizeOuter(0)
      .tickPadding(6),
  );
  g.select('.domain').remove();
  // Labels at the edges would be cut in half: anchor them inside.
  g.selectAll<SVGTextElement, number>('.tick text').attr('text-anchor', (v) => {
    const px = x(v);
    return px < 24 ? 'start' : px > width - 24 ? 'end' : 'middle';
  });
}

/**
 * One link per event, in date order (the DOM order is the Tab order), replacing the layer's content;
 * each hidden until `placeLinks` shows it. Returns the links, by index of `events`.
 */
export function makeLinks(g: G, events: readonly TimelineEvent[]): SVGAElement[] {
  const doc = (g.node() as SVGGElement).ownerDocument;
  const frag = doc.createDocumentFragment();
  const marks = events.map((e, i) => {
    const a = doc.createElementNS(SVG_NS, 'a') as SVGAElement;
    a.setAttribute('href', `/events/${e.id}/`);
    a.setAttribute('class', 'tl-mark');
    a.setAttribute('data-i', String(i));
    a.setAttribute('data-id', e.id);
    a.setAttribute('tabindex', '-1');
    a.setAttribute('display', 'none');
    a.setAttribute('aria-label', `${e.title} (${eventDateText(e)})`);
    const p = doc.createElementNS(SVG_NS, 'path');
    p.setAttribute('class', `tl-sym ${e.cls}`);
    p.setAttribute('d', shapePath(e.cls, markRadius(e.reports.length)));
    a.append(p);
    frag.append(a);
    return a;
  });
  g.selectAll('*').remove();
  (g.node() as SVGGElement).append(frag);
  return marks;
}

/** Moves the links to their marks (`px`, `py`) and shows those in the view (`shown[i]` is 1). */
export function placeLinks(
  marks: readonly SVGAElement[],
  shown: Uint8Array,
  px: Float32Array,
  py: Float32Array,
): void {
  for (let i = 0; i < marks.length; i++) {
    const el = marks[i] as SVGAElement;
    const inView = shown[i] === 1;
    if (inView)
      el.setAttribute(
        'transform',
        `translate(${(px[i] ?? 0).toFixed(1)},${(py[i] ?? 0).toFixed(1)})`,
      );
    if (inView !== !el.hasAttribute('display')) {
      if (inView) el.removeAttribute('display');
      else el.setAttribute('display', 'none');
    }
  }
}

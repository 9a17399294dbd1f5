/**
 * The overview under the focus view: the whole time domain on a broken axis (when it reaches back
 * before 1800, the centuries before 1900 take the left 30 %), with the eras, a tick per event (one
 * path per class, not an element per event) and the window of the focus view. A press or a drag on it
 * moves the view there, keeping the zoom. Drawn with d3 into the document of the element it is given.
 */
import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { TimelineEvent, TimelineMeta } from '../data.ts';
import { GEOMETRY } from '../lanes.ts';
import { formatYear } from '../../dates/format.ts';
import type { G } from './layers.ts';

export interface Overview {
  /** Sets the overview's width (the focus view's) and its scale; `draw` then draws at that width. */
  setWidth(width: number): void;
  /** Eras, event ticks and the axis. */
  draw(events: readonly TimelineEvent[]): void;
  /** Moves the window to the focus view's range. */
  drawWindow(view: readonly [number, number]): void;
}

/**
 * The overview in `overviewEl` (its SVG served empty by the page, or made here). `onPress` gets the
 * date under the pointer on a press and while dragging.
 */
export function createOverview(
  overviewEl: HTMLElement,
  meta: Pick<TimelineMeta, 'domain' | 'eras'>,
  onPress: (at: number) => void,
): Overview {
  const [d0, d1] = meta.domain;
  let width = 0;
  const brk = d0 < 1800 ? 1900 : null;
  const xo = scaleLinear();
  const OV_H = GEOMETRY.overview;
  const existing = overviewEl.querySelector<SVGSVGElement>('svg.tl-ov');
  const ov = (existing ? select(existing) : select(overviewEl).append('svg'))
    .attr('class', 'tl-ov')
    .attr('aria-hidden', 'true')
    .attr('height', OV_H);
  const bands: G = ov.append('g');
  const ticks: G = ov.append('g');
  const axis: G = ov.append('g').attr('class', 'tl-ov-axis');
  const win = ov.append('rect').attr('class', 'tl-ov-window').attr('y', 1).attr('height', 30);

  function setWidth(w: number) {
    width = w;
    if (brk !== null) xo.domain([d0, brk, d1]).range([0, width * 0.3, width]);
    else xo.domain([d0, d1]).range([0, width]);
  }

  function drawWindow([a, b]: readonly [number, number]) {
    const xa = xo(a);
    win.attr('x', xa).attr('width', Math.max(3, xo(b) - xa));
  }

  function draw(events: readonly TimelineEvent[]) {
    ov.attr('width', width).attr('viewBox', `0 0 ${width} ${OV_H}`);
    bands
      .selectAll('rect')
      .data(meta.eras)
      .join('rect')
      .attr('class', 'tl-ov-era')
      .attr('x', (d) => xo(d.start))
      .attr('width', (d) => Math.max(1, xo(d.end) - xo(d.start)))
      .attr('y', 2)
      .attr('height', 8);
    // One path per class (a vertical stroke per event), not an element per event.
    const byClass = new Map<string, string[]>();
    for (const e of events) {
      let d = byClass.get(e.cls);
      if (!d) byClass.set(e.cls, (d = []));
      d.push(`M${xo(e.start).toFixed(1)},12V28`);
    }
    ticks
      .selectAll('path')
      .data([...byClass], (d) => (d as [string, string[]])[0])
      .join('path')
      .attr('class', ([cls]) => `tl-ov-tick ${cls}`)
      .attr('d', ([, d]) => d.join(''));
    // Labels at least 48 px apart (phones keep the break and the recent decades).
    const values: number[] = [];
    for (const v of [brk ?? NaN, 2000, 1950, 1500, 1000, 500, -100, ...xo.ticks(6)])
      if (
        v >= d0 &&
        v <= d1 &&
        xo(v) > 16 &&
        xo(v) < width - 16 &&
        values.every((u) => Math.abs(xo(u) - xo(v)) >= 48)
      )
        values.push(v);
    values.sort((a, b) => a - b);
    axis.attr('transform', 'translate(0,31)').call(
      axisBottom(xo)
        .tickValues(values)
        .tickFormat((v) => formatYear(Number(v) <= 0 ? Number(v) + 1 : Number(v)))
        .tickSizeOuter(0)
        .tickSize(3),
    );
    axis.selectAll('.tl-break').remove();
    if (brk !== null)
      axis
        .append('path')
        .attr('class', 'tl-break')
        .attr('d', `M${xo(brk) - 9},-5l4,-8l4,16l4,-16l4,8`);
  }

  // Press or drag to move the view there.
  const svgEl = ov.node() as SVGSVGElement;
  const press = (ev: PointerEvent) =>
    onPress(xo.invert(ev.clientX - svgEl.getBoundingClientRect().left));
  let dragging = false;
  ov.on('pointerdown', (ev: PointerEvent) => {
    dragging = true;
    svgEl.setPointerCapture(ev.pointerId);
    press(ev);
  })
    .on('pointermove', (ev: PointerEvent) => {
      if (dragging) press(ev);
    })
    .on('pointerup pointercancel', () => {
      dragging = false;
    });

  return { setWidth, draw, drawWindow };
}

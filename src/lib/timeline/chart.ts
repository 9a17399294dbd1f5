/**
 * The timeline chart, drawn with d3 submodules into the elements it is given (its document is theirs):
 * a focus view with era bands, lanes and marks that zooms and pans (d3-zoom: wheel, drag, touch,
 * and the page's buttons through `setView`/`zoomBy`), and an overview of the whole span on a broken
 * axis (the centuries before 1900 compressed into the left third) showing where the focus is.
 *
 * Marks are painted on a canvas laid over the SVG: per frame of a zoom, only the canvas is repainted
 * (2,000 SVG marks moved per frame cost 20 ms and more of style recalculation on our machines). Each
 * mark also has an SVG link (transparent, the hit target for hover, click and keyboard focus) that is
 * moved into place, and shown or hidden with the view, when a zoom gesture ends; rows are re-packed
 * then too. The links have a roving tabindex: one Tab stop, arrow keys in date order, Enter opens.
 */
import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { eventDateText, type TimelineEvent } from './data.ts';
import { wheelDelta, zoomFilter } from './input.ts';
import {
  assignRows,
  eraBandHeight,
  GEOMETRY,
  laneLayout,
  layoutRows,
  rowExtent,
  type Lane,
} from './lanes.ts';
import type { TimelineMeta } from './page.ts';
import { markRadius, shapePath } from './shapes.ts';
import { inRange } from './state.ts';
import { timeTicks } from './time.ts';
import { formatYear } from '../dates/format.ts';
import {
  shownTip,
  startsDelay,
  TIP_HIDE_DELAY,
  TIP_INITIAL,
  tipReducer,
  type TipAction,
} from './tooltip.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const { eraRow: ERA_ROW, laneLabel: LANE_LABEL, axis: AXIS } = GEOMETRY;
const MIN_SPAN = 1 / 24; // about a fortnight at the deepest zoom

export interface ChartCallbacks {
  /** The visible range changed; `final` when a gesture ended (or a programmatic change). */
  onView(view: [number, number], final: boolean): void;
  /** Fills the tooltip for an event (text only: nodes built with textContent). */
  describe(e: TimelineEvent, into: HTMLElement): void;
}

export interface SetEventsOptions {
  /** Start at this view (no zoom events, no `onView`). */
  view?: readonly [number, number];
  /**
   * Paint the marks only; the links (hit targets, keyboard) and the overview's ticks come with
   * `finish()`, in a later task (start-up: short tasks, the marks on screen first).
   */
  defer?: boolean;
}

export interface Chart {
  setEvents(
    events: readonly TimelineEvent[],
    lanes: readonly Lane[],
    laneOf: (e: TimelineEvent) => string,
    options?: SetEventsOptions,
  ): void;
  /** After `setEvents(…, { defer: true })`: the links for the marks (`part` 'links') or the overview. */
  finish(part: 'links' | 'overview'): void;
  /** Moves to a view; `animate` eases there in a quarter second (not with reduced motion). */
  setView(view: readonly [number, number], animate?: boolean): void;
  zoomBy(k: number, animate?: boolean): void;
  panBy(fraction: number, animate?: boolean): void;
  view(): [number, number];
  /** Number of marks currently drawn (inside the view). */
  visibleCount(): number;
}

/** A user-timing measure (read by scripts/bench/timeline.ts; harmless elsewhere). */
export function measure(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function createChart(
  focusEl: HTMLElement,
  overviewEl: HTMLElement,
  tooltip: HTMLElement,
  meta: TimelineMeta,
  cb: ChartCallbacks,
): Chart {
  const doc = focusEl.ownerDocument;
  const [d0, d1] = meta.domain;
  let width = Math.max(280, focusEl.clientWidth || 800);
  const x0 = scaleLinear().domain([d0, d1]).range([0, width]);
  let x = x0.copy();
  const dom = (): [number, number] => {
    const d = x.domain();
    return [d[0] ?? d0, d[1] ?? d1];
  };
  const view = dom;

  let events: TimelineEvent[] = [];
  // What each event takes on its row (its period and the line to its other dates): set with the events.
  let extents: Array<{ start: number; end: number }> = [];
  let laneIdx: Int32Array = new Int32Array(0);
  let rows: Int32Array = new Int32Array(0);
  let lanes: readonly Lane[] = [];
  let laneTop: number[] = [];
  /** Rows per lane and their pitch: fewer, closer rows with more lanes (the view's height is fixed). */
  let laneRows: number = GEOMETRY.maxRows;
  let rowH: number = GEOMETRY.row;
  let laneH = 0;
  let packedK = 0;
  let shown = new Uint8Array(0);
  /** Disputed events whose line to another date crosses the view, even when their own date is outside it. */
  let altShown = new Uint8Array(0);
  let marks: SVGAElement[] = [];
  let focusIndex = -1;
  let hoverIndex = -1;
  let focused = false;
  let px = new Float32Array(0);
  let py = new Float32Array(0);

  // Era bands: stacked in rows when they overlap.
  const eraRows = assignRows(meta.eras, 2);
  const eraHeight = eraBandHeight(eraRows);

  // The page serves the SVGs empty, with their final height (the box is reserved: nothing moves when
  // the chart is drawn); made here if missing.
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
  const gBands: G = svg
    .append('g')
    .attr('class', 'tl-bands')
    .attr('clip-path', `url(#${clipId})`)
    .attr('aria-hidden', 'true');
  const gLanes: G = svg.append('g').attr('class', 'tl-lanes').attr('aria-hidden', 'true');
  const gAxis: G = svg.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
  // tabindex -1: Chromium makes SVG elements with key or focus listeners focusable otherwise.
  const gMarks: G = svg.append('g').attr('class', 'tl-marks').attr('tabindex', '-1');
  let height = 0;

  // The canvas the marks are painted on, over the SVG; pointer events go through to the SVG.
  const canvas = doc.createElement('canvas');
  canvas.className = 'tl-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  focusEl.append(canvas);
  const ctx = canvas.getContext('2d');
  const win = doc.defaultView;
  const colours: Record<string, string> = {};
  const readColours = () => {
    const cs = win?.getComputedStyle(focusEl);
    for (const [k, v] of [
      ['verbal-cooperation', '--tl-vc'],
      ['material-cooperation', '--tl-mc'],
      ['verbal-conflict', '--tl-vx'],
      ['material-conflict', '--tl-mx'],
      ['bg', '--bg'],
      ['fg', '--fg'],
      ['focus', '--focus'],
    ])
      colours[k as string] = cs?.getPropertyValue(v as string).trim() || '#888';
  };
  readColours();
  win?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    readColours();
    paint();
  });
  const paths = new Map<string, Path2D>();
  const pathFor = (cls: string, reports: number) => {
    const key = `${cls}:${reports}`;
    let p = paths.get(key);
    if (!p) paths.set(key, (p = new Path2D(shapePath(cls, markRadius(reports)))));
    return p;
  };

  // Overview (context) on a broken axis.
  const ow = () => width;
  const brk = d0 < 1800 ? 1900 : null;
  const xo = scaleLinear();
  const setOverviewScale = () => {
    if (brk !== null) xo.domain([d0, brk, d1]).range([0, ow() * 0.3, ow()]);
    else xo.domain([d0, d1]).range([0, ow()]);
  };
  setOverviewScale();
  const OV_H = GEOMETRY.overview;
  const existingOv = overviewEl.querySelector<SVGSVGElement>('svg.tl-ov');
  const ov = (existingOv ? select(existingOv) : select(overviewEl).append('svg'))
    .attr('class', 'tl-ov')
    .attr('aria-hidden', 'true')
    .attr('height', OV_H);
  const ovBands: G = ov.append('g');
  const ovTicks: G = ov.append('g');
  const ovAxis: G = ov.append('g').attr('class', 'tl-ov-axis');
  const ovWindow = ov.append('rect').attr('class', 'tl-ov-window').attr('y', 1).attr('height', 30);

  function layoutLanes() {
    const layout = laneLayout(eraHeight, lanes.length);
    laneTop = layout.tops;
    laneRows = layout.rows;
    rowH = layout.rowHeight;
    laneH = layout.laneHeight;
    height = layout.height;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    clipRect.attr('width', width).attr('height', height);
    const lane = gLanes
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
      .attr('y', (_, i) => (laneTop[i] ?? 0) + 1)
      .attr('width', width)
      .attr('height', Math.floor(laneH) - 2)
      .attr('class', (_, i) => `tl-lane-bg${i % 2 ? ' odd' : ''}`);
    lane
      .select('text')
      .attr('x', 6)
      .attr('y', (_, i) => (laneTop[i] ?? 0) + 13)
      .text((d) => d.label);
  }

  function yOf(i: number): number {
    return (laneTop[laneIdx[i] ?? 0] ?? 0) + LANE_LABEL + rowH / 2 + 2 + (rows[i] ?? 0) * rowH;
  }

  function pack() {
    const k = (d1 - d0) / (dom()[1] - dom()[0]);
    packedK = k;
    const yearsPerPx = (dom()[1] - dom()[0]) / width;
    const packed = layoutRows(
      extents,
      (_, i) => String(laneIdx[i] ?? 0),
      laneRows,
      22 * yearsPerPx,
    );
    rows = Int32Array.from(packed);
  }

  function drawBands() {
    const [a, b] = dom();
    const visible = meta.eras
      .map((e, i) => ({ ...e, row: eraRows[i] ?? 0 }))
      .filter((e) => e.end > a && e.start < b);
    gBands
      .selectAll<SVGGElement, (typeof visible)[number]>('g')
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
            name.length * 6.2 > room
              ? `${name.slice(0, Math.max(0, Math.floor(room / 6.2) - 1))}…`
              : name,
          );
      });
  }

  function drawAxis() {
    const ticks = timeTicks(dom(), Math.max(3, Math.floor(width / 90)));
    const labels = new Map(ticks.map((t) => [t.value, t.label]));
    gAxis.attr('transform', `translate(0,${height - AXIS})`).call(
      axisBottom(x)
        .tickValues(ticks.map((t) => t.value))
        .tickFormat((v) => labels.get(Number(v)) ?? '')
        .tickSizeInner(-(height - AXIS - eraHeight))
        .tickSizeOuter(0)
        .tickPadding(6),
    );
    gAxis.select('.domain').remove();
    // Labels at the edges would be cut in half: anchor them inside.
    gAxis.selectAll<SVGTextElement, number>('.tick text').attr('text-anchor', (v) => {
      const px = x(v);
      return px < 24 ? 'start' : px > width - 24 ? 'end' : 'middle';
    });
  }

  /** Which events are in the view and where (memory only), then the canvas. Cheap: runs per frame. */
  function drawMarks() {
    const [a, b] = dom();
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TimelineEvent;
      const inView = inRange(e, a, b);
      shown[i] = inView ? 1 : 0;
      // The row extent holds the event's own period, so an event in view has its line checked too.
      altShown[i] =
        e.alt.length > 0 && inRange(extents[i] as { start: number; end: number }, a, b) ? 1 : 0;
      if (inView) px[i] = Math.min(width, Math.max(0, x(e.start)));
      if (inView || altShown[i]) py[i] = yOf(i);
    }
    if (focusIndex < 0 || !shown[focusIndex]) setRoving(firstShown());
    paint();
  }

  function paint() {
    if (!ctx) return;
    const dpr = win?.devicePixelRatio || 1;
    const cw = Math.round(width * dpr);
    const ch = Math.round(height * dpr);
    if (canvas.width !== cw || canvas.height !== ch) {
      canvas.width = cw;
      canvas.height = ch;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, eraHeight, width, height - eraHeight - AXIS);
    ctx.clip();
    // Periods (events with an end) as thin bars behind the marks.
    ctx.globalAlpha = 0.35;
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TimelineEvent;
      if (!shown[i] || !e.endIso) continue;
      const xa = Math.max(-2, x(e.start));
      ctx.fillStyle = colours[e.cls] ?? '#888';
      ctx.fillRect(xa, (py[i] ?? 0) - 2, Math.max(1, Math.min(width + 2, x(e.end)) - xa), 4);
    }
    // Other dates the reports give for a disputed event: a dashed line from the mark to a ring at each.
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = colours['fg'] ?? '#000';
    ctx.lineWidth = 1.25;
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TimelineEvent;
      if (!altShown[i]) continue;
      const y = py[i] ?? 0;
      // From the mark, or from just outside the edge when the event's own date is out of view.
      const from = shown[i] ? (px[i] ?? 0) : Math.min(width + 8, Math.max(-8, x(e.start)));
      for (const a of e.alt) {
        const xa = x(a);
        ctx.setLineDash([3, 3]);
        ctx.beginPath();
        ctx.moveTo(from, y);
        ctx.lineTo(xa, y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.arc(xa, y, 3.5, 0, 2 * Math.PI);
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 0.92;
    ctx.lineWidth = 1;
    ctx.strokeStyle = colours['bg'] ?? '#fff';
    for (let i = 0; i < events.length; i++) {
      if (!shown[i]) continue;
      const e = events[i] as TimelineEvent;
      const p = pathFor(e.cls, e.reports.length);
      ctx.setTransform(dpr, 0, 0, dpr, dpr * (px[i] ?? 0), dpr * (py[i] ?? 0));
      ctx.fillStyle = colours[e.cls] ?? '#888';
      ctx.fill(p);
      ctx.stroke(p);
    }
    ctx.globalAlpha = 1;
    for (const [i, colour, w] of [
      [hoverIndex, colours['fg'], 2],
      [focused ? focusIndex : -1, colours['focus'], 3],
    ] as Array<[number, string, number]>) {
      if (i < 0 || !shown[i]) continue;
      const e = events[i] as TimelineEvent;
      ctx.setTransform(dpr, 0, 0, dpr, dpr * (px[i] ?? 0), dpr * (py[i] ?? 0));
      ctx.lineWidth = w;
      ctx.strokeStyle = colour ?? '#000';
      ctx.stroke(pathFor(e.cls, e.reports.length));
    }
    ctx.restore();
  }

  /** Moves the links (hit targets, focus) to the marks and shows those in view. Runs when a gesture ends. */
  function syncAnchors() {
    if (marks.length !== events.length) return; // links not made yet (setEvents deferred them)
    const t = performance.now();
    for (let i = 0; i < events.length; i++) {
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
    measure('timeline:anchors', t);
  }

  function drawOverviewWindow() {
    const [a, b] = dom();
    const xa = xo(a);
    ovWindow.attr('x', xa).attr('width', Math.max(3, xo(b) - xa));
  }

  function drawOverview() {
    ov.attr('width', width).attr('viewBox', `0 0 ${width} ${OV_H}`);
    ovBands
      .selectAll('rect')
      .data(meta.eras)
      .join('rect')
      .attr('class', 'tl-ov-era')
      .attr('x', (d) => xo(d.start))
      .attr('width', (d) => Math.max(1, xo(d.end) - xo(d.start)))
      .attr('y', 2)
      .attr('height', 8);
    // One path per class (a vertical stroke per event), not an element per event.
    const ticks = new Map<string, string[]>();
    for (const e of events) {
      let d = ticks.get(e.cls);
      if (!d) ticks.set(e.cls, (d = []));
      d.push(`M${xo(e.start).toFixed(1)},12V28`);
    }
    ovTicks
      .selectAll('path')
      .data([...ticks], (d) => (d as [string, string[]])[0])
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
    ovAxis.attr('transform', 'translate(0,31)').call(
      axisBottom(xo)
        .tickValues(values)
        .tickFormat((v) => formatYear(Number(v) <= 0 ? Number(v) + 1 : Number(v)))
        .tickSizeOuter(0)
        .tickSize(3),
    );
    ovAxis.selectAll('.tl-break').remove();
    if (brk !== null)
      ovAxis
        .append('path')
        .attr('class', 'tl-break')
        .attr('d', `M${xo(brk) - 9},-5l4,-8l4,16l4,-16l4,8`);
  }

  function redraw() {
    const t = performance.now();
    drawBands();
    drawAxis();
    drawMarks();
    drawOverviewWindow();
    if (tipShown >= 0) placeTip(tipShown);
    measure('timeline:redraw', t);
  }

  // Roving tabindex over the marks shown, in date order (the order of `events`).
  function firstShown(): number {
    return shown.indexOf(1);
  }
  function setRoving(i: number) {
    if (focusIndex >= 0) marks[focusIndex]?.setAttribute('tabindex', '-1');
    focusIndex = i;
    if (i >= 0 && marks[i]) marks[i].setAttribute('tabindex', '0');
  }
  /** The next mark in the view in date order; past the view's edge, the next event (the view follows). */
  function nextShown(i: number, step: 1 | -1): number {
    for (let j = i + step; j >= 0 && j < events.length; j += step) if (shown[j]) return j;
    return i + step;
  }
  function moveFocus(i: number) {
    if (i < 0 || i >= events.length) return;
    if (!shown[i]) {
      // Pan so the event is inside the view, keeping the zoom.
      const [a, b] = dom();
      const e = events[i] as TimelineEvent;
      const span = b - a;
      setView([e.start - span / 2, e.start + span / 2]);
    }
    setRoving(i);
    marks[i]?.focus();
  }

  gMarks.on('keydown', (ev: KeyboardEvent) => {
    const i = focusIndex;
    let next: number | null = null;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') next = nextShown(i, 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') next = nextShown(i, -1);
    else if (ev.key === 'Home') next = firstShown();
    else if (ev.key === 'End') next = shown.lastIndexOf(1);
    else if (ev.key === 'Enter') {
      const href = marks[i]?.getAttribute('href');
      if (href) {
        ev.preventDefault();
        doc.location.assign(href);
      }
      return;
    } else return;
    if (next === null) return;
    ev.preventDefault();
    moveFocus(Math.max(0, Math.min(events.length - 1, next)));
  });

  // The tooltip (WCAG 2.2 SC 1.4.13): the pointer can move onto it (hiding waits a moment, and the
  // pointer over it keeps it), Escape hides it without moving focus, and it stays until the pointer
  // and focus have left. When it shows is `tipReducer`'s (tooltip.ts); where, this.
  let tip = TIP_INITIAL;
  let tipShown = -1;
  let tipTimer: ReturnType<typeof setTimeout> | undefined;
  function placeTip(i: number) {
    const e = events[i];
    if (!e || !shown[i]) {
      tooltip.hidden = true;
      return;
    }
    tooltip.hidden = false;
    const left = Math.min(width, Math.max(0, x(e.start)));
    // Its top edge overlaps the mark's lower edge a little: no gap to cross (where another mark could
    // take the hover) on the way from the mark to the tooltip.
    const top = yOf(i) + Math.round(markRadius(e.reports.length) * 0.8) + focusEl.offsetTop;
    const w = tooltip.offsetWidth;
    tooltip.style.left = `${Math.max(0, Math.min(width - w, left - w / 2)) + focusEl.offsetLeft}px`;
    tooltip.style.top = `${top}px`;
  }
  function tipDispatch(a: TipAction) {
    tip = tipReducer(tip, a);
    if (startsDelay(a)) {
      clearTimeout(tipTimer);
      tipTimer = setTimeout(() => tipDispatch({ type: 'delay-over' }), TIP_HIDE_DELAY);
    }
    const i = shownTip(tip);
    const repaint = tip.hover !== hoverIndex;
    hoverIndex = tip.hover;
    if (i !== tipShown) {
      marks[tipShown]?.removeAttribute('aria-describedby');
      tipShown = i;
      const e = events[i];
      if (e && marks[i]) {
        cb.describe(e, tooltip);
        marks[i].setAttribute('aria-describedby', tooltip.id);
        placeTip(i);
      } else tooltip.hidden = true;
    }
    if (repaint) paint();
  }
  const indexOf = (target: EventTarget | null) => {
    const a = (target as Element | null)?.closest?.('a.tl-mark');
    return a ? Number(a.getAttribute('data-i')) : -1;
  };
  gMarks
    .on('mouseover', (ev: MouseEvent) => {
      const i = indexOf(ev.target);
      if (i >= 0) tipDispatch({ type: 'enter-mark', i });
    })
    .on('mouseout', () => tipDispatch({ type: 'leave-mark' }))
    .on('focusin', (ev: FocusEvent) => {
      const i = indexOf(ev.target);
      if (i >= 0) {
        setRoving(i);
        focused = true;
        tipDispatch({ type: 'focus', i });
        paint();
      }
    })
    .on('focusout', () => {
      focused = false;
      tipDispatch({ type: 'blur' });
      paint();
    });
  tooltip.addEventListener('mouseenter', () => tipDispatch({ type: 'enter-tip' }));
  tooltip.addEventListener('mouseleave', () => tipDispatch({ type: 'leave-tip' }));
  // Escape hides the tooltip wherever focus is (hover needs no focus); focus stays where it is.
  doc.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && tipShown >= 0) tipDispatch({ type: 'escape' });
  });

  // Zoom behaviour.
  const maxK = (d1 - d0) / MIN_SPAN;
  const zoomer = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxK])
    .filter((ev: Event) => zoomFilter(ev as Event & Parameters<typeof zoomFilter>[0]))
    .wheelDelta((ev: WheelEvent) => wheelDelta(ev))
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (quiet) return;
      x = ev.transform.rescaleX(x0);
      if (tip.hover >= 0) tipDispatch({ type: 'view' });
      redraw();
      cb.onView(view(), false);
    })
    .on('end', () => {
      if (quiet) return;
      const k = (d1 - d0) / (dom()[1] - dom()[0]);
      if (packedK === 0 || k / packedK > 1.5 || packedK / k > 1.5) {
        const t = performance.now();
        pack();
        drawMarks();
        measure('timeline:repack', t);
      }
      syncAnchors();
      cb.onView(view(), true);
    });
  const setExtents = () => {
    zoomer.extent([
      [0, 0],
      [width, Math.max(1, height)],
    ]);
    zoomer.translateExtent([
      [0, 0],
      [width, Math.max(1, height)],
    ]);
  };
  setExtents();
  svg.call(zoomer).on('dblclick.zoom', null);
  // d3-zoom sets touch-action: none, which keeps every touch for the chart: a finger scrolling down a
  // phone page would be caught by it, as the wheel was. One finger scrolls the page (the filter leaves
  // single touches alone); two fingers pan and pinch the chart.
  svg.style('touch-action', 'pan-y');
  /** While set, zoom events only move the transform (setEvents with a view draws once itself). */
  let quiet = false;

  const reducedMotion = () => win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  /** The selection to apply a zoom to: animated (a quarter second) unless asked not to or reduced motion. */
  const target = (animate: boolean) =>
    animate && !reducedMotion() ? svg.transition().duration(250) : svg;

  function setView(v: readonly [number, number], animate = false) {
    let [a, b] = v;
    if (!(b - a >= MIN_SPAN)) {
      const c = (a + b) / 2;
      a = c - MIN_SPAN / 2;
      b = c + MIN_SPAN / 2;
    }
    const span = Math.min(b - a, d1 - d0);
    a = Math.max(d0, Math.min(a, d1 - span));
    const k = (d1 - d0) / span;
    const t = zoomIdentity.scale(k).translate(-x0(a), 0);
    zoomer.transform(target(animate), t);
  }

  function zoomBy(k: number, animate = false) {
    // From the keyboard on a mark (+ and −): around that mark, so it stays in view and keeps the focus.
    const i = focusIndex;
    if (i >= 0 && shown[i] && doc.activeElement === marks[i])
      zoomer.scaleBy(target(animate), k, [px[i] ?? 0, 0]);
    else zoomer.scaleBy(target(animate), k);
  }

  function panBy(fraction: number, animate = false) {
    const [a, b] = dom();
    const d = (b - a) * fraction;
    setView([a + d, b + d], animate);
  }

  function setEvents(
    list: readonly TimelineEvent[],
    laneList: readonly Lane[],
    laneOf: (e: TimelineEvent) => string,
    options: SetEventsOptions = {},
  ) {
    events = [...list];
    extents = events.map(rowExtent);
    lanes = laneList;
    const index = new Map(lanes.map((l, i) => [l.key, i]));
    laneIdx = Int32Array.from(events.map((e) => index.get(laneOf(e)) ?? lanes.length - 1));
    layoutLanes();
    setExtents();
    if (options.view) {
      quiet = true;
      setView(options.view);
      quiet = false;
      x = zoomTransform(svg.node() as SVGSVGElement).rescaleX(x0);
    }
    pack();
    marks = [];
    gMarks.selectAll('*').remove();
    shown = new Uint8Array(events.length);
    altShown = new Uint8Array(events.length);
    px = new Float32Array(events.length);
    py = new Float32Array(events.length);
    focusIndex = -1;
    tipDispatch({ type: 'reset' });
    if (!options.defer) {
      makeLinks();
      drawOverview();
    }
    redraw();
    syncAnchors();
  }

  /** One <a> per event, in date order (the DOM order is the Tab order). */
  function makeLinks() {
    const t = performance.now();
    const frag = doc.createDocumentFragment();
    marks = [];
    events.forEach((e, i) => {
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
      marks.push(a);
    });
    gMarks.selectAll('*').remove();
    (gMarks.node() as SVGGElement).append(frag);
    measure('timeline:links', t);
  }

  function finish(part: 'links' | 'overview') {
    if (part === 'overview') return drawOverview();
    if (marks.length === events.length) return;
    makeLinks();
    const i = focusIndex;
    focusIndex = -1;
    setRoving(i >= 0 ? i : firstShown());
    syncAnchors();
  }

  // Keep the chart as wide as its container.
  const ro = new ResizeObserver(() => {
    const w = Math.max(280, focusEl.clientWidth);
    if (Math.abs(w - width) < 2) return;
    const v = view();
    width = w;
    x0.range([0, width]);
    setOverviewScale();
    layoutLanes();
    setExtents();
    drawOverview();
    setView(v);
  });
  ro.observe(focusEl);

  // Overview: press or drag to move the view there, keeping the zoom.
  const centreAt = (ev: PointerEvent) => {
    const rect = (ov.node() as SVGSVGElement).getBoundingClientRect();
    const c = xo.invert(ev.clientX - rect.left);
    const [a, b] = dom();
    const span = b - a;
    setView([c - span / 2, c + span / 2]);
  };
  let dragging = false;
  ov.on('pointerdown', (ev: PointerEvent) => {
    dragging = true;
    (ov.node() as SVGSVGElement).setPointerCapture(ev.pointerId);
    centreAt(ev);
  })
    .on('pointermove', (ev: PointerEvent) => {
      if (dragging) centreAt(ev);
    })
    .on('pointerup pointercancel', () => {
      dragging = false;
    });

  return {
    setEvents,
    finish,
    setView,
    zoomBy,
    panBy,
    view,
    visibleCount: () => shown.reduce((n, s) => n + s, 0),
  };
}

/**
 * The timeline chart, drawn with d3 submodules into the elements it is given (its document is theirs):
 * a focus view with era bands, lanes and marks that zooms and pans (d3-zoom: wheel, drag, touch,
 * and the page's buttons through `setView`/`zoomBy`), and an overview of the whole span on a broken
 * axis (the centuries before 1900 compressed into the left third) showing where the focus is.
 *
 * Marks are painted on a canvas laid over the SVG (chart/painter.ts): per frame of a zoom, only the
 * canvas is repainted. Each mark also has an SVG link (chart/layers.ts: transparent, the hit target for
 * hover, click and keyboard focus) that is moved into place, and shown or hidden with the view, when a
 * zoom gesture ends; rows are re-packed then too. The links have a roving tabindex (chart/keyboard.ts)
 * and a tooltip (chart/tooltip-view.ts); the overview is chart/overview.ts. This module holds what ties
 * them together: the scale and the zoom, the events and where they are, and the resize.
 */
import { scaleLinear } from 'd3-scale';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { TimelineEvent, TimelineMeta } from './data.ts';
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
import { inRange } from './state.ts';
import { createRoving, firstShown } from './chart/keyboard.ts';
import {
  createFocusLayers,
  drawAxis,
  drawBands,
  drawLanes,
  makeLinks,
  placeLinks,
  sizeFocus,
  type EraBand,
} from './chart/layers.ts';
import { createOverview } from './chart/overview.ts';
import { createPainter } from './chart/painter.ts';
import { createTooltipView } from './chart/tooltip-view.ts';

const { laneLabel: LANE_LABEL } = GEOMETRY;
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

export function createChart(
  focusEl: HTMLElement,
  overviewEl: HTMLElement,
  tooltip: HTMLElement,
  meta: TimelineMeta,
  cb: ChartCallbacks,
): Chart {
  const doc = focusEl.ownerDocument;
  const win = doc.defaultView;
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
  let packedK = 0;
  let shown = new Uint8Array(0);
  /** Disputed events whose line to another date crosses the view, even when their own date is outside it. */
  let altShown = new Uint8Array(0);
  let marks: SVGAElement[] = [];
  let focused = false;
  let px = new Float32Array(0);
  let py = new Float32Array(0);
  let height = 0;

  // Era bands: stacked in rows when they overlap.
  const eraRows = assignRows(meta.eras, 2);
  const eraHeight = eraBandHeight(eraRows);
  const eras: EraBand[] = meta.eras.map((e, i) => ({ ...e, row: eraRows[i] ?? 0 }));

  const layers = createFocusLayers(focusEl);
  const { svg } = layers;
  const painter = createPainter(focusEl, () => paint());
  /** Pans so that the view is centred on `c`, keeping the zoom. */
  const centreOn = (c: number) => {
    const [a, b] = dom();
    const span = b - a;
    setView([c - span / 2, c + span / 2]);
  };
  // The overview: a press or a drag there moves the view; the keys: past the view's edge, it follows.
  const overview = createOverview(overviewEl, meta, centreOn);
  overview.setWidth(width);
  const roving = createRoving(layers.marks, {
    marks: () => marks,
    shown: () => shown,
    reveal: (i) => centreOn((events[i] as TimelineEvent).start),
  });
  const tip = createTooltipView(tooltip, layers.marks, focusEl, {
    event: (i) => events[i],
    mark: (i) => marks[i],
    anchor: (i) => {
      const e = events[i];
      return e && shown[i] ? { x: x(e.start), y: yOf(i) } : null;
    },
    width: () => width,
    describe: (e, into) => cb.describe(e, into),
    focusChanged(i) {
      if (i >= 0) roving.set(i);
      focused = i >= 0;
    },
    repaint: () => paint(),
  });

  function layoutLanes() {
    const layout = laneLayout(eraHeight, lanes.length);
    laneTop = layout.tops;
    laneRows = layout.rows;
    rowH = layout.rowHeight;
    height = layout.height;
    sizeFocus(layers, width, height);
    drawLanes(layers.lanes, lanes, layout, width);
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
    if (roving.index < 0 || !shown[roving.index]) roving.set(firstShown(shown));
    paint();
  }

  function paint() {
    painter.paint({
      width,
      height,
      eraHeight,
      x,
      events,
      shown,
      altShown,
      px,
      py,
      hover: tip.hover,
      focus: focused ? roving.index : -1,
    });
  }

  /** Moves the links (hit targets, focus) to the marks and shows those in view. Runs when a gesture ends. */
  function syncAnchors() {
    if (marks.length !== events.length) return; // links not made yet (setEvents deferred them)
    const t = performance.now();
    placeLinks(marks, shown, px, py);
    measure('timeline:anchors', t);
  }

  function redraw() {
    const t = performance.now();
    const size = { width, height, eraHeight };
    drawBands(layers.bands, eras, x, size);
    drawAxis(layers.axis, x, size);
    drawMarks();
    overview.drawWindow(dom());
    tip.place();
    measure('timeline:redraw', t);
  }

  // Zoom behaviour.
  const maxK = (d1 - d0) / MIN_SPAN;
  const zoomer = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxK])
    .filter((ev: Event) => zoomFilter(ev as Event & Parameters<typeof zoomFilter>[0]))
    .wheelDelta((ev: WheelEvent) => wheelDelta(ev))
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (quiet) return;
      x = ev.transform.rescaleX(x0);
      tip.viewMoved();
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
    const i = roving.index;
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
    layers.marks.selectAll('*').remove();
    shown = new Uint8Array(events.length);
    altShown = new Uint8Array(events.length);
    px = new Float32Array(events.length);
    py = new Float32Array(events.length);
    roving.reset();
    tip.reset();
    if (!options.defer) {
      links();
      overview.draw(events);
    }
    redraw();
    syncAnchors();
  }

  /** One link per event, in date order (the DOM order is the Tab order). */
  function links() {
    const t = performance.now();
    marks = makeLinks(layers.marks, events);
    measure('timeline:links', t);
  }

  function finish(part: 'links' | 'overview') {
    if (part === 'overview') return overview.draw(events);
    if (marks.length === events.length) return;
    links();
    const i = roving.index;
    roving.reset();
    roving.set(i >= 0 ? i : firstShown(shown));
    syncAnchors();
  }

  // Keep the chart as wide as its container.
  const ro = new ResizeObserver(() => {
    const w = Math.max(280, focusEl.clientWidth);
    if (Math.abs(w - width) < 2) return;
    const v = view();
    width = w;
    x0.range([0, width]);
    overview.setWidth(width);
    layoutLanes();
    setExtents();
    overview.draw(events);
    setView(v);
  });
  ro.observe(focusEl);

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

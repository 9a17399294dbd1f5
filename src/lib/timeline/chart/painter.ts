/**
 * The marks, painted on a canvas laid over the focus view's SVG (pointer events go through to the
 * SVG's links): per frame of a zoom only the canvas is repainted, since moving 2,000 SVG marks per
 * frame cost 20 ms and more of style recalculation. Painted: a thin bar for each event with a period,
 * a dashed line from a disputed event's mark to a ring at each other date the reports give, the mark
 * (shape by class, size by reports), and an outline on the hovered and the focused mark. Colours come
 * from the page's CSS custom properties, read again when the colour scheme changes.
 */
import type { TimelineEvent } from '../data.ts';
import { GEOMETRY } from '../lanes.ts';
import { markRadius, shapePath } from '../shapes.ts';

const { axis: AXIS } = GEOMETRY;

/** What a frame paints: the view's size and scale, the events, which are in view and where. */
export interface PaintFrame {
  width: number;
  height: number;
  /** Height of the era rows above the lanes (nothing is painted over them). */
  eraHeight: number;
  x: (v: number) => number;
  events: readonly TimelineEvent[];
  /** 1 for an event in the view. */
  shown: Uint8Array;
  /** 1 for a disputed event whose line to another date crosses the view. */
  altShown: Uint8Array;
  /** Where each mark in the view is (`px` only for those shown, `py` for those with a line too). */
  px: Float32Array;
  py: Float32Array;
  /** The hovered mark and the focused mark, outlined; -1 for none. */
  hover: number;
  focus: number;
}

/** The canvas property of each class and colour, and the custom property it comes from. */
const COLOUR_PROPERTIES: ReadonlyArray<[string, string]> = [
  ['verbal-cooperation', '--tl-vc'],
  ['material-cooperation', '--tl-mc'],
  ['verbal-conflict', '--tl-vx'],
  ['material-conflict', '--tl-mx'],
  ['bg', '--bg'],
  ['fg', '--fg'],
  ['focus', '--focus'],
];

export interface Painter {
  paint(frame: PaintFrame): void;
}

/**
 * Adds the canvas to `focusEl` (after the SVG). `onScheme` runs when the colour scheme changes, after
 * the colours are read again: the chart repaints then.
 */
export function createPainter(focusEl: HTMLElement, onScheme: () => void): Painter {
  const doc = focusEl.ownerDocument;
  const win = doc.defaultView;
  const canvas = doc.createElement('canvas');
  canvas.className = 'tl-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  focusEl.append(canvas);
  const ctx = canvas.getContext('2d');
  const colours: Record<string, string> = {};
  const readColours = () => {
    const cs = win?.getComputedStyle(focusEl);
    for (const [k, v] of COLOUR_PROPERTIES) colours[k] = cs?.getPropertyValue(v).trim() || '#888';
  };
  readColours();
  win?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    readColours();
    onScheme();
  });
  const paths = new Map<string, Path2D>();
  const pathFor = (cls: string, reports: number) => {
    const key = `${cls}:${reports}`;
    let p = paths.get(key);
    if (!p) paths.set(key, (p = new Path2D(shapePath(cls, markRadius(reports)))));
    return p;
  };

  function paint(f: PaintFrame) {
    if (!ctx) return;
    const { width, height, eraHeight, x, events, shown, altShown, px, py } = f;
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
      [f.hover, colours['fg'], 2],
      [f.focus, colours['focus'], 3],
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

  return { paint };
}

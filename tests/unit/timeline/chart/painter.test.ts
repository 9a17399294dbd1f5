import { scaleLinear } from 'd3-scale';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPainter,
  type Painter,
  type PaintFrame,
} from '../../../../src/lib/timeline/chart/painter.ts';
import { inRange } from '../../../../src/lib/timeline/state.ts';
import { roundNumbers } from '../../../helpers/svg.ts';
import { sampleEvents } from '../../../fixtures/timeline/sample.ts';

/**
 * A 2D context that writes down what is drawn: each call with its arguments and each property set,
 * numbers rounded; a Path2D stands for its path data.
 */
function recordingContext() {
  const log: string[] = [];
  const text = (v: unknown) =>
    v instanceof FakePath ? `path(${v.d})` : Array.isArray(v) ? `[${v.join(',')}]` : String(v);
  const ctx = new Proxy({} as Record<string, unknown>, {
    get:
      (_, name: string) =>
      (...args: unknown[]) => {
        log.push(roundNumbers(`${name}(${args.map(text).join(', ')})`, 2));
      },
    set: (_, name: string, value: unknown) => {
      log.push(roundNumbers(`${name} = ${text(value)}`, 2));
      return true;
    },
  });
  return { ctx, log };
}
class FakePath {
  readonly d: string;
  constructor(d: string) {
    this.d = d;
  }
}

const COLOURS = {
  '--tl-vc': '#1b7837',
  '--tl-mc': '#5aae61',
  '--tl-vx': '#c2a5cf',
  '--tl-mx': '#762a83',
  '--bg': '#ffffff',
  '--fg': '#111111',
  '--focus': '#0055cc',
};

const events = sampleEvents();
const WIDTH = 800;
const HEIGHT = 507;

/** A frame of the view [a, b), each event in row `i % 4` of one lane (the chart's layout aside). */
function frame(a: number, b: number, over: Partial<PaintFrame> = {}): PaintFrame {
  const x = scaleLinear().domain([a, b]).range([0, WIDTH]);
  const shown = Uint8Array.from(events, (e) => (inRange(e, a, b) ? 1 : 0));
  const altShown = Uint8Array.from(events, (e) =>
    e.alt.length &&
    inRange({ start: Math.min(e.start, ...e.alt), end: Math.max(e.end, ...e.alt) }, a, b)
      ? 1
      : 0,
  );
  return {
    width: WIDTH,
    height: HEIGHT,
    eraHeight: 36,
    x,
    events,
    shown,
    altShown,
    px: Float32Array.from(events, (e) => Math.min(WIDTH, Math.max(0, x(e.start)))),
    py: Float32Array.from(events, (_, i) => 60 + (i % 4) * 17),
    hover: -1,
    focus: -1,
    ...over,
  };
}

let log: string[];
let canvas: HTMLCanvasElement;
let focusEl: HTMLElement;
let painter: Painter;

beforeEach(() => {
  const win = new JSDOM('<!doctype html><div id="tl-focus"><svg class="tl-svg"></svg></div>')
    .window;
  focusEl = win.document.getElementById('tl-focus') as HTMLElement;
  for (const [k, v] of Object.entries(COLOURS)) focusEl.style.setProperty(k, v);
  const recording = recordingContext();
  log = recording.log;
  win.HTMLCanvasElement.prototype.getContext = (() => recording.ctx) as never;
  vi.stubGlobal('Path2D', FakePath);
  painter = createPainter(focusEl, () => {});
  canvas = focusEl.querySelector('canvas') as HTMLCanvasElement;
});
afterEach(() => vi.unstubAllGlobals());

describe('the canvas', () => {
  it('goes after the SVG, hidden from assistive technology', () => {
    expect([...focusEl.children].map((c) => c.localName)).toEqual(['svg', 'canvas']);
    expect(canvas.className).toBe('tl-canvas');
    expect(canvas.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('a painted frame', () => {
  it('draws the periods, the line to a disputed date and the marks of the events in view', () => {
    log.length = 0;
    painter.paint(frame(2014.3, 2015));
    // May to December 2014: the oil rig crisis and its periods, the disputed delegation visit (16–18
    // October; Hayton also gives the 20th), every class.
    expect(log).toMatchSnapshot();
  });

  it('uses the page’s colours: each class its own, the outline the background', () => {
    log.length = 0;
    painter.paint(frame(2014.3, 2015));
    expect(log).toContain('fillStyle = #762a83');
    expect(log).toContain('strokeStyle = #ffffff');
    expect(log.filter((l) => l.startsWith('fill(')).length).toBe(
      events.filter((e) => inRange(e, 2014.3, 2015)).length,
    );
  });

  it('outlines the hovered mark in the text colour and the focused one in the focus colour', () => {
    const f = frame(2014.3, 2015);
    const i = events.findIndex((e) => e.id === '2014-pla-junior-officers-visit');
    const j = events.findIndex((e) => e.id === '2014-us-arms-embargo-eased');
    log.length = 0;
    painter.paint({ ...f, hover: i, focus: j });
    const tail = log.slice(log.lastIndexOf('globalAlpha = 1'));
    expect(tail).toMatchSnapshot();
    log.length = 0;
    painter.paint({ ...f, hover: 0, focus: -1 }); // 938: not in the view, no outline
    expect(log.slice(log.lastIndexOf('globalAlpha = 1'))).toEqual(['globalAlpha = 1', 'restore()']);
  });

  it('sizes the canvas for the device pixels, once', () => {
    painter.paint(frame(2014, 2015));
    expect([canvas.width, canvas.height]).toEqual([WIDTH, HEIGHT]);
    expect(canvas.style.width).toBe(`${WIDTH}px`);
    log.length = 0;
    painter.paint(frame(2014, 2015));
    expect(log.some((l) => l.startsWith('width ='))).toBe(false);
  });
});

import { scaleLinear } from 'd3-scale';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createFocusLayers,
  drawAxis,
  drawBands,
  drawLanes,
  makeLinks,
  placeLinks,
  sizeFocus,
  type EraBand,
  type FocusLayers,
} from '../../../../src/lib/timeline/chart/layers.ts';
import {
  actorLanes,
  assignRows,
  DYAD_LANES,
  eraBandHeight,
  laneLayout,
} from '../../../../src/lib/timeline/lanes.ts';
import { inRange } from '../../../../src/lib/timeline/state.ts';
import { normaliseSvg } from '../../../helpers/svg.ts';
import { sampleEras, sampleEvents } from '../../../fixtures/timeline/sample.ts';

const WIDTH = 800;
const events = sampleEvents();
const eras = sampleEras();
const eraRows = assignRows(eras, 2);
const bands: EraBand[] = eras.map((e, i) => ({ ...e, row: eraRows[i] ?? 0 }));
const eraHeight = eraBandHeight(eraRows);
const layout = laneLayout(eraHeight, DYAD_LANES.length);
const size = { width: WIDTH, height: layout.height, eraHeight };
const view = (a: number, b: number) => scaleLinear().domain([a, b]).range([0, WIDTH]);

let doc: Document;
let focusEl: HTMLElement;
let layers: FocusLayers;

beforeEach(() => {
  doc = new JSDOM('<!doctype html><div id="tl-focus"><svg class="tl-svg"></svg></div>').window
    .document;
  focusEl = doc.getElementById('tl-focus') as HTMLElement;
  layers = createFocusLayers(focusEl);
});

const svgOf = () => focusEl.querySelector('svg') as SVGSVGElement;
const node = (g: FocusLayers['lanes']) => g.node() as SVGGElement;

describe('the focus view SVG', () => {
  it('fills the SVG the page serves with the layers in drawing order, sized to the view', () => {
    sizeFocus(layers, WIDTH, layout.height);
    expect(focusEl.querySelectorAll('svg')).toHaveLength(1);
    expect(normaliseSvg(svgOf())).toMatchSnapshot();
  });

  it('makes the SVG when the page has none', () => {
    const bare = new JSDOM('<!doctype html><div></div>').window.document.querySelector('div')!;
    createFocusLayers(bare as HTMLElement);
    expect(bare.querySelector('svg.tl-svg > g.tl-marks')).not.toBeNull();
  });
});

describe('lanes', () => {
  it('draws the five dyad lanes, alternately tinted, with their labels', () => {
    drawLanes(layers.lanes, DYAD_LANES, layout, WIDTH);
    expect(normaliseSvg(node(layers.lanes))).toMatchSnapshot();
  });

  it('switches to the actor lanes of the sample in the same height, and back', () => {
    drawLanes(layers.lanes, DYAD_LANES, layout, WIDTH);
    const names = new Map([
      ['vietnam', 'Vietnam'],
      ['china', 'China'],
      ['united-states', 'United States'],
    ]);
    const lanes = actorLanes(events, names, 6);
    const actorLayout = laneLayout(eraHeight, lanes.length);
    drawLanes(layers.lanes, lanes, actorLayout, WIDTH);
    expect(actorLayout.height).toBe(layout.height);
    expect(normaliseSvg(node(layers.lanes))).toMatchSnapshot();
    drawLanes(layers.lanes, DYAD_LANES, layout, WIDTH);
    expect(node(layers.lanes).querySelectorAll('g')).toHaveLength(5);
  });
});

describe('era bands', () => {
  it('draws the eras that meet the default view (1945 on), in their rows', () => {
    drawBands(layers.bands, bands, view(1945, 2026), size);
    const label = (id: string) =>
      [...node(layers.bands).querySelectorAll('g.tl-era')]
        .find((g) => (g as unknown as { __data__: EraBand }).__data__.id === id)
        ?.querySelector('text')?.textContent;
    // Under 48 px (Đổi Mới, four years): no name. Nine years: the name cut short.
    expect(label('doi-moi')).toBe('');
    expect(label('normalisation')).toBe('Normalisatio…');
    // A band narrower than a letter (the 2014 crisis, a few months) shows nothing, not a lone "…".
    expect(label('oil-rig-crisis-2014')).toBe('');
    expect(normaliseSvg(node(layers.bands))).toMatchSnapshot();
  });

  it('writes a name in full where its band has room', () => {
    drawBands(layers.bands, bands, view(1970, 1995), size);
    const labels = [...node(layers.bands).querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('The 1979 war and the border conflict');
    expect(normaliseSvg(node(layers.bands))).toMatchSnapshot();
  });

  it('removes the bands that leave the view', () => {
    drawBands(layers.bands, bands, view(-150, 2026), size);
    const all = node(layers.bands).querySelectorAll('g.tl-era').length;
    expect(all).toBe(eras.length);
    drawBands(layers.bands, bands, view(2014, 2015), size);
    expect(node(layers.bands).querySelectorAll('g.tl-era').length).toBeLessThan(all);
    expect(normaliseSvg(node(layers.bands))).toMatchSnapshot();
  });
});

describe('time axis', () => {
  it('labels decades over the default view, with grid lines up to the era rows', () => {
    drawAxis(layers.axis, view(1945, 2026), size);
    expect(normaliseSvg(node(layers.axis))).toMatchSnapshot();
  });

  it('labels months over a year, and keeps the labels at the edges inside the view', () => {
    drawAxis(layers.axis, view(2014, 2015), size);
    const anchors = [...node(layers.axis).querySelectorAll('.tick text')].map((t) =>
      t.getAttribute('text-anchor'),
    );
    expect(anchors[0]).toBe('start');
    expect(normaliseSvg(node(layers.axis))).toMatchSnapshot();
  });

  it('labels centuries across the whole span, BCE included', () => {
    drawAxis(layers.axis, view(-120, 2026), size);
    expect(node(layers.axis).querySelector('.domain')).toBeNull();
    expect(normaliseSvg(node(layers.axis))).toMatchSnapshot();
  });
});

describe('links over the marks', () => {
  it('makes one hidden link per event in date order, named by title and date', () => {
    const marks = makeLinks(layers.marks, events);
    expect(marks).toHaveLength(events.length);
    expect([...node(layers.marks).children]).toEqual(marks);
    expect(marks.map((m) => m.getAttribute('data-id'))).toEqual(events.map((e) => e.id));
    expect(normaliseSvg(node(layers.marks))).toMatchSnapshot();
  });

  it('shows and moves the links of the events in the view, and hides the others again', () => {
    const marks = makeLinks(layers.marks, events);
    const x = view(2014, 2015);
    const shown = Uint8Array.from(events, (e) => (inRange(e, 2014, 2015) ? 1 : 0));
    const px = Float32Array.from(events, (e) => x(e.start));
    const py = Float32Array.from(events, (_, i) => 40 + (i % 4) * 17.25);
    placeLinks(marks, shown, px, py);
    const visible = marks.filter((m) => !m.hasAttribute('display'));
    expect(visible.map((m) => m.getAttribute('data-id'))).toEqual(
      events.filter((e) => inRange(e, 2014, 2015)).map((e) => e.id),
    );
    expect(normaliseSvg(node(layers.marks))).toMatchSnapshot();
    placeLinks(marks, new Uint8Array(events.length), px, py);
    expect(marks.every((m) => m.getAttribute('display') === 'none')).toBe(true);
  });

  it('replaces the links of the previous events', () => {
    makeLinks(layers.marks, events);
    makeLinks(layers.marks, events.slice(0, 3));
    expect(node(layers.marks).children).toHaveLength(3);
  });
});

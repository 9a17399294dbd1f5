import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOverview, type Overview } from '../../../../src/lib/timeline/chart/overview.ts';
import { normaliseSvg } from '../../../helpers/svg.ts';
import { sampleEras, sampleEvents } from '../../../fixtures/timeline/sample.ts';

const events = sampleEvents();
const eras = sampleEras();
// The domain `timelinePage` gives these events and the site's: ten years before the first, to the
// year after the last; and from 111 BCE.
const SAMPLE_DOMAIN: [number, number] = [928, 2017];

let win: JSDOM['window'];
let el: HTMLElement;
let pressed: number[];
let overview: Overview;

const setUp = (domain: [number, number], width: number) => {
  win = new JSDOM('<!doctype html><div id="tl-overview"><svg class="tl-ov"></svg></div>').window;
  el = win.document.getElementById('tl-overview') as HTMLElement;
  pressed = [];
  overview = createOverview(el, { domain, eras }, (at) => pressed.push(at));
  overview.setWidth(width);
};
const svg = () => el.querySelector('svg') as SVGSVGElement;

describe('the overview', () => {
  beforeEach(() => setUp(SAMPLE_DOMAIN, 800));

  it('draws the eras, a tick per event by class and the broken axis, with the window on the view', () => {
    overview.draw(events);
    overview.drawWindow([1945, 2017]);
    expect(el.querySelectorAll('svg')).toHaveLength(1);
    const paths = [...el.querySelectorAll('path.tl-ov-tick')];
    expect(paths.map((p) => p.getAttribute('class'))).toEqual([
      'tl-ov-tick material-conflict',
      'tl-ov-tick verbal-cooperation',
      'tl-ov-tick material-cooperation',
      'tl-ov-tick verbal-conflict',
    ]);
    const ticks = paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    expect(ticks).toBe(events.length);
    expect(normaliseSvg(svg())).toMatchSnapshot();
  });

  it('gives the centuries before 1900 the left 30 % and the break its mark', () => {
    overview.draw(events);
    overview.drawWindow([1900, 2017]);
    const window = el.querySelector('.tl-ov-window') as SVGRectElement;
    expect(Number(window.getAttribute('x'))).toBeCloseTo(240);
    expect(Number(window.getAttribute('width'))).toBeCloseTo(560);
    expect(el.querySelector('.tl-break')?.getAttribute('d')).toBe('M231,-5l4,-8l4,16l4,-16l4,8');
  });

  it('keeps the window at least 3 px wide', () => {
    overview.drawWindow([2014.4, 2014.41]);
    expect(el.querySelector('.tl-ov-window')?.getAttribute('width')).toBe('3');
  });

  it('redraws at a new width with labels at least 48 px apart, and one break', () => {
    overview.draw(events);
    overview.setWidth(390);
    overview.draw(events);
    expect(el.querySelectorAll('.tl-break')).toHaveLength(1);
    const xs = [...el.querySelectorAll('.tl-ov-axis .tick')].map((t) =>
      Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
    );
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(48);
    expect(normaliseSvg(svg())).toMatchSnapshot();
  });

  it('reports the date under a press and a drag, and nothing after the release', () => {
    svg().setPointerCapture = () => {};
    const fire = (type: string, clientX: number) =>
      svg().dispatchEvent(new win.MouseEvent(type, { clientX, bubbles: true }));
    fire('pointermove', 400);
    fire('pointerdown', 240);
    fire('pointermove', 800);
    fire('pointerup', 800);
    fire('pointermove', 400);
    expect(pressed).toHaveLength(2);
    expect(pressed[0]).toBeCloseTo(1900);
    expect(pressed[1]).toBeCloseTo(2017);
  });
});

describe('an overview without the break', () => {
  it('is linear when the domain starts after 1800', () => {
    setUp([1940, 2017], 770);
    overview.draw(events.filter((e) => e.start >= 1940));
    overview.drawWindow([1978.5, 2017]);
    expect(el.querySelector('.tl-break')).toBeNull();
    expect(el.querySelector('.tl-ov-window')?.getAttribute('x')).toBe('385');
    expect(normaliseSvg(svg())).toMatchSnapshot();
  });
});

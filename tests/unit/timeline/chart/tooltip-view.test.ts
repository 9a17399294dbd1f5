import { JSDOM } from 'jsdom';
import { select } from 'd3-selection';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeLinks, type G } from '../../../../src/lib/timeline/chart/layers.ts';
import {
  createTooltipView,
  describeEvent,
  tipPosition,
  type TooltipView,
} from '../../../../src/lib/timeline/chart/tooltip-view.ts';
import { TIP_HIDE_DELAY } from '../../../../src/lib/timeline/tooltip.ts';
import { sampleEvents } from '../../../fixtures/timeline/sample.ts';

const events = sampleEvents();
const byId = (id: string) => events.find((e) => e.id === id)!;
const REPORTS = {
  'hayton-2015': { title: 'Vietnam and the United States: An Emerging Security Partnership' },
  'gitter-kania-2017': { title: 'The Limits of CCP Liaison Work' },
};

describe('the tooltip text', () => {
  const doc = new JSDOM('<!doctype html><div id="tl-tooltip"></div>').window.document;
  const into = doc.getElementById('tl-tooltip') as HTMLElement;
  const lines = () =>
    [...into.children].map(
      (c) => `${c.localName}${c.className ? `.${c.className}` : ''}: ${c.textContent}`,
    );

  it('gives title, date and precision, class and kind, and the reports by title', () => {
    describeEvent(byId('0938-bach-dang'), into, REPORTS);
    expect(lines()).toEqual([
      'strong: Ngô Quyền defeats a Southern Han fleet at the Bạch Đằng River',
      'div: 938 CE (known to the year)',
      'div: Material conflict · Armed conflict',
      'div: Reports: The Limits of CCP Liaison Work; Vietnam and the United States: An Emerging Security Partnership',
    ]);
  });

  it('says who dates a disputed event how, and names a report it has no title for by id', () => {
    describeEvent(byId('2014-vpa-delegation-visits-beijing'), into, {});
    expect(lines()).toEqual([
      "strong: Phùng Quang Thanh leads Vietnam's largest-ever military delegation to Beijing",
      'div: 16–18 October 2014 (known to the day)',
      'div: Material cooperation · Diplomatic visit',
      'div: Reports: hayton-2015',
      'div.tl-tip-dispute: Dates differ: Hayton 2015 gives 16 October 2014, 17 October 2014 and 20 October 2014.',
    ]);
  });

  it('keeps report text as text', () => {
    const e = {
      ...byId('0938-bach-dang'),
      title: '<img src=x onerror=alert(1)>',
      reports: [],
      origin: 'extracted' as const,
    };
    describeEvent(e, into, {});
    expect(into.querySelector('img')).toBeNull();
    expect(lines()).toEqual([
      'strong: <img src=x onerror=alert(1)>',
      'div: 938 CE (known to the year)',
      'div: Material conflict · Armed conflict · extracted',
      'div: No report attests it yet',
    ]);
  });
});

describe('where the tooltip goes', () => {
  const at = { y: 100, reports: 1, width: 800, offsetLeft: 16, offsetTop: 200, tipWidth: 240 };

  it('centred under the mark, its top edge over the mark’s lower edge', () => {
    expect(tipPosition({ ...at, x: 400 })).toEqual({ left: 16 + 280, top: 100 + 5 + 200 });
    expect(tipPosition({ ...at, x: 400, reports: 9 })).toEqual({ left: 296, top: 100 + 9 + 200 });
  });

  it('kept inside the chart at both edges', () => {
    expect(tipPosition({ ...at, x: 30 }).left).toBe(16);
    expect(tipPosition({ ...at, x: -50 }).left).toBe(16);
    expect(tipPosition({ ...at, x: 790 }).left).toBe(16 + 560);
    expect(tipPosition({ ...at, x: 5000 }).left).toBe(16 + 560);
  });
});

describe('the tooltip on the chart', () => {
  let win: JSDOM['window'];
  let tooltip: HTMLElement;
  let marks: SVGAElement[];
  let view: TooltipView;
  let inView: Set<number>;
  let focusedIndex: number;
  let repaints: number;

  beforeEach(() => {
    vi.useFakeTimers();
    win = new JSDOM(
      '<!doctype html><div id="tl-focus"><svg><g class="tl-marks"></g></svg></div><div id="tl-tooltip" hidden></div>',
    ).window;
    const doc = win.document;
    tooltip = doc.getElementById('tl-tooltip') as HTMLElement;
    const g = select(doc.querySelector('g') as SVGGElement) as unknown as G;
    marks = makeLinks(g, events);
    inView = new Set(events.keys());
    focusedIndex = -1;
    repaints = 0;
    view = createTooltipView(tooltip, g, doc.getElementById('tl-focus') as HTMLElement, {
      event: (i) => events[i],
      mark: (i) => marks[i],
      anchor: (i) => (inView.has(i) ? { x: 20 * i, y: 50 } : null),
      width: () => 800,
      describe: (e, into) => describeEvent(e, into, {}),
      focusChanged: (i) => (focusedIndex = i),
      repaint: () => repaints++,
    });
  });
  afterEach(() => vi.useRealTimers());

  const fire = (el: Element, type: string, init: Record<string, unknown> = {}) =>
    el.dispatchEvent(new win.Event(type, { bubbles: true, ...init }));
  const showing = () => (tooltip.hidden ? null : tooltip.querySelector('strong')?.textContent);

  it('shows on hover, described by the mark, and stays for the delay after the pointer leaves', () => {
    fire(marks[3] as SVGAElement, 'mouseover');
    expect(showing()).toBe(events[3]?.title);
    expect(marks[3]?.getAttribute('aria-describedby')).toBe('tl-tooltip');
    expect(view.hover).toBe(3);
    expect(repaints).toBe(1);
    expect(tooltip.style.top).toBe(`${50 + 5}px`);
    fire(marks[3] as SVGAElement, 'mouseout');
    vi.advanceTimersByTime(TIP_HIDE_DELAY - 1);
    expect(showing()).toBe(events[3]?.title);
    vi.advanceTimersByTime(1);
    expect(showing()).toBeNull();
    expect(marks[3]?.hasAttribute('aria-describedby')).toBe(false);
    expect(view.hover).toBe(-1);
  });

  it('stays while the pointer is on the tooltip itself', () => {
    fire(marks[3] as SVGAElement, 'mouseover');
    fire(marks[3] as SVGAElement, 'mouseout');
    vi.advanceTimersByTime(100);
    fire(tooltip, 'mouseenter', { bubbles: false });
    vi.advanceTimersByTime(TIP_HIDE_DELAY * 3);
    expect(showing()).toBe(events[3]?.title);
    fire(tooltip, 'mouseleave', { bubbles: false });
    vi.advanceTimersByTime(TIP_HIDE_DELAY);
    expect(showing()).toBeNull();
  });

  it('shows on focus, tells the chart, and hides on Escape with focus kept', () => {
    fire(marks[5] as SVGAElement, 'focusin');
    expect(focusedIndex).toBe(5);
    expect(showing()).toBe(events[5]?.title);
    win.document.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(showing()).toBeNull();
    expect(focusedIndex).toBe(5);
    fire(marks[5] as SVGAElement, 'focusout');
    expect(focusedIndex).toBe(-1);
    fire(marks[6] as SVGAElement, 'focusin');
    expect(showing()).toBe(events[6]?.title);
  });

  it('hides when its mark leaves the view, and on reset', () => {
    fire(marks[7] as SVGAElement, 'focusin');
    inView.delete(7);
    view.place();
    expect(tooltip.hidden).toBe(true);
    inView.add(7);
    view.place();
    expect(showing()).toBe(events[7]?.title);
    view.reset();
    expect(tooltip.hidden).toBe(true);
  });

  it('lets go of the hovered mark when the view moves', () => {
    fire(marks[2] as SVGAElement, 'mouseover');
    view.viewMoved();
    expect(view.hover).toBe(-1);
    expect(tooltip.hidden).toBe(true);
  });
});

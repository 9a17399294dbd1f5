import { JSDOM } from 'jsdom';
import { select } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import {
  createRoving,
  firstShown,
  keyTarget,
  lastShown,
  nextShown,
} from '../../../../src/lib/timeline/chart/keyboard.ts';
import { makeLinks, type G } from '../../../../src/lib/timeline/chart/layers.ts';
import { sampleEvents } from '../../../fixtures/timeline/sample.ts';

const shown = (bits: string) => Uint8Array.from(bits, (b) => Number(b));

describe('the focus order over the marks', () => {
  it('finds the first and last event in the view, or none', () => {
    expect(firstShown(shown('00110100'))).toBe(2);
    expect(lastShown(shown('00110100'))).toBe(5);
    expect(firstShown(shown('0000'))).toBe(-1);
    expect(lastShown(shown('0000'))).toBe(-1);
    expect(firstShown(new Uint8Array(0))).toBe(-1);
  });

  it('steps to the next or previous event in the view, skipping those outside it', () => {
    const s = shown('01101001');
    expect(nextShown(s, 1, 1)).toBe(2);
    expect(nextShown(s, 2, 1)).toBe(4);
    expect(nextShown(s, 4, 1)).toBe(7);
    expect(nextShown(s, 4, -1)).toBe(2);
    expect(nextShown(s, 2, -1)).toBe(1);
  });

  it('steps past the edge of the view to the neighbouring event, even past the list', () => {
    const s = shown('0110');
    expect(nextShown(s, 2, 1)).toBe(3);
    expect(nextShown(s, 1, -1)).toBe(0);
    expect(nextShown(shown('011'), 2, 1)).toBe(3);
    expect(nextShown(shown('110'), 0, -1)).toBe(-1);
  });
});

describe('keys on a mark', () => {
  const s = shown('0011010');

  it('move in date order with the arrows, both pairs alike', () => {
    expect(keyTarget('ArrowRight', 3, s)).toEqual({ move: 5 });
    expect(keyTarget('ArrowDown', 3, s)).toEqual({ move: 5 });
    expect(keyTarget('ArrowLeft', 3, s)).toEqual({ move: 2 });
    expect(keyTarget('ArrowUp', 3, s)).toEqual({ move: 2 });
  });

  it('go past the view to the next event (the view follows), and stop at the ends', () => {
    expect(keyTarget('ArrowRight', 5, s)).toEqual({ move: 6 });
    expect(keyTarget('ArrowLeft', 2, s)).toEqual({ move: 1 });
    expect(keyTarget('ArrowRight', 6, s)).toEqual({ move: 6 });
    expect(keyTarget('ArrowLeft', 0, s)).toEqual({ move: 0 });
  });

  it('go to the first and last mark in the view with Home and End', () => {
    expect(keyTarget('Home', 5, s)).toEqual({ move: 2 });
    expect(keyTarget('End', 2, s)).toEqual({ move: 5 });
    // Nothing in the view: the first event.
    expect(keyTarget('Home', 3, shown('0000'))).toEqual({ move: 0 });
  });

  it('open the event with Enter, and leave other keys alone', () => {
    expect(keyTarget('Enter', 3, s)).toBe('open');
    for (const key of ['Tab', ' ', 'Escape', '+', 'a', 'PageDown'])
      expect(keyTarget(key, 3, s)).toBeNull();
  });
});

describe('the roving tabindex', () => {
  const events = sampleEvents();
  const setUp = (bits: Uint8Array) => {
    const win = new JSDOM('<!doctype html><svg><g class="tl-marks" tabindex="-1"></g></svg>')
      .window;
    const g = select(win.document.querySelector('g') as SVGGElement) as unknown as G;
    const marks = makeLinks(g, events);
    for (const m of marks) m.removeAttribute('display');
    const revealed: number[] = [];
    const roving = createRoving(g, {
      marks: () => marks,
      shown: () => bits,
      reveal: (i) => revealed.push(i),
    });
    const press = (key: string) => {
      const ev = new win.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      (win.document.activeElement ?? marks[0])?.dispatchEvent(ev);
      return ev.defaultPrevented;
    };
    const stops = () => marks.flatMap((m, i) => (m.getAttribute('tabindex') === '0' ? [i] : []));
    return { win, marks, roving, revealed, press, stops };
  };

  it('keeps one Tab stop, moved without focus by `set` and with focus by the keys', () => {
    const inView = Uint8Array.from(events, (e) => (e.start >= 2014 && e.start < 2015 ? 1 : 0));
    const { win, marks, roving, revealed, press, stops } = setUp(inView);
    expect(stops()).toEqual([]);
    const first = firstShown(inView);
    roving.set(first);
    expect(roving.index).toBe(first);
    expect(stops()).toEqual([first]);
    expect(win.document.activeElement).toBe(win.document.body);
    marks[first]?.focus();
    expect(press('ArrowRight')).toBe(true);
    expect(stops()).toEqual([first + 1]);
    expect(win.document.activeElement).toBe(marks[first + 1]);
    expect(press('End')).toBe(true);
    expect(stops()).toEqual([lastShown(inView)]);
    expect(revealed).toEqual([]);
    // Past the view's last mark: the next event, which the view is asked to reveal.
    expect(press('ArrowRight')).toBe(true);
    expect(revealed).toEqual([lastShown(inView) + 1]);
    expect(win.document.activeElement?.getAttribute('data-id')).toBe(
      '2015-border-guard-visit-to-china',
    );
    expect(press('x')).toBe(false);
  });

  it('forgets the Tab stop on reset, leaving the links as they are', () => {
    const { roving, stops } = setUp(new Uint8Array(events.length).fill(1));
    roving.set(4);
    roving.reset();
    expect(roving.index).toBe(-1);
    expect(stops()).toEqual([4]);
    roving.set(-1);
    expect(stops()).toEqual([4]);
  });
});

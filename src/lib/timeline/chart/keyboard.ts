/**
 * Keyboard access to the marks: a roving tabindex over their links (one Tab stop on the chart: the
 * focus target has tabindex 0, every other link -1), and keys that move it in date order (the order of
 * the events): ← → (or ↑ ↓) to the previous or next mark in the view, or past its edge to the next
 * event (the view follows), Home and End to the first and last mark in the view; Enter opens the
 * event's page. The choice of target is pure (`keyTarget`); `createRoving` applies it to the links.
 */
import type { G } from './layers.ts';

/** The first event in the view (`shown[i]` is 1), or -1. */
export function firstShown(shown: Uint8Array): number {
  return shown.indexOf(1);
}

/** The last event in the view, or -1. */
export function lastShown(shown: Uint8Array): number {
  return shown.lastIndexOf(1);
}

/**
 * The next event in the view after `i` in date order (`step` 1) or before it (-1); past the view's
 * last (or first) such event, the event next to `i` itself, `i + step`, even if that is out of range.
 */
export function nextShown(shown: Uint8Array, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < shown.length; j += step) if (shown[j]) return j;
  return i + step;
}

/** What a key pressed on a mark does: move focus to an event (by index), open the focused one, or nothing. */
export type KeyTarget = { move: number } | 'open' | null;

/**
 * The focus target for `key` pressed while the event `focus` has it, with `shown` the events in the
 * view; an index always within the events (the first or last at the ends).
 */
export function keyTarget(key: string, focus: number, shown: Uint8Array): KeyTarget {
  let next: number;
  if (key === 'ArrowRight' || key === 'ArrowDown') next = nextShown(shown, focus, 1);
  else if (key === 'ArrowLeft' || key === 'ArrowUp') next = nextShown(shown, focus, -1);
  else if (key === 'Home') next = firstShown(shown);
  else if (key === 'End') next = lastShown(shown);
  else if (key === 'Enter') return 'open';
  else return null;
  return { move: Math.max(0, Math.min(shown.length - 1, next)) };
}

export interface Roving {
  /** The event whose link is the Tab stop, or -1. */
  readonly index: number;
  /** Makes event `i`'s link the Tab stop (-1: none), without moving focus. */
  set(i: number): void;
  /** Forgets the Tab stop without touching the links (they are about to be replaced). */
  reset(): void;
}

export interface RovingHost {
  /** The links, by event index (empty until they are made). */
  marks(): readonly SVGAElement[];
  shown(): Uint8Array;
  /** Moves the view so that event `i`, outside it, comes into view (the zoom kept). */
  reveal(i: number): void;
}

/** The roving tabindex over the links in `g`, and the keys on them. */
export function createRoving(g: G, host: RovingHost): Roving {
  let index = -1;
  const set = (i: number) => {
    const marks = host.marks();
    if (index >= 0) marks[index]?.setAttribute('tabindex', '-1');
    index = i;
    if (i >= 0 && marks[i]) marks[i].setAttribute('tabindex', '0');
  };
  const moveFocus = (i: number) => {
    const shown = host.shown();
    if (i < 0 || i >= shown.length) return;
    if (!shown[i]) host.reveal(i);
    set(i);
    host.marks()[i]?.focus();
  };
  g.on('keydown', (ev: KeyboardEvent) => {
    const target = keyTarget(ev.key, index, host.shown());
    if (target === null) return;
    if (target === 'open') {
      const href = host.marks()[index]?.getAttribute('href');
      if (href) {
        ev.preventDefault();
        (g.node() as SVGGElement).ownerDocument.location.assign(href);
      }
      return;
    }
    ev.preventDefault();
    moveFocus(target.move);
  });
  return {
    get index() {
      return index;
    },
    set,
    reset() {
      index = -1;
    },
  };
}

/**
 * When the timeline's tooltip shows, and for which event: WCAG 2.2 SC 1.4.13 (content on hover or
 * focus). It is hoverable (the pointer can leave a mark for the tooltip: hiding waits `TIP_HIDE_DELAY`
 * ms, and the pointer over the tooltip keeps it), dismissable (Escape hides it without moving focus)
 * and persistent (it stays until the pointer and focus leave, or Escape). A pure reducer: the chart
 * feeds it pointer and focus events and shows what `shownTip` says; the delay's timer is the chart's.
 */

/** How long the tooltip stays after the pointer leaves a mark or the tooltip (ms). */
export const TIP_HIDE_DELAY = 400;

export interface TipState {
  /** The mark the pointer is on, or has just left (within the delay); -1 for none. */
  hover: number;
  /** Where the pointer is: on a mark, on the tooltip, or elsewhere (the delay runs). */
  pointer: 'mark' | 'tip' | null;
  /** The mark with keyboard focus; -1 for none. */
  focus: number;
  /** Escape hid the focused mark's tooltip: it stays hidden until focus moves to another mark. */
  dismissed: boolean;
}

export type TipAction =
  | { type: 'enter-mark'; i: number }
  | { type: 'leave-mark' }
  | { type: 'enter-tip' }
  | { type: 'leave-tip' }
  /** `TIP_HIDE_DELAY` passed since the pointer last left a mark or the tooltip. */
  | { type: 'delay-over' }
  | { type: 'focus'; i: number }
  | { type: 'blur' }
  | { type: 'escape' }
  /** The view moved (zoom or pan): the mark under the pointer is no longer the one hovered. */
  | { type: 'view' }
  /** The events were replaced: indices mean nothing any more. */
  | { type: 'reset' };

export const TIP_INITIAL: TipState = { hover: -1, pointer: null, focus: -1, dismissed: false };

export function tipReducer(s: TipState, a: TipAction): TipState {
  switch (a.type) {
    case 'enter-mark':
      return { ...s, hover: a.i, pointer: 'mark' };
    case 'leave-mark':
      return s.pointer === 'mark' ? { ...s, pointer: null } : s;
    case 'enter-tip':
      return shownTip(s) >= 0 ? { ...s, pointer: 'tip' } : s;
    case 'leave-tip':
      return s.pointer === 'tip' ? { ...s, pointer: null } : s;
    case 'delay-over':
      return s.pointer === null ? { ...s, hover: -1 } : s;
    case 'focus':
      return { ...s, focus: a.i, dismissed: a.i === s.focus ? s.dismissed : false };
    case 'blur':
      return { ...s, focus: -1, dismissed: false };
    case 'escape':
      // The pointer may stay where it is: the tooltip comes back only when it enters a mark again.
      return { ...s, hover: -1, pointer: null, dismissed: s.focus >= 0 };
    case 'view':
      return { ...s, hover: -1, pointer: null };
    case 'reset':
      return TIP_INITIAL;
  }
}

/** The event whose tooltip shows: the hovered mark's, else the focused mark's unless dismissed; -1 for none. */
export function shownTip(s: TipState): number {
  if (s.hover >= 0) return s.hover;
  return s.dismissed ? -1 : s.focus;
}

/** Whether an action starts (or restarts) the hide delay. */
export function startsDelay(a: TipAction): boolean {
  return a.type === 'leave-mark' || a.type === 'leave-tip';
}

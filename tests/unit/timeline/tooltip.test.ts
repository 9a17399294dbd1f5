import { describe, expect, it } from 'vitest';
import {
  shownTip,
  startsDelay,
  TIP_HIDE_DELAY,
  TIP_INITIAL,
  tipReducer,
  type TipAction,
  type TipState,
} from '../../../src/lib/timeline/tooltip.ts';

/** Runs actions from the initial state; returns the event shown after each. */
function run(
  actions: TipAction[],
  from: TipState = TIP_INITIAL,
): { shown: number[]; state: TipState } {
  let s = from;
  const shown: number[] = [];
  for (const a of actions) {
    s = tipReducer(s, a);
    shown.push(shownTip(s));
  }
  return { shown, state: s };
}

describe('timeline tooltip (WCAG 2.2 SC 1.4.13: hoverable, dismissable, persistent)', () => {
  it('shows on hover; leaving the mark waits the delay before hiding', () => {
    expect(TIP_HIDE_DELAY).toBeGreaterThanOrEqual(200);
    expect(
      run([{ type: 'enter-mark', i: 3 }, { type: 'leave-mark' }, { type: 'delay-over' }]).shown,
    ).toEqual([3, 3, -1]);
    expect(startsDelay({ type: 'leave-mark' })).toBe(true);
    expect(startsDelay({ type: 'leave-tip' })).toBe(true);
    expect(startsDelay({ type: 'enter-mark', i: 1 })).toBe(false);
  });

  it('hoverable: the pointer moves from the mark onto the tooltip and it stays, until the pointer leaves it', () => {
    const { shown } = run([
      { type: 'enter-mark', i: 3 },
      { type: 'leave-mark' },
      { type: 'enter-tip' },
      { type: 'delay-over' }, // the delay started by leaving the mark ends while on the tooltip
      { type: 'leave-tip' },
      { type: 'delay-over' },
    ]);
    expect(shown).toEqual([3, 3, 3, 3, 3, -1]);
    // Back from the tooltip onto the mark: still shown after the delay.
    expect(
      run([
        { type: 'enter-mark', i: 3 },
        { type: 'leave-mark' },
        { type: 'enter-tip' },
        { type: 'leave-tip' },
        { type: 'enter-mark', i: 3 },
        { type: 'delay-over' },
      ]).shown.at(-1),
    ).toBe(3);
  });

  it('moving to another mark switches at once', () => {
    expect(
      run([
        { type: 'enter-mark', i: 3 },
        { type: 'leave-mark' },
        { type: 'enter-mark', i: 4 },
        { type: 'delay-over' },
      ]).shown,
    ).toEqual([3, 3, 4, 4]);
  });

  it('persistent on focus: shown while the mark has focus, gone when focus leaves', () => {
    expect(run([{ type: 'focus', i: 2 }, { type: 'delay-over' }, { type: 'blur' }]).shown).toEqual([
      2, 2, -1,
    ]);
    // Hover wins while it lasts; the focused mark's tooltip comes back after.
    expect(
      run([
        { type: 'focus', i: 2 },
        { type: 'enter-mark', i: 5 },
        { type: 'leave-mark' },
        { type: 'delay-over' },
      ]).shown,
    ).toEqual([2, 5, 5, 2]);
  });

  it('dismissable: Escape hides a hovered mark’s tooltip until the pointer enters a mark again', () => {
    const { shown, state } = run([
      { type: 'enter-mark', i: 3 },
      { type: 'escape' },
      { type: 'leave-mark' },
      { type: 'delay-over' },
    ]);
    expect(shown).toEqual([3, -1, -1, -1]);
    expect(shownTip(tipReducer(state, { type: 'enter-mark', i: 3 }))).toBe(3);
    // From the tooltip too.
    expect(
      run([
        { type: 'enter-mark', i: 3 },
        { type: 'leave-mark' },
        { type: 'enter-tip' },
        { type: 'escape' },
        { type: 'leave-tip' },
        { type: 'delay-over' },
      ]).shown,
    ).toEqual([3, 3, 3, -1, -1, -1]);
  });

  it('dismissable: Escape hides a focused mark’s tooltip (focus stays) until focus moves to another mark', () => {
    const { shown, state } = run([
      { type: 'focus', i: 2 },
      { type: 'escape' },
      { type: 'enter-mark', i: 7 },
      { type: 'leave-mark' },
      { type: 'delay-over' },
      { type: 'focus', i: 2 },
    ]);
    expect(shown).toEqual([2, -1, 7, 7, -1, -1]);
    expect(state.focus).toBe(2);
    expect(shownTip(tipReducer(state, { type: 'focus', i: 3 }))).toBe(3);
    expect(shownTip(tipReducer(tipReducer(state, { type: 'blur' }), { type: 'focus', i: 2 }))).toBe(
      2,
    );
  });

  it('a zoom or pan drops the hover (the mark moved from under the pointer); new events reset everything', () => {
    expect(run([{ type: 'enter-mark', i: 3 }, { type: 'view' }]).shown).toEqual([3, -1]);
    expect(
      run([{ type: 'focus', i: 2 }, { type: 'enter-mark', i: 3 }, { type: 'view' }]).shown,
    ).toEqual([2, 3, 2]);
    expect(
      run([{ type: 'focus', i: 2 }, { type: 'enter-mark', i: 3 }, { type: 'reset' }]).state,
    ).toEqual(TIP_INITIAL);
  });

  it('entering the tooltip when none is shown (a stale event) changes nothing', () => {
    expect(tipReducer(TIP_INITIAL, { type: 'enter-tip' })).toBe(TIP_INITIAL);
    expect(tipReducer(TIP_INITIAL, { type: 'leave-mark' })).toBe(TIP_INITIAL);
  });
});

/**
 * The chart's tooltip on the page (WCAG 2.2 SC 1.4.13): the pointer can move onto it (hiding waits a
 * moment, and the pointer over it keeps it), Escape hides it without moving focus, and it stays until
 * the pointer and focus have left. When it shows, and for which mark, is `tipReducer`'s (../tooltip.ts);
 * this module feeds it the pointer and focus events of the links, runs its hide delay, fills the
 * tooltip (text only) and places it under the mark.
 */
import { classLabel, eventDateText, kindLabel, type TimelineEvent } from '../data.ts';
import { markRadius } from '../shapes.ts';
import { precisionWords } from '../time.ts';
import {
  shownTip,
  startsDelay,
  TIP_HIDE_DELAY,
  TIP_INITIAL,
  tipReducer,
  type TipAction,
} from '../tooltip.ts';
import type { G } from './layers.ts';

/**
 * Fills the tooltip for an event: title, date with its precision, class and kind, the attesting
 * reports' titles and, for a disputed date, who gives which. Text only (textContent).
 */
export function describeEvent(
  e: TimelineEvent,
  into: HTMLElement,
  reports: Readonly<Record<string, { title: string } | undefined>>,
): void {
  const doc = into.ownerDocument;
  into.replaceChildren();
  const title = doc.createElement('strong');
  title.textContent = e.title;
  const date = doc.createElement('div');
  date.textContent = `${eventDateText(e)} (${precisionWords(e.precision)})`;
  const what = doc.createElement('div');
  what.textContent = `${classLabel(e.cls)} · ${kindLabel(e.kind)}${e.origin === 'extracted' ? ' · extracted' : ''}`;
  const attested = doc.createElement('div');
  attested.textContent = e.reports.length
    ? `Reports: ${e.reports.map((r) => reports[r]?.title ?? r).join('; ')}`
    : 'No report attests it yet';
  into.append(title, date, what, attested);
  if (e.dispute) {
    const dispute = doc.createElement('div');
    dispute.className = 'tl-tip-dispute';
    dispute.textContent = `Dates differ: ${e.dispute}`;
    into.append(dispute);
  }
}

/**
 * Where the tooltip goes, in px from its offset parent: centred under the mark and kept inside the
 * chart's width; its top edge overlaps the mark's lower edge a little, so that there is no gap to cross
 * (where another mark could take the hover) on the way from the mark to the tooltip.
 */
export function tipPosition(p: {
  /** The mark's centre in the focus view, and its number of reports (its size). */
  x: number;
  y: number;
  reports: number;
  /** The focus view's width and its offset in the tooltip's offset parent. */
  width: number;
  offsetLeft: number;
  offsetTop: number;
  tipWidth: number;
}): { left: number; top: number } {
  const left = Math.min(p.width, Math.max(0, p.x));
  const top = p.y + Math.round(markRadius(p.reports) * 0.8) + p.offsetTop;
  return {
    left: Math.max(0, Math.min(p.width - p.tipWidth, left - p.tipWidth / 2)) + p.offsetLeft,
    top,
  };
}

export interface TooltipHost {
  event(i: number): TimelineEvent | undefined;
  mark(i: number): SVGAElement | undefined;
  /** Where event `i`'s mark is, or null when it is not in the view. */
  anchor(i: number): { x: number; y: number } | null;
  width(): number;
  describe(e: TimelineEvent, into: HTMLElement): void;
  /** Keyboard focus moved to the link of event `i`, or left the links (-1). */
  focusChanged(i: number): void;
  /** The hovered or the focused mark changed: paint their outlines. */
  repaint(): void;
}

export interface TooltipView {
  /** The mark the pointer is on (or has just left, within the delay), outlined; -1 for none. */
  readonly hover: number;
  /** Places the tooltip again at its mark (the view moved). */
  place(): void;
  /** The view moved: the mark under the pointer is no longer the one hovered. */
  viewMoved(): void;
  /** The events were replaced. */
  reset(): void;
}

/** The tooltip element `tooltip` for the links in `g` (`focusEl`: the focus view, its offsets). */
export function createTooltipView(
  tooltip: HTMLElement,
  g: G,
  focusEl: HTMLElement,
  host: TooltipHost,
): TooltipView {
  let tip = TIP_INITIAL;
  let tipShown = -1;
  let hover = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function place(i: number) {
    const e = host.event(i);
    const at = e ? host.anchor(i) : null;
    if (!e || !at) {
      tooltip.hidden = true;
      return;
    }
    tooltip.hidden = false;
    const { left, top } = tipPosition({
      ...at,
      reports: e.reports.length,
      width: host.width(),
      offsetLeft: focusEl.offsetLeft,
      offsetTop: focusEl.offsetTop,
      tipWidth: tooltip.offsetWidth,
    });
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  function dispatch(a: TipAction) {
    tip = tipReducer(tip, a);
    if (startsDelay(a)) {
      clearTimeout(timer);
      timer = setTimeout(() => dispatch({ type: 'delay-over' }), TIP_HIDE_DELAY);
    }
    const i = shownTip(tip);
    const repaint = tip.hover !== hover;
    hover = tip.hover;
    if (i !== tipShown) {
      host.mark(tipShown)?.removeAttribute('aria-describedby');
      tipShown = i;
      const e = host.event(i);
      const mark = host.mark(i);
      if (e && mark) {
        host.describe(e, tooltip);
        mark.setAttribute('aria-describedby', tooltip.id);
        place(i);
      } else tooltip.hidden = true;
    }
    if (repaint) host.repaint();
  }

  const indexOf = (target: EventTarget | null) => {
    const a = (target as Element | null)?.closest?.('a.tl-mark');
    return a ? Number(a.getAttribute('data-i')) : -1;
  };
  g.on('mouseover', (ev: MouseEvent) => {
    const i = indexOf(ev.target);
    if (i >= 0) dispatch({ type: 'enter-mark', i });
  })
    .on('mouseout', () => dispatch({ type: 'leave-mark' }))
    .on('focusin', (ev: FocusEvent) => {
      const i = indexOf(ev.target);
      if (i >= 0) {
        host.focusChanged(i);
        dispatch({ type: 'focus', i });
        host.repaint();
      }
    })
    .on('focusout', () => {
      host.focusChanged(-1);
      dispatch({ type: 'blur' });
      host.repaint();
    });
  tooltip.addEventListener('mouseenter', () => dispatch({ type: 'enter-tip' }));
  tooltip.addEventListener('mouseleave', () => dispatch({ type: 'leave-tip' }));
  // Escape hides the tooltip wherever focus is (hover needs no focus); focus stays where it is.
  tooltip.ownerDocument.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && tipShown >= 0) dispatch({ type: 'escape' });
  });

  return {
    get hover() {
      return hover;
    },
    place() {
      if (tipShown >= 0) place(tipShown);
    },
    viewMoved() {
      if (tip.hover >= 0) dispatch({ type: 'view' });
    },
    reset() {
      dispatch({ type: 'reset' });
    },
  };
}

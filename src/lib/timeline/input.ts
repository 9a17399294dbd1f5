/**
 * Which pointer input zooms the timeline (d3-zoom's filter and wheel delta). A plain mouse wheel
 * scrolls the page — a chart that caught it would trap anyone scrolling down past it; the wheel zooms
 * only with Ctrl or ⌘ held (a trackpad pinch reaches the page as a wheel event with Ctrl set, so it
 * zooms too). On a touch screen one finger scrolls the page for the same reason, and two fingers pan
 * and pinch the chart. Mouse drag, the buttons and the + / − keys are unchanged. Pure.
 */

export interface WheelLike {
  ctrlKey: boolean;
  metaKey: boolean;
  deltaX: number;
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages (WheelEvent.deltaMode). */
  deltaMode: number;
}

/** A wheel event zooms the chart only with Ctrl or ⌘ (or as a pinch); otherwise the page scrolls. */
export function wheelZooms(ev: Pick<WheelLike, 'ctrlKey' | 'metaKey'>): boolean {
  return ev.ctrlKey || ev.metaKey;
}

/**
 * d3-zoom's filter: wheel events only with Ctrl or ⌘; touches only from the second finger on (d3
 * then tracks both, to pan and pinch); other events as d3's default (no secondary button, no
 * Ctrl-click, which is a right click on a Mac).
 */
export function zoomFilter(ev: {
  type: string;
  ctrlKey: boolean;
  metaKey: boolean;
  button?: number;
  touches?: { length: number };
}): boolean {
  if (ev.type === 'wheel') return wheelZooms(ev);
  if (ev.type === 'touchstart') return (ev.touches?.length ?? 0) >= 2;
  return !ev.ctrlKey && !ev.button;
}

/**
 * The zoom of one wheel event, as the exponent of 2 d3-zoom scales by. As d3's default for a wheel
 * notch (100 px: ×1.15), which no longer depends on Ctrl being held (d3 multiplies by 10 with Ctrl, a
 * fourfold zoom per notch with Ctrl + wheel); a pinch (Ctrl set, small pixel deltas) keeps d3's ×10 so
 * the chart follows the fingers.
 */
export function wheelDelta(ev: WheelLike): number {
  const unit = ev.deltaMode === 1 ? 0.05 : ev.deltaMode ? 1 : 0.002;
  const pinch = ev.ctrlKey && ev.deltaMode === 0 && Math.abs(ev.deltaY) < 50;
  return -ev.deltaY * unit * (pinch ? 10 : 1);
}

/**
 * Whether a wheel event that scrolls the page should show the hint that Ctrl/⌘ + wheel zooms: a
 * mostly vertical scroll (someone who wanted to zoom, or who scrolls past the chart).
 */
export function wantsZoomHint(ev: WheelLike): boolean {
  return !wheelZooms(ev) && Math.abs(ev.deltaY) > Math.abs(ev.deltaX);
}

/** The modifier key to name in the hint: ⌘ on Apple systems, Ctrl elsewhere (from a platform name or a user agent string). */
export function zoomKey(platform: string): '⌘' | 'Ctrl' {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}

/** The hint shown over the chart when a plain wheel scrolls the page. */
export function zoomHintText(platform: string): string {
  return `To zoom, hold ${zoomKey(platform)} while scrolling`;
}

/** Periods as linking compares them: overlap, nesting, nearness, precision, and orderings. */
import type { DateMention } from '../../schemas/date-mention.ts';
import type { Span } from '../../dates/compare.ts';
import { spanOf } from '../../dates/compare.ts';
import { parseIso } from '../../dates/iso.ts';
import { codeUnitOrder } from '../../domain/order.ts';

/** [year, month, day] of an ISO value; the year is NaN when it is not one. */
export function parts(iso: string): [number, number | undefined, number | undefined] {
  const p = parseIso(iso);
  return [p?.year ?? Number.NaN, p?.month, p?.day];
}

export const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;
/** Whether one period lies inside the other. */
export const nested = (a: Span, b: Span) =>
  (a.from >= b.from && a.to <= b.to) || (b.from >= a.from && b.to <= a.to);
/** Whether period `a` lies inside the longer period `b` (a phase inside its crisis). */
export const inside = (a: Span, b: Span) =>
  a.from >= b.from && a.to <= b.to && b.to - b.from > a.to - a.from;
/** How near two disjoint periods are: 1 when they touch, 0 a year or more apart. */
export function closeness(a: Span, b: Span): number {
  const gap = Math.max(a.from - b.to, b.from - a.to, 0);
  return Math.max(0, 1 - gap / 372);
}
/** Length of the overlap of two periods over the length of their union (0–1). */
export function jaccard(a: Span, b: Span): number {
  const inter = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  const union = Math.max(a.to, b.to) - Math.min(a.from, b.from) + 1;
  return Math.max(0, inter) / union;
}

/** Precisions from finest to coarsest. */
export const RANK: Record<string, number> = {
  day: 0,
  month: 1,
  season: 2,
  year: 3,
  decade: 4,
  century: 5,
};
/** Longest span (in 31-day-month day numbers) a qualified year may cover and still count as fine. */
export const FINE_SPAN = 4 * 31;

/** Whether a mention pins its date down well enough to attach on actors alone. */
export function isFine(mention: DateMention, span: Span): boolean {
  if ((RANK[mention.precision] ?? 9) <= RANK.season!) return true;
  return mention.precision === 'year' && span.to - span.from < FINE_SPAN;
}
export const MONTH_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A bare month name written in lower case ("may") is a word, not a date. */
export const isLowercaseMonthWord = (m: DateMention) => MONTH_WORD.test(m.text.trim());

/** Chronological order of ISO strings (BCE years sort before CE ones). */
export function compareIso(a: string, b: string): number {
  return spanOf(a).from - spanOf(b).from || codeUnitOrder(a, b);
}

/**
 * The words and arithmetic shared by relative and deictic expressions: counts ("two", "a"),
 * demonstratives ("that", "the following"), month names, and the resolved day, month or year an
 * anchor moves to.
 */
import { addDays, addMonths, MONTH_NAMES } from '../calendar.ts';
import { parseIso, toIso } from '../iso.ts';
import type { Anchor, Resolved } from './anchor.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
export const COUNT = `(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;
export const countOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Which year a demonstrative names relative to the anchor's: "that/the same" 0, "the following/next" +1, "the previous" −1. */
export function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/following|next/.test(w)) return 1;
  if (/previous|preceding/.test(w)) return -1;
  return 0;
}
export const DEMONSTRATIVE =
  '(that|that same|the same|the following|the next|the previous|the preceding)';

/** The twelve month names as a capturing group. */
export const MONTH_NAME = `(${MONTH_NAMES.join('|')})`;
/** Lower-case month name → month number. */
export const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
);

/** A resolved day, month or year, with an optional inclusive end. */
export function day(y: number, m: number, d: number, end?: [number, number, number]): Resolved {
  return {
    iso: toIso(y, m, d),
    ...(end ? { isoEnd: toIso(...end) } : {}),
    precision: 'day',
    inferred: true,
    relative: true,
  };
}
export function month(y: number, m: number, end?: [number, number]): Resolved {
  return {
    iso: toIso(y, m),
    ...(end ? { isoEnd: toIso(...end) } : {}),
    precision: 'month',
    inferred: true,
    relative: true,
  };
}
export function year(y: number, end?: number): Resolved {
  return {
    iso: toIso(y),
    ...(end !== undefined ? { isoEnd: toIso(end) } : {}),
    precision: 'year',
    inferred: true,
    relative: true,
  };
}
/** Moves an anchor by `n` units, at the unit's precision; null when the anchor is too coarse. */
export function shift(a: Anchor, unit: string, n: number): Resolved | null {
  switch (unit) {
    case 'day':
    case 'week': {
      if (a.month === undefined || a.day === undefined) return null;
      return day(...addDays(a.year, a.month, a.day, unit === 'week' ? 7 * n : n));
    }
    case 'month':
      return a.month === undefined ? null : month(...addMonths(a.year, a.month, n));
    case 'year':
      return year(a.year + n);
    case 'decade':
      return year(a.year + 10 * n);
    default:
      return null;
  }
}
/** A period from the anchor to `n` units after it ("within two weeks"); null when the anchor is too coarse. */
export function within(a: Anchor, unit: string, n: number): Resolved | null {
  const end = shift(a, unit, n);
  if (!end) return null;
  const e = parseIso(end.iso);
  if (!e) return null;
  switch (unit) {
    case 'day':
    case 'week':
      return day(a.year, a.month ?? 1, a.day ?? 1, [e.year, e.month ?? 1, e.day ?? 1]);
    case 'month':
      return month(a.year, a.month ?? 1, [e.year, e.month ?? 1]);
    default:
      return year(a.year, e.year);
  }
}

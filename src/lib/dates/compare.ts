/**
 * Putting ISO values on a line: the one chronological comparison, periods as comparable numbers for
 * overlaps, and decimal years for scales (the timeline, charts). Astronomical years throughout, so
 * 111 BCE is -110 and years below 100 need no special case.
 */
import { daysInMonth } from './calendar.ts';
import { isoYear, pad, parseIso } from './iso.ts';

/**
 * A period as two comparable day numbers, inclusive. The numbers give every month 31 days (a year is
 * 372): they order and overlap periods exactly, and measure them to within a day a month.
 */
export interface Span {
  from: number;
  to: number;
}

/** The span day number of a day (31-day months): an order, not a count of days. */
export const spanDay = (y: number, m: number, d: number): number =>
  y * 372 + (m - 1) * 31 + (d - 1);

/**
 * The span covered by an ISO start (and optional inclusive end), each at its own precision: "2014"
 * runs from 1 January to 31 December, "2014-05" through May. NaN bounds for a value that is not ISO.
 */
export function spanOf(iso: string, isoEnd?: string): Span {
  const a = parseIso(iso);
  const b = parseIso(isoEnd ?? iso);
  const from = a ? spanDay(a.year, a.month ?? 1, a.day ?? 1) : Number.NaN;
  const to = b ? spanDay(b.year, b.month ?? 12, b.day ?? 31) : Number.NaN;
  return { from, to: Math.max(from, to) };
}

/**
 * Chronological order of ISO values by the start of their periods (BCE first); values starting
 * together ("2014", "2014-01", "2014-01-01") in code-unit order, so sorting is deterministic.
 */
export function compareIso(a: string, b: string): number {
  return spanOf(a).from - spanOf(b).from || (a < b ? -1 : a > b ? 1 : 0);
}

/** Decimal year of an ISO value (start of the period), for scales: "2014-07" → 2014.5. */
export function isoToDecimalYear(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new Error(`not an ISO date: "${iso}"`);
  return p.year + ((p.month ?? 1) - 1) / 12 + ((p.day ?? 1) - 1) / 365;
}

const DAY = 1 / 365;
const MONTH = 1 / 12;

/** The decimal year just after the period an ISO value names ("2014" → 2015, "2014-05" → 2014.4167). */
export function isoEndToDecimalYear(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new Error(`not an ISO date: "${iso}"`);
  return isoToDecimalYear(iso) + (p.day !== undefined ? DAY : p.month !== undefined ? MONTH : 1);
}

/**
 * The ISO value of the year, month or day containing a decimal year, the inverse of
 * `isoToDecimalYear`. BCE values are always written as years ("-0110").
 */
export function decimalToIso(value: number, precision: 'year' | 'month' | 'day'): string {
  const y = Math.floor(value + 1e-9);
  if (precision === 'year' || y < 0) return isoYear(y);
  const rem = Math.max(0, value - y);
  const m = Math.min(12, Math.floor(rem * 12 + 1e-9) + 1);
  if (precision === 'month') return `${isoYear(y)}-${pad(m)}`;
  const d = Math.min(daysInMonth(y, m), Math.floor((rem - (m - 1) / 12) * 365 + 1e-6) + 1);
  return `${isoYear(y)}-${pad(m)}-${pad(Math.max(1, d))}`;
}

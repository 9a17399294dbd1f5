/**
 * Dates in context: what an expression that does not state its whole date resolves from, and the
 * relative expressions themselves ("Later that month", "the following year", "two years later",
 * "within two weeks", "that summer", "In October of that year", "the following April", "the same
 * evening"), and the deictic ones that count from the publication date ("last year", "on Friday").
 *
 * The anchor is the nearest date before the expression: in its own sentence the last explicit date
 * before it, else the last date of an earlier sentence (carried by `extractDates` from claim to claim;
 * dates resolved from context become anchors in their turn, so "the following year … later that year"
 * chains; within a sentence too: "The following year, in November"). Only a date of day, month,
 * season or single-year precision from 1000 CE on anchors: a year range ("1407–1428"), a decade or a
 * BCE date does not; nor does a look back ("a year earlier", "two years before") or a starting point
 * ("since 1975"), which are asides: the passage goes on from where it was. A relative expression
 * needs an anchor at least as fine as its unit: "later that month" needs a month, "two weeks later" a
 * day; otherwise it is not reported. Pure.
 *
 * The parts, in `context/`: `anchor.ts` (the types), `units.ts` (counts, demonstratives, moving an
 * anchor), `relative.ts` and `deictic.ts` (the two kinds of expression).
 */
import type { DateMention } from '../schemas/date-mention.ts';
import { daysInMonth } from './calendar.ts';
import type { Anchor, Resolved } from './context/anchor.ts';
import { parseIso, toIso } from './iso.ts';

export type { Anchor, Resolved } from './context/anchor.ts';
export { DEICTIC_PATTERNS, type DeicticPattern } from './context/deictic.ts';
export { RELATIVE_PATTERNS, type RelativePattern } from './context/relative.ts';

/** An anchor that is only a year (the `contextYear` of callers that know no more). */
export function yearAnchor(year: number, text = String(year)): Anchor {
  return { iso: toIso(year), year, month: undefined, day: undefined, text };
}

/** The anchor a mention gives the text after it, or null when it cannot anchor (see the module comment). */
export function anchorOf(m: DateMention, claimId?: string): Anchor | null {
  if (!['day', 'month', 'season', 'year'].includes(m.precision)) return null;
  // A look back ("a year earlier", "two years before", "three years ago") is an aside: the passage
  // goes on from where it was.
  if (m.relative && BACKWARD.test(m.text)) return null;
  if (m.precision === 'year' && m.isoEnd !== undefined && m.qualifier === undefined) return null;
  const p = parseIso(m.iso);
  if (!p || p.year < 1000) return null;
  const fine = m.precision === 'day' || m.precision === 'month';
  return {
    iso: fine ? m.iso : toIso(p.year),
    year: p.year,
    month: fine ? p.month : undefined,
    day: m.precision === 'day' ? p.day : undefined,
    text: m.text,
    ...(claimId ? { claimId } : {}),
  };
}

/** Words that make a relative expression look back. */
const BACKWARD = /\b(?:earlier|previously|before|previous|preceding|ago|last)\b/i;

/** Whether a resolved period starts on or before an ISO date (for the publication fallback). */
export function startsBy(r: Resolved, iso: string): boolean {
  const a = parseIso(r.iso);
  const b = parseIso(iso);
  if (!a || !b) return false;
  const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
  return (
    key(a.year, a.month ?? 1, a.day ?? 1) <=
    key(b.year, b.month ?? 12, b.day ?? daysInMonth(b.year, b.month ?? 12))
  );
}

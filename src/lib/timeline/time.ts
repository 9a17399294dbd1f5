/**
 * Time on the timeline: event extents in decimal years and axis ticks that stay readable from a span
 * of two millennia down to a fortnight. Decimal years and ISO round trips come from `src/lib/dates/`
 * (astronomical numbering, so 111 BCE is -110 and years below 100 need no special case). Pure; no DOM.
 */
import { daysInMonth as daysIn, MONTH_NAMES } from '../dates/calendar.ts';
import { decimalToIso } from '../dates/compare.ts';
import { eventExtent, PRECISION_YEARS, type Precision } from '../domain/events.ts';

/** Event extents are a domain rule (src/lib/domain/events.ts); the timeline's modules take them from here. */
export { eventExtent, PRECISION_YEARS, type Precision };
import { formatIsoDate, formatYear } from '../dates/format.ts';

/** Words for a precision, for tooltips: "known to the month". */
export function precisionWords(p: Precision): string {
  return `known to the ${p}`;
}

export interface Tick {
  value: number;
  label: string;
}

const YEAR_STEPS = [1000, 500, 200, 100, 50, 25, 10, 5, 2, 1];
const MONTH_STEPS = [12, 6, 3, 1];
const DAY_STEPS = [7, 2, 1];
const MONTH_ABBR = MONTH_NAMES.map((m) => m.slice(0, 3));

/**
 * Ticks for a visible domain [a, b] in decimal years, about `count` of them at most: round years
 * (labelled "100 BCE", "1 CE", "1979"), then months ("2014", "Apr"), then days ("8 May").
 * BCE ticks fall on round BCE years (100 BCE is astronomical -99).
 */
export function timeTicks(domain: readonly [number, number], count = 8): Tick[] {
  const [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = b - a;
  const n = Math.max(2, count);
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const yearStep = [...YEAR_STEPS].reverse().find((s) => span / s <= n);
  if (yearStep !== undefined && span >= 3) {
    const step = yearStep;
    const ticks: Tick[] = [];
    for (let k = Math.ceil((a - 1) / step); k * step <= b + 1; k++) {
      const t = k * step;
      const value = t <= 0 ? t + 1 : t; // 0 → 1 CE; -100 → astronomical -99 = 100 BCE
      if (value < a || value > b) continue;
      ticks.push({ value, label: formatYear(value) });
    }
    return ticks;
  }
  const months = span * 12;
  if (months >= 2) {
    // Spans of two years or more that year ticks do not take (they need three) get a tick each
    // January even when that is more than asked: never weekly ticks over years.
    const monthStep = [...MONTH_STEPS].reverse().find((s) => months / s <= n) ?? 12;
    const ticks: Tick[] = [];
    for (let k = Math.floor(a * 12) - 1; k / 12 <= b; k++) {
      const y = Math.floor(k / 12);
      const m = k - y * 12; // 0-based
      if (m % monthStep !== 0) continue;
      const value = y + m / 12;
      if (value < a || value > b) continue;
      ticks.push({ value, label: m === 0 ? formatYear(y) : (MONTH_ABBR[m] ?? '') });
    }
    return ticks;
  }
  const days = span * 365;
  const dayStep = [...DAY_STEPS].reverse().find((s) => days / s <= n) ?? 7;
  const ticks: Tick[] = [];
  for (let k = Math.floor(a * 12) - 1; k / 12 <= b; k++) {
    const y = Math.floor(k / 12);
    const m = k - y * 12;
    for (let d = 1; d <= daysIn(y, m + 1); d += dayStep) {
      if (dayStep > 1 && d + dayStep > daysIn(y, m + 1) + 1 && d !== 1) break;
      const value = y + m / 12 + (d - 1) / 365;
      if (value < a || value > b) continue;
      ticks.push({
        value,
        label: d === 1 ? `${MONTH_ABBR[m]} ${y > 0 ? y : formatYear(y)}` : `${d} ${MONTH_ABBR[m]}`,
      });
    }
  }
  return ticks;
}

/** The ISO precision a view of this span should be written with in the URL. */
export function viewPrecision(span: number): 'year' | 'month' | 'day' {
  return span > 30 ? 'year' : span > 2 ? 'month' : 'day';
}

/** "from 1945 to 2020", "from May 2014 to August 2014": the words of a view's range. */
export function formatRange(a: number, b: number): [string, string] {
  const p = viewPrecision(b - a);
  const fmt = (v: number) => {
    const iso = decimalToIso(v, p);
    return /^-?\d+$/.test(iso) ? formatYear(Number(iso)) : formatIsoDate(iso);
  };
  return [fmt(a), fmt(Math.max(a, b - 1e-6))];
}

/**
 * ISO date strings as the project writes them: year, month or day precision, astronomical year
 * numbering with at least four digits ("2014-07-15", "2014-07", "0938", "-0110" for 111 BCE).
 * Parsing, the precision a value carries, and the problem with an impossible one. No zod, so browser
 * code (the timeline) can use it; `src/lib/schemas/iso-date.ts` wraps `isoDateProblem` in a zod type.
 */
import { daysInMonth } from './calendar.ts';

/** The precision an ISO string carries by its form. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Any ISO value of the project: optional minus, four or more year digits, optional month and day. */
const ISO_RE = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?$/;
/** The form of a record's calendar date (publication, actor dates): CE, exactly four year digits. */
const CE_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The numbers of an ISO value: month and day are undefined at coarser precision. */
export interface IsoParts {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

/** Splits an ISO value into numbers, or null when it is not of the form (fields are not range-checked). */
export function parseIso(iso: string): IsoParts | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: m[2] ? Number(m[2]) : undefined,
    day: m[3] ? Number(m[3]) : undefined,
  };
}

/** Zero-padded absolute value: pad(7) → "07", pad(938, 4) → "0938". */
export const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Astronomical ISO year: 938 → "0938", -110 → "-0110", 0 → "0000". */
export function isoYear(year: number): string {
  return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/** An ISO value from numbers, at the precision the given parts allow: (2014, 7) → "2014-07". */
export function toIso(year: number, month?: number, day?: number): string {
  if (month === undefined) return isoYear(year);
  if (day === undefined) return `${isoYear(year)}-${pad(month)}`;
  return `${isoYear(year)}-${pad(month)}-${pad(day)}`;
}

/**
 * Checks a calendar date of year, month or day precision (CE, four-digit year, as publication and
 * actor dates are written) and returns a message for an impossible one ("2015-02-30", "2015-13"), or
 * null when it is valid. Leap years follow the proleptic Gregorian calendar at every year:
 * "0000-02-29" and "0004-02-29" are valid, "1900-02-29" is not.
 */
export function isoDateProblem(value: string): string | null {
  const m = CE_DATE_RE.exec(value);
  if (!m) return `expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return `month ${mo} is impossible in "${value}"`;
    if (d !== undefined) {
      const day = Number(d);
      const last = daysInMonth(Number(y), month);
      if (day < 1 || day > last)
        return `day ${d} is impossible in "${value}" (month has ${last} days)`;
    }
  }
  return null;
}

/** The precision an ISO date string carries by its form: "2015" year, "2015-11" month, "2015-11-02" day. */
export function isoPrecision(value: string): DatePrecision {
  const p = parseIso(value);
  return p?.day !== undefined ? 'day' : p?.month !== undefined ? 'month' : 'year';
}

/**
 * ISO date checks without zod, so browser code (the timeline) can use them without bundling zod.
 * `src/lib/schemas/iso-date.ts` re-exports them next to its zod type.
 */
export type DatePrecision = 'year' | 'month' | 'day';

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Checks an ISO date string of year, month or day precision and returns a message for an impossible
 * one ("2015-02-30", "2015-13"), or null when it is valid.
 */
export function isoDateProblem(value: string): string | null {
  const m = ISO_RE.exec(value);
  if (!m) return `expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return `month ${mo} is impossible in "${value}"`;
    if (d !== undefined) {
      const day = Number(d);
      const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
      if (day < 1 || day > last)
        return `day ${d} is impossible in "${value}" (month has ${last} days)`;
    }
  }
  return null;
}

/** The precision an ISO date string carries by its length. */
export function isoPrecision(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

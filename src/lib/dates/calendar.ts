/**
 * Calendar arithmetic on plain numbers: the proleptic Gregorian calendar with astronomical year
 * numbering (1 BCE is year 0, 111 BCE is -110). Nothing here goes through JavaScript's `Date`, whose
 * `Date.UTC` reads years 0–99 as 1900–1999 (so 29 February 0000 and 0004 would be judged by 1900 and
 * 1904). Pure; safe for browser code.
 */

/** Month names in English, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Northern-hemisphere seasons: first and last month (winter runs from December into the next year). */
export const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

/** Whether `year` (astronomical: 0 is 1 BCE) has a 29 February: 2000, 0, -4 and 4 do; 1900 does not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `month` (1–12) of `year`; NaN for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return Number.NaN;
  return month === 2 && isLeapYear(year) ? 29 : (LENGTHS[month - 1] ?? Number.NaN);
}

/** Whether year, month and day name a real day ("2015-02-29" does not; "0000-02-29" does). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days from 1 January 1970 to the given day, for any year (Hinnant's days_from_civil): exact day
 * arithmetic ("two weeks after 20 June") across months, leap years and the BCE/CE boundary.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day `days` after 1 January 1970 as [year, month, day]: the inverse of `daysFromCivil`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (month <= 2 ? 1 : 0), month, day];
}

/** Adds `n` days to a day (negative goes back): [2014, 6, 20] + 14 → [2014, 7, 4]. */
export function addDays(
  year: number,
  month: number,
  day: number,
  n: number,
): [number, number, number] {
  return civilFromDays(daysFromCivil(year, month, day) + n);
}

/** Adds `n` months to a month (negative goes back): [2014, 11] + 3 → [2015, 2]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const k = year * 12 + (month - 1) + n;
  const y = Math.floor(k / 12);
  return [y, k - y * 12 + 1];
}

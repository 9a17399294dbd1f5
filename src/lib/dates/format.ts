/** Dates for people: ISO values, event dates and years written as the site shows them. Pure. */
import { MONTH_NAMES } from './calendar.ts';
import { isoPrecision } from './iso.ts';

/**
 * "2015" → "2015", "2015-11" → "November 2015", "2016-02-29" → "29 February 2016", and astronomical
 * BCE years: "-0110" → "111 BCE".
 */
export function formatIsoDate(iso: string): string {
  const bce = /^-(\d{4,})$/.exec(iso);
  if (bce) return `${Number(bce[1]) + 1} BCE`;
  const [y, m, d] = iso.split('-');
  const year = String(Number(y));
  const precision = isoPrecision(iso);
  if (precision === 'year') return year;
  const month = MONTH_NAMES[Number(m) - 1] ?? '';
  return precision === 'month' ? `${month} ${year}` : `${Number(d)} ${month} ${year}`;
}

/** A year for people: "111 BCE", "40 CE" (years below 1000 get CE so they do not read as counts), "1979". */
export function formatYear(y: number): string {
  if (y <= 0) return `${1 - y} BCE`;
  return y < 1000 ? `${y} CE` : String(y);
}

/**
 * An event's date as people write it, at its precision: "1 May – 16 July 2014", "5–10 May 2014",
 * "June 2008", "summer 2014", "the 1990s", "938 CE" (years below 1000 get CE so they do not read as
 * counts), "111 BCE". A shared year (and month) of a range is written once.
 */
export function formatEventDate(date: {
  start: string;
  end?: string | undefined;
  precision: 'day' | 'month' | 'season' | 'year' | 'decade';
}): string {
  const one = (iso: string) => {
    const y = Number(/^-?\d+/.exec(iso)?.[0]);
    const text = formatIsoDate(iso);
    return y > 0 && y < 1000 && /^\d+$/.test(text) ? `${text} CE` : text;
  };
  const start = one(date.start);
  if (!date.end || date.end === date.start) {
    if (date.precision === 'decade') return `the ${start}s`;
    if (date.precision === 'season') return `${seasonOf(date.start)} ${start.replace(/^\D+/, '')}`;
    return start;
  }
  const end = one(date.end);
  const [sy, sm] = date.start.split('-');
  const [ey, em] = date.end.split('-');
  const startWords = start.split(' ');
  if (!date.start.startsWith('-') && sy === ey && startWords.length > 1) {
    // Same year: "1 May – 16 July 2014"; same month too: "5–10 May 2014".
    if (sm === em && startWords.length === 3 && end.split(' ').length === 3) return `${startWords[0]}–${end}`;
    return `${startWords.slice(0, -1).join(' ')} – ${end}`;
  }
  return `${start} – ${end}`;
}

/** The northern-hemisphere season a month falls in ("2014-06" → "summer"). */
function seasonOf(iso: string): string {
  const m = Number(iso.split('-')[1] ?? 1);
  return m <= 2 || m === 12 ? 'winter' : m <= 5 ? 'spring' : m <= 8 ? 'summer' : 'autumn';
}

/**
 * A date as a claim writes it, with what it was read as when that adds something: "in May" →
 * "in May (May 2014, year from context)", "1990s" → "1990s (1990 – 1999)"; "May 2014" alone.
 */
export function formatDateMention(d: { text: string; iso: string; inferred?: boolean | undefined }): string {
  const read = formatIsoDate(d.iso);
  if (!d.inferred && read.toLowerCase() === d.text.trim().toLowerCase()) return d.text;
  return `${d.text} (${read}${d.inferred ? ', year from context' : ''})`;
}

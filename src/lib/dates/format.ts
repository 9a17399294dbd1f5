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
    if (sm === em && startWords.length === 3 && end.split(' ').length === 3)
      return `${startWords[0]}–${end}`;
    return `${startWords.slice(0, -1).join(' ')} – ${end}`;
  }
  return `${start} – ${end}`;
}

/** The northern-hemisphere season a month falls in ("2014-06" → "summer"). */
function seasonOf(iso: string): string {
  const m = Number(iso.split('-')[1] ?? 1);
  return m <= 2 || m === 12 ? 'winter' : m <= 5 ? 'spring' : m <= 8 ? 'summer' : 'autumn';
}

/** What `formatDateMention` needs of a date mention (see `src/lib/schemas/date-mention.ts`). */
export interface MentionLike {
  text: string;
  iso: string;
  isoEnd?: string | undefined;
  precision?: 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | undefined;
  inferred?: boolean | undefined;
  relative?: boolean | undefined;
  resolvedFrom?:
    | { text: string; iso: string; claimId?: string | undefined; publication?: boolean | undefined }
    | undefined;
}

/** The period a mention was read as, written as an event date ("15–29 July 2014", "summer 2014"). */
function reading(d: MentionLike): string {
  const precision = d.precision === 'century' || d.precision === undefined ? 'year' : d.precision;
  // A season's end is implied by its name: "summer 2014", not "June – August 2014".
  return formatEventDate({
    start: d.iso,
    end: precision === 'season' ? undefined : d.isoEnd,
    precision,
  });
}

const ABBREVIATIONS: Record<string, string> = { ad: 'ce', bc: 'bce' };
/** The words of a date, for telling whether a reading repeats the text: "Dec. 16, 2015" ≈ "16 December 2015". */
function dateWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'of', 'in', 'from', 'to', 'and', 'between'].includes(w))
    .map((w) => ABBREVIATIONS[w] ?? (/^\p{L}+$/u.test(w) && w.length >= 3 ? w.slice(0, 3) : w))
    .sort()
    .join(' ');
}

/**
 * A date as a claim writes it, with what was resolved from context in brackets and what an explicit
 * date was read as in parentheses when that adds something:
 *   - a bare day or month takes its year in brackets: "15 July [2014]", "early July [2014]";
 *   - a relative expression takes the whole period: "that month [May 2014]", "the following year
 *     [2015]", "within two weeks [15–29 July 2014]";
 *   - an explicit date stands alone ("May 2014", "Dec. 16, 2015"), or with its reading where that
 *     differs: "late 2015 (September – December 2015)", "mid-1980s (1983 – 1986)".
 */
export function formatDateMention(d: MentionLike): string {
  if (d.relative) return `${d.text} [${reading(d)}]`;
  if (d.inferred) {
    const year = /^-?\d+/.exec(d.iso)?.[0];
    return `${d.text} [${year === undefined ? reading(d) : formatYear(Number(year))}]`;
  }
  const read = reading(d);
  return dateWords(read) === dateWords(d.text) ? d.text : `${d.text} (${read})`;
}

/**
 * Where a resolved mention's brackets come from, for the claim page: the earlier date as written and
 * the claim that holds it ("from “May 2014”"), or the publication date. Null for an explicit date,
 * or for one resolved within its own sentence (the date is right there).
 */
export function dateMentionSource(d: MentionLike): { text: string; claimId?: string } | null {
  const from = d.resolvedFrom;
  if (!d.inferred || !from) return null;
  if (from.publication) return { text: 'from the publication date' };
  if (!from.claimId) return null;
  return { text: `from “${from.text}”`, claimId: from.claimId };
}

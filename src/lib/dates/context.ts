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
 */
import type { DateMention } from '../schemas/date-mention.ts';
import { addDays, addMonths, daysFromCivil, daysInMonth } from './calendar.ts';
import { parseIso, toIso } from './iso.ts';

/** The date that bare and relative expressions resolve from. */
export interface Anchor {
  /** Its ISO value: "2014-05", "2014-07-15", "2014". */
  iso: string;
  year: number;
  /** Undefined when the anchor is a year, a qualified year ("mid-2014") or a season. */
  month: number | undefined;
  /** Undefined unless the anchor is a day. */
  day: number | undefined;
  /** The date as written. */
  text: string;
  /** The claim that holds it. */
  claimId?: string | undefined;
  /** True when it is the report's publication date (no date came before). */
  publication?: boolean | undefined;
}

/** A date an expression resolves to, before its position in the text is known. */
export type Resolved = Omit<DateMention, 'text' | 'start' | 'end' | 'resolvedFrom'>;

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
const COUNT = `(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;
const countOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Which year a demonstrative names relative to the anchor's: "that/the same" 0, "the following/next" +1, "the previous" −1. */
function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/following|next/.test(w)) return 1;
  if (/previous|preceding/.test(w)) return -1;
  return 0;
}
const DEMONSTRATIVE = '(that|that same|the same|the following|the next|the previous|the preceding)';

const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

/** A resolved day, month or year, with an optional inclusive end. */
function day(y: number, m: number, d: number, end?: [number, number, number]): Resolved {
  return {
    iso: toIso(y, m, d),
    ...(end ? { isoEnd: toIso(...end) } : {}),
    precision: 'day',
    inferred: true,
    relative: true,
  };
}
function month(y: number, m: number, end?: [number, number]): Resolved {
  return {
    iso: toIso(y, m),
    ...(end ? { isoEnd: toIso(...end) } : {}),
    precision: 'month',
    inferred: true,
    relative: true,
  };
}
function year(y: number, end?: number): Resolved {
  return {
    iso: toIso(y),
    ...(end !== undefined ? { isoEnd: toIso(end) } : {}),
    precision: 'year',
    inferred: true,
    relative: true,
  };
}

/** Moves an anchor by `n` units, at the unit's precision; null when the anchor is too coarse. */
function shift(a: Anchor, unit: string, n: number): Resolved | null {
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
function within(a: Anchor, unit: string, n: number): Resolved | null {
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

/** A relative expression: its pattern and how it resolves from an anchor. */
export interface RelativePattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, anchor: Anchor) => Resolved | null;
  /** Leading words to leave out of the mention's text ("in October of that year" → "October of that year"). */
  lead?: RegExp;
}

const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((name, i) => [name, i + 1] as const),
);
/**
 * "after"/"before" end a relative expression only at a clause's end ("two years after the war" is
 * about the war), and "later"/"earlier" not before "than" ("a month earlier than planned" compares).
 */
const AFTER =
  '(later|afterwards?|earlier|previously|after(?=\\s*[,.;:)]|\\s*$)|before(?=\\s*[,.;:)]|\\s*$))(?!\\s+than\\b)';
const BACK = /^(earlier|previously|before)$/i;

/**
 * The relative expressions, longest forms first. Month names must be capitalised ("may" is a verb);
 * the other words match in any case.
 */
export const RELATIVE_PATTERNS: RelativePattern[] = [
  // "In October of that year", "by March the following year", "in May the same year"
  {
    re: new RegExp(
      `\\b(?:(?:in|by|until|since|from|during|early|late|mid)[\\s-]+)?${MONTH_NAME}\\s+(?:of\\s+)?${DEMONSTRATIVE}\\s+year\\b`,
      'gi',
    ),
    lead: /^(?:in|by|until|since|from|during)\s+/i,
    resolve: (m, a) => {
      if (!/^\p{Lu}/u.test(m[1] ?? '')) return null;
      const mo = MONTH_NUMBER[(m[1] ?? '').toLowerCase()];
      return mo ? month(a.year + offsetOf(m[2] ?? ''), mo) : null;
    },
  },
  // "that summer", "the following spring", "later that autumn"
  {
    re: new RegExp(
      `\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?${DEMONSTRATIVE}\\s+(spring|summer|autumn|fall|winter)\\b`,
      'gi',
    ),
    resolve: (m, a) => {
      const [from, to] = SEASON_MONTHS[(m[2] ?? '').toLowerCase()] ?? [6, 8];
      let y = a.year;
      const offset = offsetOf(m[1] ?? '');
      // "the following summer" after March 2014 is the summer of 2014: the next one to start.
      if (offset === 1) y += a.month !== undefined && a.month < from ? 0 : 1;
      else y += offset;
      return {
        iso: toIso(y, from),
        isoEnd: toIso(to < from ? y + 1 : y, to),
        precision: 'season',
        inferred: true,
        relative: true,
      };
    },
  },
  // "the following January", "the next April": the first such month after the anchor
  {
    re: new RegExp(`\\b(?:in\\s+|by\\s+)?the\\s+(following|next)\\s+${MONTH_NAME}\\b`, 'gi'),
    lead: /^(?:in|by)\s+/i,
    resolve: (m, a) => {
      if (!/^\p{Lu}/u.test(m[2] ?? '')) return null;
      const mo = MONTH_NUMBER[(m[2] ?? '').toLowerCase()];
      if (!mo) return null;
      return month(a.month !== undefined && mo > a.month ? a.year : a.year + 1, mo);
    },
  },
  // "Later that month", "that year", "the following year", "the next day", "earlier in the same
  // year", "the same evening"
  {
    re: new RegExp(
      `\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?${DEMONSTRATIVE}\\s+(day|month|year|morning|afternoon|evening|night)\\b(?!['’]s)`,
      'gi',
    ),
    resolve: (m, a) => {
      const unit = (m[2] ?? '').toLowerCase().replace(/morning|afternoon|evening|night/, 'day');
      const n = offsetOf(m[1] ?? '');
      if (unit === 'day') return shift(a, 'day', n);
      if (unit === 'month') return shift(a, 'month', n);
      return year(a.year + n);
    },
  },
  // "two years later", "a year earlier", "three weeks afterwards", "a decade later"
  {
    re: new RegExp(`\\b${COUNT}\\s+(day|week|month|year|decade)s?\\s+${AFTER}`, 'gi'),
    resolve: (m, a) => {
      const n = countOf(m[1] ?? '');
      if (!(n > 0)) return null;
      return shift(a, (m[2] ?? '').toLowerCase(), BACK.test(m[3] ?? '') ? -n : n);
    },
  },
  // "within days", "within weeks": a week or four from a day; the anchor's month when that is all it gives
  {
    re: /\bwithin\s+(?:(?:a\s+few|several)\s+)?(days|weeks)\b/gi,
    resolve: (m, a) => {
      if (a.month === undefined) return null;
      if (a.day === undefined) return month(a.year, a.month);
      return within(a, 'day', /week/i.test(m[1] ?? '') ? 28 : 7);
    },
  },
  // "within two weeks", "within a month", "within three days"
  {
    re: new RegExp(
      `\\bwithin\\s+(?:the\\s+(?:next|following)\\s+)?${COUNT}\\s+(day|week|month|year)s?\\b`,
      'gi',
    ),
    resolve: (m, a) => {
      const n = countOf(m[1] ?? '');
      return n > 0 ? within(a, (m[2] ?? '').toLowerCase(), n) : null;
    },
  },
];

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

/**
 * Expressions that count from the time of writing ("this year", "last July", "in March last year",
 * "two years ago", "on Friday"): they resolve from the report's publication date, whatever came before.
 * A weekday does only when the publication date is known to the day and the passage is about the
 * week before it (no date before it, or the nearest one reaches that week): "on Friday" in a news
 * report, not in a history.
 */
export interface DeicticPattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, published: Anchor, context: Anchor | null) => Resolved | null;
  lead?: RegExp;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const deictic = (r: Resolved | null): Resolved | null => (r ? { ...r, relative: true } : null);
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

export const DEICTIC_PATTERNS: DeicticPattern[] = [
  // "In March last year", "in April this year", "May of next year"
  {
    re: new RegExp(
      `\\b(?:(?:in|by|until|since|from|during|early|late|mid)[\\s-]+)?${MONTH_NAME}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
      'gi',
    ),
    lead: /^(?:in|by|until|since|from|during)\s+/i,
    resolve: (m, p) => {
      if (!/^\p{Lu}/u.test(m[1] ?? '')) return null;
      const mo = MONTH_NUMBER[(m[1] ?? '').toLowerCase()];
      return mo
        ? deictic(month(p.year + (YEAR_OFFSET[(m[2] ?? '').toLowerCase()] ?? 0), mo))
        : null;
    },
  },
  // "last July", "next March", "this June"
  {
    re: new RegExp(`\\b(last|this|next)\\s+${MONTH_NAME}\\b`, 'gi'),
    resolve: (m, p) => {
      if (!/^\p{Lu}/u.test(m[2] ?? '') || p.month === undefined) return null;
      const mo = MONTH_NUMBER[(m[2] ?? '').toLowerCase()];
      if (!mo) return null;
      const which = (m[1] ?? '').toLowerCase();
      const y =
        which === 'last'
          ? mo < p.month
            ? p.year
            : p.year - 1
          : which === 'next'
            ? mo > p.month
              ? p.year
              : p.year + 1
            : p.year;
      return deictic(month(y, mo));
    },
  },
  // "this year", "last year", "last month", "next year" (not "the next year", which counts from the
  // passage, nor the "this month" of "a decade ago this month", read with "ago" below)
  {
    re: /(?<!\bthe\s)(?<!\bago\s+)\b(last|this|next)\s+(year|month)\b(?!['’]s)/gi,
    resolve: (m, p) => {
      const n = YEAR_OFFSET[(m[1] ?? '').toLowerCase()] ?? 0;
      if ((m[2] ?? '').toLowerCase() === 'year') return deictic(year(p.year + n));
      return p.month === undefined ? null : deictic(month(...addMonths(p.year, p.month, n)));
    },
  },
  // "two years ago", "a decade ago this week", "three months ago"
  {
    re: new RegExp(
      `\\b${COUNT}\\s+(month|year|decade)s?\\s+ago\\b(?:\\s+this\\s+(week|month))?`,
      'gi',
    ),
    resolve: (m, p) => {
      const n = countOf(m[1] ?? '');
      if (!(n > 0)) return null;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'month')
        return p.month === undefined ? null : deictic(month(...addMonths(p.year, p.month, -n)));
      const y = p.year - (unit === 'decade' ? 10 * n : n);
      // "a decade ago this week": the same time of year, ten years back.
      return m[3] && p.month !== undefined ? deictic(month(y, p.month)) : deictic(year(y));
    },
  },
  // "on Friday", "last Tuesday", "on Wednesday afternoon"
  {
    re: /\b(on|last|this|since|by|until|from)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    lead: /^(?:on|since|by|until|from)\s+/i,
    resolve: (m, p, context) => {
      if (p.month === undefined || p.day === undefined || !/^\p{Lu}/u.test(m[2] ?? '')) return null;
      const published = daysFromCivil(p.year, p.month, p.day);
      if (context) {
        // The nearest date before must reach the week before publication.
        const end =
          context.day !== undefined
            ? daysFromCivil(context.year, context.month ?? 1, context.day)
            : context.month !== undefined
              ? daysFromCivil(context.year, context.month, daysInMonth(context.year, context.month))
              : daysFromCivil(context.year, 12, 31);
        if (end < published - 7) return null;
      }
      const weekday = WEEKDAYS.indexOf(m[2] ?? '');
      const today = (((published + 4) % 7) + 7) % 7; // 1 January 1970 was a Thursday
      let back = (today - weekday + 7) % 7;
      if (back === 0 && (m[1] ?? '').toLowerCase() === 'last') back = 7;
      return deictic(day(...addDays(p.year, p.month, p.day, -back)));
    },
  },
];

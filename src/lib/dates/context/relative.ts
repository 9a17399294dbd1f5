/** Relative expressions: dates stated from the anchor before them ("two years later", "that summer"). */
import { SEASON_MONTHS } from '../calendar.ts';
import { toIso } from '../iso.ts';
import type { Anchor, Resolved } from './anchor.ts';
import {
  COUNT,
  countOf,
  DEMONSTRATIVE,
  month,
  MONTH_NAME,
  MONTH_NUMBER,
  offsetOf,
  shift,
  within,
  year,
} from './units.ts';

/** A relative expression: its pattern and how it resolves from an anchor. */
export interface RelativePattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, anchor: Anchor) => Resolved | null;
  /** Leading words to leave out of the mention's text ("in October of that year" → "October of that year"). */
  lead?: RegExp;
}

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

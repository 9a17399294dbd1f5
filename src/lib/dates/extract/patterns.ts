/**
 * The date patterns of explicit and bare dates, most specific first: ISO dates, day ranges, days,
 * month ranges, months, seasons, eras, year ranges, decades, qualified years, the end or beginning of
 * a year, and last the bare month and the bare year, which need a cue word around them.
 */
import { isValidDay, MONTH_NAMES, SEASON_MONTHS } from '../calendar.ts';
import type { Resolved } from '../context.ts';
import { isoYear, pad } from '../iso.ts';

/** Month names and their abbreviations ("Sept", "Dec") in lower case → month number. */
const MONTHS: Record<string, number> = { sept: 9 };
MONTH_NAMES.forEach((name, i) => {
  MONTHS[name.toLowerCase()] = i + 1;
  MONTHS[name.slice(0, 3).toLowerCase()] = i + 1;
});
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*[–—-]\\s*';
const YEAR = '(\\d{4})';

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;

/** A date pattern; `make` reads a match, taking the year from `ctxYear` when the text gives none. */
export interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray, ctxYear: number | null) => Resolved | null;
}

const plausibleYear = (y: number) => y >= 1000 && y <= 2100;

export const PATTERNS: Pattern[] = [
  // ISO "2015-05-11"
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return plausibleYear(y) && mo >= 1 && mo <= 12 && isValidDay(y, mo, d)
        ? { iso: `${isoYear(y)}-${pad(mo)}-${pad(d)}`, precision: 'day', inferred: false }
        : null;
    },
  },
  // "16–18 October 2014", "16–17 April 2015", "16–18 October", "from 8 to 14 May", "between 8 and 14 May"
  {
    // Case-sensitive: "between 3 and 5 may be" is not a date.
    re: new RegExp(
      `\\b(?:(?:[Ff]rom|[Bb]etween)\\s+)?${DAY}(?:${DASH}|\\s+(?:to|and|until)\\s+)${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
      'g',
    ),
    make: (m, ctx) => {
      const y = m[4] ? Number(m[4]) : ctx;
      const mo = monthOf(m[3] ?? '');
      if (y === null || !mo || !isValidDay(y, mo, Number(m[1])) || !isValidDay(y, mo, Number(m[2])))
        return null;
      return {
        iso: `${isoYear(y)}-${pad(mo)}-${pad(Number(m[1]))}`,
        isoEnd: `${isoYear(y)}-${pad(mo)}-${pad(Number(m[2]))}`,
        precision: 'day',
        inferred: !m[4],
      };
    },
  },
  // "15 July 2014", "18 June" (year from context)
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'),
    make: (m, ctx) => {
      const y = m[3] ? Number(m[3]) : ctx;
      const mo = monthOf(m[2] ?? '');
      const d = Number(m[1]);
      if (y === null || !mo || !isValidDay(y, mo, d)) return null;
      return { iso: `${isoYear(y)}-${pad(mo)}-${pad(d)}`, precision: 'day', inferred: !m[3] };
    },
  },
  // "July 15, 2015", "Dec. 16, 2015", "July 15th" (year from context)
  {
    re: new RegExp(
      `\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b(?!\\s*(?:per|%|percent|billion|million|km|kilomet))`,
      'g',
    ),
    make: (m, ctx) => {
      const y = m[3] ? Number(m[3]) : ctx;
      const mo = monthOf(m[1] ?? '');
      const d = Number(m[2]);
      if (y === null || !mo || !isValidDay(y, mo, d)) return null;
      return { iso: `${isoYear(y)}-${pad(mo)}-${pad(d)}`, precision: 'day', inferred: !m[3] };
    },
  },
  // "May to July 2014", "from July to October 2019", "between March and June 2015", "May–July 2014"
  {
    re: new RegExp(
      `\\b(?:([Ff]rom|[Bb]etween)\\s+)?${MONTH}(\\s+(?:to|until|and)\\s+|${DASH})${MONTH},?\\s+${YEAR}\\b`,
      'g',
    ),
    make: (m) => {
      // "May and July 2014" is two months; "and" makes a range only after "between".
      if (/\band\b/.test(m[3] ?? '') && m[1]?.toLowerCase() !== 'between') return null;
      const y = Number(m[5]);
      const [a, b] = [monthOf(m[2] ?? ''), monthOf(m[4] ?? '')];
      if (!plausibleYear(y) || !a || !b || a === b) return null;
      // "November to February 2015" starts in the year before.
      return {
        iso: `${isoYear(b < a ? y - 1 : y)}-${pad(a)}`,
        isoEnd: `${isoYear(y)}-${pad(b)}`,
        precision: 'month',
        inferred: false,
      };
    },
  },
  // "May 2014", "October of 2008"
  {
    re: new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+${YEAR}\\b`, 'g'),
    make: (m) => {
      const y = Number(m[2]);
      const mo = monthOf(m[1] ?? '');
      return plausibleYear(y) && mo
        ? { iso: `${isoYear(y)}-${pad(mo)}`, precision: 'month', inferred: false }
        : null;
    },
  },
  // "the summer of 2014", "summer 2014"
  {
    re: /\b(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})\b/gi,
    make: (m) => {
      const y = Number(m[2]);
      const [a, b] = SEASON_MONTHS[(m[1] ?? '').toLowerCase()] ?? [6, 8];
      if (!plausibleYear(y)) return null;
      return {
        iso: `${isoYear(y)}-${pad(a)}`,
        isoEnd: `${isoYear(b < a ? y + 1 : y)}-${pad(b)}`,
        precision: 'season',
        inferred: false,
      };
    },
  },
  // "111 BCE", "938 AD", "AD 938", "938 CE"
  {
    re: /\b(\d{1,4})\s*(BCE|BC|CE|AD)\b|\bAD\s+(\d{1,4})\b/g,
    make: (m) => {
      const n = Number(m[1] ?? m[3]);
      const era = m[2] ?? 'AD';
      if (!n) return null;
      const y = era === 'BCE' || era === 'BC' ? 1 - n : n;
      return { iso: isoYear(y), precision: 'year', inferred: false };
    },
  },
  // "from 1407 to 1428", "between 1965 and 1973", "1407–1428", "2001–07"
  {
    re: /\b(?:(from|between)\s+)?(\d{4})(\s+(?:to|and|until)\s+|\s*[–—-]\s*)(\d{4}|\d{1,2})\b(?![-–]\d)/gi,
    make: (m) => {
      // "1999 and 2000" is two years; "and" makes a range only after "between".
      if (/\band\b/i.test(m[3] ?? '') && m[1]?.toLowerCase() !== 'between') return null;
      const a = Number(m[2]);
      let b = Number(m[4]);
      const short = (m[4] ?? '').length;
      if (short < 4) b = Math.floor(a / 10 ** short) * 10 ** short + b;
      if (!plausibleYear(a) || !plausibleYear(b) || b <= a || b - a > 200) return null;
      return { iso: isoYear(a), isoEnd: isoYear(b), precision: 'year', inferred: false };
    },
  },
  // "early/mid/late 2015", "mid-1980s", "the 1990s", "the early 2000s"
  {
    re: /\b(?:(early|mid|late)[\s-]+)?(\d{3}0)s\b/gi,
    make: (m) => {
      const d = Number(m[2]);
      if (!plausibleYear(d)) return null;
      const q = m[1]?.toLowerCase() as 'early' | 'mid' | 'late' | undefined;
      const [a, b] = q === 'early' ? [0, 3] : q === 'mid' ? [3, 6] : q === 'late' ? [7, 9] : [0, 9];
      return {
        iso: isoYear(d + a),
        isoEnd: isoYear(d + b),
        precision: 'decade',
        ...(q ? { qualifier: q } : {}),
        inferred: false,
      };
    },
  },
  {
    re: /\b(early|mid|late)[\s-]+(\d{4})\b(?!s)/gi,
    make: (m) => {
      const y = Number(m[2]);
      if (!plausibleYear(y)) return null;
      const q = (m[1] ?? '').toLowerCase() as 'early' | 'mid' | 'late';
      const [a, b] = q === 'early' ? [1, 4] : q === 'mid' ? [5, 8] : [9, 12];
      return {
        iso: `${isoYear(y)}-${pad(a)}`,
        isoEnd: `${isoYear(y)}-${pad(b)}`,
        precision: 'year',
        qualifier: q,
        inferred: false,
      };
    },
  },
  // "the end of 2008", "the beginning of 1979": the year's last or first month
  {
    re: /\b(?:the\s+)?(end|close|beginning|start)\s+of\s+(\d{4})\b/gi,
    make: (m) => {
      const y = Number(m[2]);
      if (!plausibleYear(y)) return null;
      const mo = /end|close/i.test(m[1] ?? '') ? 12 : 1;
      return { iso: `${isoYear(y)}-${pad(mo)}`, precision: 'month', inferred: false };
    },
  },
  // A bare month ("In June…") — year from context. The cue words match in any case, the month only
  // capitalised: "this may include", "that may change" are verbs.
  {
    re: new RegExp(
      `\\b(?:in|by|until|since|from|during|early|late|mid|of|last|that|this|next)[\\s-]+${MONTH.replace(/\\\.\?/g, '')}\\b(?!\\s+\\d)`,
      'gi',
    ),
    make: (m, ctx) => {
      const mo = monthOf(m[1] ?? '');
      if (ctx === null || !mo || !/^\p{Lu}/u.test(m[1] ?? '')) return null;
      return { iso: `${isoYear(ctx)}-${pad(mo)}`, precision: 'month', inferred: true };
    },
  },
  // A bare year with a date word before it, or a year standing alone as "in 2014".
  {
    re: /(?<![\p{L}\p{N}$£€.,\-–/])(\d{4})(?![\p{L}\p{N}%]|[.,]\d|-\d|\s*(?:per|percent|billion|million|thousand|km|kilomet|square|metres|meters|miles|troops|people|tons|tonnes|dollars|ships|vessels|soldiers|kilograms|kg|US\$|\$))/gu,
    make: (m) => {
      const y = Number(m[1]);
      return plausibleYear(y) ? { iso: isoYear(y), precision: 'year', inferred: false } : null;
    },
  },
];

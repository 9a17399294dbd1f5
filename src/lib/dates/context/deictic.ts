/** Deictic expressions: dates counted from the report's publication date ("last year", "on Friday"). */
import { addDays, addMonths, daysFromCivil, daysInMonth } from '../calendar.ts';
import type { Anchor, Resolved } from './anchor.ts';
import { COUNT, countOf, day, month, MONTH_NAME, MONTH_NUMBER, year } from './units.ts';

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

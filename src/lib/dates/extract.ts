/**
 * Date expressions in report prose. One pass of ordered patterns over the sentence; an earlier
 * (longer, more specific) match claims its characters so later patterns cannot reuse them.
 *
 * Conventions: ISO values with astronomical year numbering and at least four digits ("0938",
 * "-0110" for 111 BCE). Seasons are northern-hemisphere (summer = June–August). "early/mid/late" split
 * a year or decade into thirds. A bare four-digit number is a year only in 1000–2100 and only when a
 * word around it makes it a date (in, since, by, until, from, of, during, before, after, between,
 * early/mid/late, a month, "the year") or it stands in a range; numbers followed by units, money,
 * per cent, or glued to letters or hyphens ("HS981", "F-16") are never dates.
 *
 * Context: a bare day or month ("On 18 June", "in early July") takes the year of the nearest date
 * before it, and a relative expression ("Later that month", "two years later") is resolved from that
 * date (`context.ts` says which dates anchor and how). Both are `inferred` and record `resolvedFrom`;
 * relative ones are also `relative`. With no date before it in the sentence or the context, a bare day
 * or month takes the year of the first explicit date later in the same sentence, else the year of
 * the report's publication when that puts it on or before the publication date (a web article about
 * recent events: "On 25 August" in a piece of 2 September 2015); otherwise it is not reported.
 * Relative expressions never resolve from the publication date or from a date after them.
 */
import type { DateMention } from '../schemas/date-mention.ts';
import { isValidDay, MONTH_NAMES } from './calendar.ts';
import { isoYear, pad, parseIso } from './iso.ts';
import { anchorOf, RELATIVE_PATTERNS, startsBy, yearAnchor, type Anchor, type Resolved } from './context.ts';

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
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;

/** A date pattern; `make` reads a match, taking the year from `ctxYear` when the text gives none. */
interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray, ctxYear: number | null) => Resolved | null;
}

const plausibleYear = (y: number) => y >= 1000 && y <= 2100;

const PATTERNS: Pattern[] = [
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
      const [a, b] = SEASONS[(m[1] ?? '').toLowerCase()] ?? [6, 8];
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

/** Words that, just before a bare four-digit number, make it a year. */
const YEAR_CUE =
  /\b(?:the|in|since|by|until|till|from|of|during|before|after|between|and|to|through|around|circa|c\.|early|mid|late|year|years|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\s*[,(]?\s*$/i;

/**
 * Whether the four-digit number from `start` to `end` opens a sentence of prose ("2015 began with…",
 * "… talks. (1979 saw…"): style guides spell out other numbers there, so in this position it is a
 * year. A table row's first cell ("2014 | $43.9 | …") is data, not a sentence.
 */
function opensSentence(text: string, start: number, end: number): boolean {
  if (!/^,?\s+\p{L}/u.test(text.slice(end, end + 3))) return false;
  const head = text.slice(Math.max(0, start - 6), start);
  if (start === head.length && /^["“‘(]?$/.test(head)) return true;
  return /[.!?]["”’)\]]?\s+["“‘(]?$/.test(head);
}

/** What the text before a sentence says about dates. */
export interface DateContext {
  /** The nearest date before the sentence, from an earlier claim; null at the start of a text. */
  anchor?: Anchor | null | undefined;
  /** A year to resolve from when no anchor is given (the anchor is a bare year then). */
  contextYear?: number | null | undefined;
  /** The report's publication date (ISO), for the fallback described above. */
  published?: string | undefined;
  /** The claim the sentence is, recorded in the anchor it passes on. */
  claimId?: string | undefined;
}

export interface DateExtraction {
  mentions: DateMention[];
  /** The anchor after this text: its last date that can anchor, else the incoming anchor. */
  anchor: Anchor | null;
  /** The year of that anchor (null without one). */
  contextYear: number | null;
}

/** One step of the pass: a pattern of explicit or bare dates, or a relative expression. */
interface Step {
  re: RegExp;
  make: (m: RegExpExecArray, anchor: Anchor | null) => Resolved | null;
  /** Relative expressions resolve from an anchor before them only, never from the publication date. */
  relative: boolean;
  /** A bare four-digit number, which needs a date word before it or a sentence to open. */
  bareYear: boolean;
  /** Leading cue words left out of the mention's text. */
  lead?: RegExp | undefined;
}

const LEAD = /^(?:in|by|until|since|from|during|of|last|that|this|next)\s+/i;
const STEPS: Step[] = [
  ...PATTERNS.slice(0, -2).map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => p.make(m, a?.year ?? null),
    relative: false,
    bareYear: false,
  })),
  ...RELATIVE_PATTERNS.map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => (a ? p.resolve(m, a) : null),
    relative: true,
    bareYear: false,
    lead: p.lead,
  })),
  ...PATTERNS.slice(-2).map((p, i) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => p.make(m, a?.year ?? null),
    relative: false,
    bareYear: i === 1,
    lead: i === 0 ? LEAD : undefined,
  })),
];

/**
 * One pass of the steps over `text`. `anchorAt(position, relative)` gives the anchor for an
 * expression at a position; `published` allows the publication fallback for bare days and months.
 */
function scan(
  text: string,
  anchorAt: (position: number, relative: boolean) => Anchor | null,
  published: string | undefined,
): DateMention[] {
  const taken = new Uint8Array(text.length);
  const mentions: DateMention[] = [];
  const publication = published ? parseIso(published) : null;
  for (const step of STEPS) {
    step.re.lastIndex = 0;
    for (let m = step.re.exec(text); m; m = step.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        step.re.lastIndex++;
        continue;
      }
      let free = true;
      for (let k = start; k < end; k++) if (taken[k]) free = false;
      if (!free) continue;
      if (step.bareYear) {
        const before = text.slice(Math.max(0, start - 24), start);
        if (!YEAR_CUE.test(before) && !opensSentence(text, start, end)) continue;
      }
      let anchor = anchorAt(start, step.relative);
      let made = step.make(m, anchor);
      if (!made && !anchor && !step.relative && publication && published) {
        // Nothing came before: the year of publication, if that does not put the date after it.
        anchor = { ...yearAnchor(publication.year, published), iso: published, publication: true };
        made = step.make(m, anchor);
        if (made && (!made.inferred || !startsBy(made, published))) made = null;
      }
      if (!made) continue;
      // Trim a leading cue word ("in June" → "June") from the reported text.
      const lead = step.lead?.exec(m[0]);
      const s = start + (lead ? lead[0].length : 0);
      const mention: DateMention = { ...made, text: text.slice(s, end), start: s, end };
      if (made.inferred && anchor)
        mention.resolvedFrom = {
          text: anchor.text,
          iso: anchor.iso,
          ...(anchor.claimId ? { claimId: anchor.claimId } : {}),
          ...(anchor.publication ? { publication: true } : {}),
        };
      mentions.push(mention);
      taken.fill(1, start, end);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Finds the date expressions in `text`. Bare and relative ones resolve from the nearest date before
 * them: an explicit date earlier in the sentence, else `ctx.anchor` (or `ctx.contextYear`); see the
 * module comment for the fallbacks. Returns the anchor to pass to the next sentence.
 */
export function extractDates(text: string, ctx: DateContext = {}): DateExtraction {
  const incoming =
    ctx.anchor ?? (ctx.contextYear !== null && ctx.contextYear !== undefined ? yearAnchor(ctx.contextYear) : null);
  // The sentence's own explicit dates, which anchor what follows them in it.
  const own = scan(text, () => null, undefined)
    .map((m) => ({ end: m.end, anchor: anchorOf(m) }))
    .filter((x): x is { end: number; anchor: Anchor } => x.anchor !== null);
  const anchorAt = (position: number, relative: boolean): Anchor | null => {
    let best: Anchor | null = null;
    for (const x of own) if (x.end <= position) best = x.anchor;
    return best ?? incoming ?? (relative ? null : (own[0]?.anchor ?? null));
  };
  const mentions = scan(text, anchorAt, ctx.published);
  let anchor = incoming;
  for (const m of mentions) anchor = anchorOf(m, ctx.claimId) ?? anchor;
  return { mentions, anchor, contextYear: anchor?.year ?? null };
}

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
 * Relative expressions never resolve from the publication date or from a date after them. Deictic
 * expressions ("this year", "last July", "in March last year", "two years ago", "on Friday") count
 * from the publication date whatever came before (`DEICTIC_PATTERNS`); without one they are not dates.
 */
import type { DateMention } from '../schemas/date-mention.ts';
import { isValidDay, MONTH_NAMES } from './calendar.ts';
import { isoYear, pad, parseIso } from './iso.ts';
import {
  anchorOf,
  DEICTIC_PATTERNS,
  RELATIVE_PATTERNS,
  startsBy,
  yearAnchor,
  type Anchor,
  type Resolved,
} from './context.ts';

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

/** One step of the pass: a pattern of explicit or bare dates, a relative or a deictic expression. */
interface Step {
  re: RegExp;
  /** Reads a match from the anchor before it or (deictic expressions) from the publication date. */
  make: (m: RegExpExecArray, anchor: Anchor | null, published: Anchor | null) => Resolved | null;
  /** Relative expressions resolve from an anchor before them only, never from the publication date. */
  relative?: boolean;
  /** Deictic expressions count from the publication date. */
  deictic?: boolean;
  /** A bare four-digit number, which needs a date word before it or a sentence to open. */
  bareYear?: boolean;
  /** Leading cue words left out of the mention's text. */
  lead?: RegExp | undefined;
}

const LEAD = /^(?:in|by|until|since|from|during|of|last|that|this|next)\s+/i;
const STEPS: Step[] = [
  ...PATTERNS.slice(0, -2).map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => p.make(m, a?.year ?? null),
  })),
  ...RELATIVE_PATTERNS.map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => (a ? p.resolve(m, a) : null),
    relative: true,
    lead: p.lead,
  })),
  // Deictic month forms ("last July", "in March last year") before the bare month takes "in March".
  ...DEICTIC_PATTERNS.slice(0, 2).map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null, pub: Anchor | null) =>
      pub ? p.resolve(m, pub, a) : null,
    deictic: true,
    lead: p.lead,
  })),
  ...PATTERNS.slice(-2).map((p, i) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null) => p.make(m, a?.year ?? null),
    bareYear: i === 1,
    lead: i === 0 ? LEAD : undefined,
  })),
  ...DEICTIC_PATTERNS.slice(2).map((p) => ({
    re: p.re,
    make: (m: RegExpExecArray, a: Anchor | null, pub: Anchor | null) =>
      pub ? p.resolve(m, pub, a) : null,
    deictic: true,
    lead: p.lead,
  })),
];

/** A four-digit number as the subject of a sentence about a year: "For Vietnam, 2016 was the year…". */
const YEAR_SUBJECT = /^\s+(?:was|saw|marked|brought|proved|became)\b/;
/**
 * A bare day or month followed by "last year", "this year" or "next year" (possibly after the other
 * end of a range: "Oct. 30 to Nov. 1 last year") takes its year from the publication date.
 */
const YEAR_SUFFIX =
  /^(?:\s*(?:to|until|and|[–—-])\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}))?,?\s+(?:of\s+)?(last|this|next)\s+year\b/u;

/** The publication date as an anchor: what deictic expressions and the fallback resolve from. */
function publicationAnchor(published: string | undefined): Anchor | null {
  const p = published ? parseIso(published) : null;
  if (!p || !published) return null;
  return {
    iso: published,
    year: p.year,
    month: p.month,
    day: p.day,
    text: published,
    publication: true,
  };
}

/**
 * One pass of the steps over `text`. `anchorAt(position, relative)` gives the anchor for an
 * expression at a position; `published` allows deictic expressions and the publication fallback.
 */
function scan(
  text: string,
  anchorAt: (position: number, relative: boolean) => Anchor | null,
  published: string | undefined,
): DateMention[] {
  const taken = new Uint8Array(text.length);
  const mentions: DateMention[] = [];
  const pub = publicationAnchor(published);
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
        if (
          !YEAR_CUE.test(before) &&
          !opensSentence(text, start, end) &&
          !YEAR_SUBJECT.test(text.slice(end, end + 12))
        )
          continue;
      }
      let anchor = step.deictic ? pub : anchorAt(start, step.relative === true);
      let made: Resolved | null = null;
      if (!step.relative && !step.deictic && pub) {
        // "in April this year", "on 3 March last year": the year counts from the publication date.
        const suffix = YEAR_SUFFIX.exec(text.slice(end, end + 40));
        const which = suffix?.[1]?.toLowerCase();
        if (suffix && which) {
          const counted = {
            ...pub,
            year: pub.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0),
          };
          const r = step.make(m, counted, pub);
          if (r?.inferred) {
            [anchor, made] = [counted, r];
            taken.fill(1, end + suffix[0].lastIndexOf(suffix[1] ?? ''), end + suffix[0].length);
          }
        }
      }
      made ??= step.make(m, step.deictic ? anchorAt(start, false) : anchor, pub);
      if (!made && !anchor && !step.relative && !step.deictic && pub && published) {
        // Nothing came before: the year of publication, if that does not put the date after it.
        anchor = pub;
        made = step.make(m, anchor, pub);
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

/** "since 1975": a starting point, not the time the passage is at, so it anchors nothing. */
const SINCE = /\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/** The anchors a sentence's mentions give what follows them, with where each ends. */
function anchorsIn(
  text: string,
  mentions: DateMention[],
  claimId?: string,
): Array<{ end: number; anchor: Anchor }> {
  const out: Array<{ end: number; anchor: Anchor }> = [];
  for (const m of mentions) {
    if (SINCE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const anchor = anchorOf(m, claimId);
    if (anchor) out.push({ end: m.end, anchor });
  }
  return out;
}

/**
 * Finds the date expressions in `text`. Bare and relative ones resolve from the nearest date before
 * them: an explicit date earlier in the sentence, else `ctx.anchor` (or `ctx.contextYear`); see the
 * module comment for the fallbacks. Returns the anchor to pass to the next sentence.
 */
export function extractDates(text: string, ctx: DateContext = {}): DateExtraction {
  const incoming =
    ctx.anchor ??
    (ctx.contextYear !== null && ctx.contextYear !== undefined
      ? yearAnchor(ctx.contextYear)
      : null);
  // The sentence's own explicit dates, which anchor what follows them in it.
  const explicit = anchorsIn(
    text,
    scan(text, () => null, undefined),
  );
  const resolve = (own: Array<{ end: number; anchor: Anchor }>) =>
    scan(
      text,
      (position, relative) => {
        let best: Anchor | null = null;
        for (const x of own) if (x.end <= position) best = x.anchor;
        return best ?? incoming ?? (relative ? null : (explicit[0]?.anchor ?? null));
      },
      ctx.published,
    );
  // Twice, so a date resolved early in the sentence anchors one later in it ("The following year,
  // in November, …").
  const first = resolve(explicit);
  const mentions = resolve(anchorsIn(text, first));
  const own = anchorsIn(text, mentions, ctx.claimId);
  const anchor = own.at(-1)?.anchor ?? incoming;
  return { mentions, anchor, contextYear: anchor?.year ?? null };
}

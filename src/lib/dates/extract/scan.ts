/**
 * One pass of ordered steps over a sentence: explicit dates, relative expressions, deictic ones and
 * the bare month and year. A step's match claims its characters, so a later step cannot reuse them.
 */
import type { DateMention } from '../../schemas/date-mention.ts';
import {
  DEICTIC_PATTERNS,
  RELATIVE_PATTERNS,
  startsBy,
  type Anchor,
  type Resolved,
} from '../context.ts';
import { parseIso } from '../iso.ts';
import { PATTERNS } from './patterns.ts';

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
export function scan(
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

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
 *
 * The parts, in `extract/`: `patterns.ts` (explicit and bare dates) and `scan.ts` (the ordered pass).
 */
import type { DateMention } from '../schemas/date-mention.ts';
import { anchorOf, yearAnchor, type Anchor } from './context.ts';
import { scan } from './extract/scan.ts';

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

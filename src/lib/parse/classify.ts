/**
 * Claim kinds from transparent rules, tried in order; the first that matches decides. The rules are
 * exported so the README and the about page can show them exactly as the code applies them.
 */
import type { ClaimKind } from '../schemas/claim.ts';

export interface KindRule {
  kind: ClaimKind;
  /** Plain-language statement of the rule. */
  rule: string;
  test: (text: string) => boolean;
}

const QUOTED = /[“"]([^”"]{12,})[”"]/g;

/** Share of the sentence's letters that sit inside quotation marks. */
function quotedShare(text: string): number {
  let quoted = 0;
  for (const m of text.matchAll(QUOTED)) quoted += (m[1] ?? '').length;
  return quoted / Math.max(1, text.length);
}

export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'quotation',
    rule: 'More than half of the sentence is inside quotation marks, or a quotation of 12+ characters is attributed with a speech verb (said, stated, told, declared, according to…).',
    test: (t) =>
      quotedShare(t) > 0.5 ||
      (quotedShare(t) > 0 &&
        /\b(said|says|stated|states|told|declared|remarked|noted that|warned|announced|according to|in the words of)\b/i.test(
          t,
        )),
  },
  {
    kind: 'recommendation',
    rule: 'Prescribes action: should, ought to, must, need(s) to, it is recommended, is advised to, would do well to, has to (when not about the past).',
    test: (t) =>
      /\b(should|ought to|must|needs? to|it is (?:recommended|advisable|essential|imperative)|would do well to|is advised to|recommend(?:s|ed)? that)\b/i.test(
        t,
      ),
  },
  {
    kind: 'prediction',
    rule: 'Speaks of the future: will/won’t (other than in quotations), is likely to, is expected to, is set to, may well, in the coming years/decades, in the future.',
    test: (t) =>
      /\b(will|won['’]t|is (?:un)?likely to|are (?:un)?likely to|is expected to|are expected to|is set to|may well|in the coming (?:years|decades|months)|in the future|going forward)\b/i.test(
        t,
      ),
  },
  {
    kind: 'assessment',
    rule: 'Evaluates or hedges: seems, appears, suggests, likely, perhaps, arguably, significant(ly), important, crucial, clearly, it is evident, we argue, may/might/could, in effect, remains…, notably.',
    test: (t) =>
      /\b(seems?|appears?|suggests?|likely|perhaps|arguably|probably|significant(?:ly)?|important|crucial|critical|clearly|evident|argu(?:e|es|ed)|may|might|could|in effect|essentially|notabl[ey]|indeed|remains?|concern(?:s|ed)?|fear(?:s|ed)?|distrust|wary|suspicio(?:n|us))\b/i.test(
        t,
      ),
  },
  {
    kind: 'fact',
    rule: 'Anything else: a statement of what happened or what is.',
    test: () => true,
  },
];

export function classifyClaim(text: string): ClaimKind {
  for (const r of KIND_RULES) if (r.test(text)) return r.kind;
  return 'fact';
}

/**
 * Kinds of text that state no happening though they carry dates: the apparatus of a report (a note
 * or reference that leaked into the body, a byline, a caption, a teaser for another article) and
 * statistics. Used by event linking (`attachEvents`): apparatus attests no event at all, and a
 * statistic's dates are the period it measures, so it never makes an extracted event (it may still
 * attest a curated event that it names by a term).
 */
export type NonEventKind = 'citation' | 'byline' | 'caption' | 'teaser' | 'statistic';

export interface NonEventRule {
  kind: NonEventKind;
  /** Plain-language statement of the rule. */
  rule: string;
  test: (text: string) => boolean;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
/** A written date: "3 May 2014", "May 3, 2014", "May 2014", "2014-05-03". */
const WRITTEN_DATE = `(?:\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4}|(?:${MONTHS})\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)`;
/**
 * A citation's ending: a comma, at most one capitalised place ("Hanoi,") and a date that ends the
 * sentence, after at most 200 characters of source ("Reuters, \"…\", 3 May 2014."). A sentence of prose
 * puts a word before its date ("…the second visit, in November 2008.").
 */
const CITED_DATE = new RegExp(
  `^(?:\\d{1,3}\\.?\\s+)?[\\p{Lu}"“‘'][^]{0,200}?,[”"’]?\\s*(?:[\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?,\\s*)?${WRITTEN_DATE}\\.?$`,
  'u',
);
/** A clock time: "10:42", "4:05 PM", "14:05 GMT". */
const CLOCK = /\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\b/;
/** A quantity: a number with a unit or an approximation ("$50 billion", "12 per cent", "around 160"). */
const QUANTITY = new RegExp(
  [
    '[$€£¥]\\s?\\d',
    '\\b(?:US|USD)\\s?\\$?\\s?\\d',
    '\\d(?:[\\d,.]*)\\s*(?:%|per\\s?cent|percent|billion|million|trillion|tonnes|tons|barrels)',
    '\\b(?:around|about|some|roughly|approximately|nearly|almost|over|more than|fewer than|less than|at least|up to)\\s+\\d[\\d,.]*',
  ].join('|'),
  'i',
);
/** Words of measurement: an estimate, a statistic, a total, a change of a quantity. */
const MEASURING =
  /\b(?:estimates?d?|estimating|statistics|statistical|figures?|data|survey(?:ed|s)?|census|reached|rose|risen|fell|fallen|grew|grown|increased|decreased|declined|doubled|tripled|halved|totall?ed|amounted|accounted for|averaged|an average|worth|valued at|per year|a year|annually|per annum)\b/i;

export const NON_EVENT_RULES: readonly NonEventRule[] = [
  {
    kind: 'citation',
    rule: 'A note or reference: a source, a comma and a date to end it ("Reuters, 3 May 2014.", "Ministry of Foreign Affairs, press conference, Hanoi, 7 May 2014"), a numbered note ("9 VnExpress, 3 April 2020"), ibid./op. cit., "accessed"/"retrieved" with a date, a web address with at most two other words, or a work cited with its pages or volume.',
    test: (t) =>
      CITED_DATE.test(t.trim()) ||
      (t
        .replace(/\b(?:https?:\/\/|www\.)\S+/gi, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean).length <= 2 &&
        /\b(?:https?:\/\/|www\.)\S+/i.test(t)) ||
      /^(?:ibid|op\. cit|see also|cf\.)\b/i.test(t.trim()) ||
      // A numbered note whose date ends it: "11 Ministry of Foreign Affairs, statement of 19 July 2019."
      new RegExp(`^\\d{1,3}\\.?\\s+[\\p{Lu}][^]{0,200},[^]{0,60}\\b${WRITTEN_DATE}\\.?$`, 'u').test(
        t.trim(),
      ) ||
      /\b(?:accessed|retrieved)(?:\s+on)?\s+\d|\b(?:accessed|retrieved)(?:\s+on)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(
        t,
      ) ||
      /\b(?:pp?\.\s*\d|vol\.\s*\d|no\.\s*\d+\s*\(|ISBN|doi:)/i.test(t),
  },
  {
    kind: 'byline',
    rule: 'A byline, editor line or time stamp: starts with "By" and a capitalised name, with Published/Updated/Posted/Last modified, or with "Editor’s note:", "Editor:", "Reporter:", "Source:"; or a date with a clock time ("4 April 2020, 10:42 GMT+7", "4 April 2020 at 14:05").',
    test: (t) =>
      /^By\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+)+/u.test(t.trim()) ||
      /^(?:published|updated|posted|last (?:modified|updated))\b/i.test(t.trim()) ||
      /^(?:editor['’]?s note|editor|reporter|writer|written by|source)\s*[:：]/i.test(t.trim()) ||
      (new RegExp(WRITTEN_DATE).test(t) && CLOCK.test(t)),
  },
  {
    kind: 'caption',
    rule: 'A caption or credit: starts with Figure/Fig./Map/Chart/Table/Photo/Source and a number or colon, or carries "(Photo: …)", "Photo:", "Credit:", "Image:", or a Chinese photo credit ("（图片：…）", "记者摄").',
    test: (t) =>
      /^(?:figure|fig\.|map|chart|table|photo|image|source|credit)s?\s*(?:\d|[:.–—-])/i.test(
        t.trim(),
      ) ||
      /\((?:photo|image|picture|credit|file photo)\b|\b(?:photo|credit|image)s?\s*:/i.test(t) ||
      /[（(]\s*(?:图片|图|照片|摄影)\s*[：:]|记者\s*摄/u.test(t),
  },
  {
    kind: 'teaser',
    rule: 'A link to another article: starts with Read more/Related/See also/Watch/Listen, or is a short line ending in a dash and a date ("US carrier docks in Da Nang – 5 March 2020").',
    test: (t) =>
      /^(?:read more|read also|related(?: articles?| stories)?|more on this|watch|listen)\s*[:›»|-]/i.test(
        t.trim(),
      ) || new RegExp(`\\s[–—-]\\s*${WRITTEN_DATE}\\.?$`).test(t.trim()),
  },
  {
    kind: 'statistic',
    rule: 'A statistic: a quantity ("$50 billion", "12 per cent", "around 160") with a word of measurement (estimate, statistics, figures, reached, rose, fell, grew, totalled, accounted for, annually…).',
    test: (t) => QUANTITY.test(t) && MEASURING.test(t),
  },
];

/** The kind of non-event text a sentence is, or null when it may state a happening. */
export function nonEventKind(text: string): NonEventKind | null {
  for (const r of NON_EVENT_RULES) if (r.test(text)) return r.kind;
  return null;
}

/**
 * Attaching dated claims to events.
 *
 * Every date mention of every claim is considered on its own. It goes to the curated event that
 * scores best among those it qualifies for, or else becomes (part of) an extracted event.
 *
 * Text that states no happening is kept out (`nonEventKind` in classify.ts): a note, reference,
 * byline, caption or teaser that reached the body attests no event at all; a statistic ("estimate
 * that Vietnam imprisoned around 160…", "trade reached $50 billion") measures a period, so it never
 * makes an extracted event and attaches to a curated one only by a term, never on actors alone.
 *
 * Matching a claim against a curated event:
 *   - term: one of the event's match terms occurs in the claim as whole words. Both sides are compared
 *     after `matchKey`: diacritics folded, lower case, every run of punctuation or space turned into
 *     one space — so "HD-981", "HD 981" and "hd–981" are the same, and "rig" does not hit "origin".
 *   - shared: how many of the event's actors the claim names.
 *   - actors agree: shared ≥ 2, or every actor the claim names is one of the event's (at least one).
 *   - fine mention: precision day, month or season, or a qualified year spanning at most four months
 *     ("early 1979", "mid-2014"). A plain year, decade or century is coarse.
 *
 * A mention qualifies for an event when
 *   (overlap)      its period overlaps the event's period, and there is a term, or (fine mentions
 *                  only) at least two shared actors, or one when the mention lies inside the event's
 *                  period and the sentence tells the event's kind of happening (`classifyEventText`)
 *                  — a bare year names too long a time to attach on actors alone; or
 *   (disagreement) its period misses the event's, but there is a term, the actors agree, the mention
 *                  is fine, and it falls in the event's year or (when the report wrote the year
 *                  itself, not inferred) the year before or after.
 *                  The report is then dating this event differently (the first US–Vietnam
 *                  political-security dialogue: June 2008 in Xin, October 2008 in Hayton).
 *
 * Score = term + shared + date + kind, where
 *   term  = 0 without a term hit, else 2 + 0.1 × (words in all the terms that hit, at most 10) —
 *           longer and more numerous hits are more specific ("Permanent Normal Trading Relations"
 *           beats "ITAR");
 *   date  = overlap ? 1 + 0.99·J : 0.5·closeness, where J is the overlap of the two periods over
 *           their union (0–1) — so "the summer of 2014" goes to the whole rig crisis and "15 July"
 *           to the rig's withdrawal — and closeness (1 when adjacent, 0 a year apart) prefers the
 *           nearer of two events a report dates differently;
 *   kind  = 1 when the sentence's words point to the event's kind of happening (`classifyEventText`:
 *           "arrived in Hanoi" is a visit, so it goes to the visit rather than to a statement made
 *           on its second day).
 * The best event is chosen by the strength of the evidence first — a fitting date with a term, then
 * a differently dated event named by a term (disagreement), then a fitting date with shared actors
 * only — and by score within the same strength; equal scores go to the event with the smaller id.
 * A disagreement still gives way to a fitting date with shared actors when the claim names more
 * actors of that event than of the one it would be dating differently.
 * A fine mention that overlaps its best event also attests any other overlapping event it names
 * by a term and shares an actor with ("restored in July 1995, two weeks before Vietnam joined
 * ASEAN" attests both US normalisation and ASEAN membership); when the two periods nest (the rig
 * crisis and its deployment) only if the claim names the other event by a term the best one lacks
 * ("deploy"). A mention never counts as a disagreement with an event that another date of the same
 * claim fits.
 *
 * Naming (claims with or without a date of their own): a claim that names a curated event by a term
 * attests it when its score reaches `NAMING.threshold` (5):
 *   score = Σ over the terms that hit  weight / holders
 *         + dates: 2 when a date of the claim's own overlaps the event (a claim whose own dates all
 *           miss the event does not name it); with no date of its own, the context's dates — the
 *           last dated sentence of the paragraph, else of the section, else a year in the section's
 *           heading — give +1.5 overlapping, 0 within a year, −1 further off
 *         + 1 per actor of the event the claim names (at most 2)
 *         + 3 when a term stands as a time anchor ("since normalisation", "even before diplomatic
 *           normalisation", "after WTO entry", "ahead of Trọng's visit"; `anchored`)
 *         + 3 when a term is followed by a noun for a conflict or any happening ("the HS981
 *           episode", "the oil rig standoff", "the rig crisis"; `DESCRIBING_NOUNS`) —
 *           neither for a term the event shares with a longer event holding it (a phase's "oil rig"),
 *   where weight is 0.5 for a one-word lower-case term ("rig", "removed"), 1 for a name or phrase and
 *   half again per further word (at most 2), and holders is how many curated events hold the term (an
 *   event nested in another holder, a phase in its crisis, not counted). A term that is the name of an
 *   actor the claim names ("ASEAN", "Cam Ranh Bay") does not count; a phase needs a term its crisis
 *   lacks; of two events sharing a term, only the higher score (or the one the claim's date already
 *   attached) takes the claim. Predictions, recommendations and apparatus name nothing. The weights
 *   and the threshold were chosen on the hand-labelled attestation set
 *   (tests/fixtures/attestation/labels.yaml) as the highest recall with precision ≥ 0.95.
 *
 * Continuing: a claim that attests nothing and is dated to the day or month inside the period of an
 * event attested earlier in its paragraph or section (naming one of the event's actors, or only
 * actors of the event's countries, or none) goes on telling that event ("Beijing announced on 5 March that its troops would pull
 * back", after the 1979 invasion) and makes no extracted event.
 *
 * Pointing back: a claim that attests nothing else and points back at an event — "that event", "the
 * move", "at the time", "that same day" or an opening "This prompted/triggered/marked…", "In
 * response", "Days later" (`BACK_OPENER`) within its paragraph, or "the/this/that" + a noun for the
 * event's kind ("the visit", "the standoff", "the survey"; `BACK_NOUNS`) within its paragraph or
 * section — attests the latest event attested before it there that fits (the whole crisis rather
 * than its phase when both fit; after a phase, "This prompted…" tells what followed, the whole),
 * unless a date of its own misses that event.
 *
 * Phases and wholes (events of one era whose periods nest: the rig crisis and its deployment,
 * collisions, riots, withdrawal): an undated sentence in the paragraph of such an event, dated
 * inside the whole, that tells the kind of happening (`classifyEventText`) of exactly one conflict
 * phase ("prompting street protests against the embassy": the riots) attests that phase; a
 * sentence attesting a phase that also names the whole by a term the phase lacks or by its kind's
 * noun ("The standoff ended…", "brought the crisis to an end by announcing the withdrawal") attests
 * the whole too.
 *
 * When any mention attached to a curated event is a disagreement, the event's `disagreements` list
 * every fine dated attestation of it — those outside its period and those inside — one entry per
 * report, date and claim, so both sides of the disagreement show.
 *
 * Mentions of day, month or season precision that qualify for no curated event become extracted
 * events: id `x-<iso>-<hash>`, a title of their own (`eventTitle`: subject–verb–object in the
 * present, "A Chinese coast guard ship sinks a Vietnamese fishing boat near Woody Island"), actors
 * from the claim, kind and class from keyword rules (`classifyEventText`). Extracted events are
 * merged across claims and reports when the date (ISO start, end and precision) and the actor set
 * agree, and when one date lies within the other ("2 April 2020", "April 2020"), they share an actor
 * and two key words (`mergeExtracted`); a claim naming no actor merges with nothing. Year-only mentions that match no curated event are too vague to be events; so are
 * mentions dated after the report's publication (forecasts and plans), and bare lower-case month
 * words ("may"), which are verbs far more often than dates.
 */
import nlp from 'compromise';
import { createHash } from 'node:crypto';
import type { Claim } from '../schemas/claim.ts';
import type { DateMention } from '../schemas/date-mention.ts';
import type { CuratedEvent, Dyad, Event, EventClass } from '../schemas/event.ts';
import { isoDateProblem } from '../schemas/iso-date.ts';
import { spanOf, type Span } from '../dates/compare.ts';
import { parseIso } from '../dates/iso.ts';
import { fold } from './fold.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { nonEventKind } from './classify.ts';

/** An actor's country: one of the triangle, another state or bloc (`OTHER`), or none (places…). */
export type Country = 'VN' | 'CN' | 'US' | 'OTHER' | null;

export interface AttachInput {
  /**
   * Claims with their dates and actors. Section, paragraph, sentence and kind, when given, let a
   * claim without a date of its own be read in its context (see "Naming" above).
   */
  claims: Array<
    Pick<Claim, 'id' | 'reportId' | 'text' | 'actors' | 'dates'> &
      Partial<Pick<Claim, 'section' | 'paragraph' | 'sentence' | 'kind' | 'mentions'>>
  >;
  curated: CuratedEvent[];
  /** Reports with their publication date (ISO); mentions after it are not made into events. */
  reports: Array<{ id: string; published: string }>;
  /** The country an actor belongs to, following the gazetteer's affiliation chain. */
  actorCountry: (id: string) => Country;
}

/** Re-exported for callers that measure periods as linking does (the event tests, the ingest bench). */
export { spanOf };

/** [year, month, day] of an ISO value; the year is NaN when it is not one. */
function parts(iso: string): [number, number | undefined, number | undefined] {
  const p = parseIso(iso);
  return [p?.year ?? Number.NaN, p?.month, p?.day];
}

const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;
/**
 * Strength of the evidence for a match: a date that fits and a term (2) beat a report dating a
 * named event differently (1), which beats a date that fits with shared actors only (0).
 */
const tier = (q: { overlap: boolean; termHit: boolean }) =>
  q.overlap && q.termHit ? 2 : q.overlap ? 0 : 1;

/** Whether one period lies inside the other. */
const nested = (a: Span, b: Span) =>
  (a.from >= b.from && a.to <= b.to) || (b.from >= a.from && b.to <= a.to);
/** Whether period `a` lies inside the longer period `b` (a phase inside its crisis). */
const inside = (a: Span, b: Span) =>
  a.from >= b.from && a.to <= b.to && b.to - b.from > a.to - a.from;
/** How near two disjoint periods are: 1 when they touch, 0 a year or more apart. */
function closeness(a: Span, b: Span): number {
  const gap = Math.max(a.from - b.to, b.from - a.to, 0);
  return Math.max(0, 1 - gap / 372);
}
/** Length of the overlap of two periods over the length of their union (0–1). */
function jaccard(a: Span, b: Span): number {
  const inter = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  const union = Math.max(a.to, b.to) - Math.min(a.from, b.from) + 1;
  return Math.max(0, inter) / union;
}

/** Precisions from finest to coarsest. */
const RANK: Record<string, number> = {
  day: 0,
  month: 1,
  season: 2,
  year: 3,
  decade: 4,
  century: 5,
};
/** Longest span (in 31-day-month day numbers) a qualified year may cover and still count as fine. */
const FINE_SPAN = 4 * 31;

/** Whether a mention pins its date down well enough to attach on actors alone. */
function isFine(mention: DateMention, span: Span): boolean {
  if ((RANK[mention.precision] ?? 9) <= RANK.season!) return true;
  return mention.precision === 'year' && span.to - span.from < FINE_SPAN;
}

/** Comparison key for match terms and claim text: folded, lower case, punctuation runs → one space. */
export function matchKey(text: string): string {
  const words = fold(text, { lower: true })
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? ` ${words.join(' ')} ` : '';
}

const MONTH_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A bare month name written in lower case ("may") is a word, not a date. */
const isLowercaseMonthWord = (m: DateMention) => MONTH_WORD.test(m.text.trim());

/** Dyads an actor set touches; `multilateral` when a state or bloc outside the triangle takes part. */
export function dyadsOf(actors: readonly string[], actorCountry: (id: string) => Country): Dyad[] {
  const countries = new Set(actors.map(actorCountry));
  const out: Dyad[] = [];
  if (countries.has('VN') && countries.has('CN')) out.push('VN-CN');
  if (countries.has('VN') && countries.has('US')) out.push('VN-US');
  if (countries.has('US') && countries.has('CN')) out.push('US-CN');
  if (countries.has('OTHER') || (countries.has('VN') && countries.has('CN') && countries.has('US')))
    out.push('multilateral');
  return out;
}

/** Keyword rules for extracted events, first match wins (order matters: war before visit…). */
const KIND_RULES: Array<[RegExp, Event['kind'], EventClass]> = [
  [
    /\b(war|invad|invasion|battle|fought|attack|shelled|crossed the (?:\w+ )?border)/i,
    'armed-conflict',
    'material-conflict',
  ],
  [
    /\b(clash|collision|collided|rammed|ramming|water cannon|harass|seized|sank|detain|shooting)/i,
    'military-incident',
    'material-conflict',
  ],
  [/\b(protest|riot|demonstrat)/i, 'protest', 'verbal-conflict'],
  [/\b(arbitration|tribunal|court|ruling|lawsuit|legal)/i, 'legal-action', 'verbal-conflict'],
  [/\b(condemn|accus|denounc|criticis|warn)/i, 'statement', 'verbal-conflict'],
  [/\b(exercise|drill|joint patrol|patrols?\b)/i, 'exercise', 'material-cooperation'],
  [
    /\b(arms|weapons|embargo|patrol boats?|frigate|submarine|helicopter|missile)/i,
    'arms-transfer',
    'material-cooperation',
  ],
  [/\b(normali[sz])/i, 'normalisation', 'verbal-cooperation'],
  [
    /\b(agreement|agreed|signed|treaty|memorandum|accord|protocol|partnership)/i,
    'agreement',
    'material-cooperation',
  ],
  [
    /\b(dialogue|talks|consultation|meeting|met with|met|seminar)/i,
    'dialogue',
    'verbal-cooperation',
  ],
  [
    /\b(visit|visited|trip|toured|docked|delegation|arrived|arrival)/i,
    'diplomatic-visit',
    'verbal-cooperation',
  ],
  [
    /\b(trade|invest|economic|export|import|loan|aid|refinery|oil block)/i,
    'economic',
    'material-cooperation',
  ],
  [
    /\b(congress|plenum|elected|election|appointed|politburo|central committee)/i,
    'domestic-politics',
    'verbal-cooperation',
  ],
  [
    /\b(said|stated|announced|declared|speech|statement|pledged)/i,
    'statement',
    'verbal-cooperation',
  ],
];

/** Kind and class of an extracted event from keywords in its claim (first rule that matches). */
export function classifyEventText(text: string): { kind: Event['kind']; class: EventClass } {
  for (const [re, kind, cls] of KIND_RULES) if (re.test(text)) return { kind, class: cls };
  return { kind: 'other', class: 'verbal-cooperation' };
}

/** The claim text as a title: whole words up to about `max` characters, with an ellipsis if cut. */
export function shortTitle(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

/** Past forms that do not end in -ed (and a few that do), with their present third person. */
const IRREGULAR: Record<string, string> = {
  began: 'begins',
  brought: 'brings',
  became: 'becomes',
  came: 'comes',
  drew: 'draws',
  fell: 'falls',
  flew: 'flies',
  fought: 'fights',
  gave: 'gives',
  grew: 'grows',
  held: 'holds',
  led: 'leads',
  left: 'leaves',
  made: 'makes',
  met: 'meets',
  paid: 'pays',
  rose: 'rises',
  said: 'says',
  sank: 'sinks',
  sent: 'sends',
  shot: 'shoots',
  sought: 'seeks',
  spoke: 'speaks',
  struck: 'strikes',
  took: 'takes',
  told: 'tells',
  went: 'goes',
  withdrew: 'withdraws',
  won: 'wins',
  wrote: 'writes',
  was: 'is',
  were: 'are',
  had: 'has',
  set: 'sets',
  put: 'puts',
  cut: 'cuts',
  hit: 'hits',
  // -ed forms the spelling rules below get wrong.
  created: 'creates',
};
/** Words before which an -ed word is an adjective, not the verb ("the armed forces"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|newly|jointly)$/i;
/** Openers that are not part of what happened ("However,", "Then,"). */
const OPENER =
  /^(?:however|then|meanwhile|later|subsequently|also|additionally|finally|in addition|notably|furthermore|further|moreover|again|afterwards|thereafter|eventually|in the end|as a result|at the same time|for instance|for example|by contrast|in contrast)\b,?\s*/i;
/** A preposition phrase that led into a date ("in the early hours of", "at the beginning of"). */
const DATE_LEAD =
  /(?:,\s*)?\b(?:(?:in|on|at|by|during|from|since|until|of|around|between)\s+)?(?:the\s+(?:beginning|end|middle|start|early hours|course|summer|spring|autumn|winter)\s+of\s+)?$/i;

/** A past-tense verb in the present, headline style: "visited" → "visits", "sank" → "sinks". */
function presentTense(word: string, plural = false): string {
  const third = presentThird(word);
  if (!plural) return third;
  if (third === 'is') return 'are';
  if (third === 'has') return 'have';
  if (/ies$/.test(third)) return `${third.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|o)es$/.test(third)) return third.slice(0, -2);
  return third.replace(/s$/, '');
}
/**
 * The third person present of a past form: our table of irregular forms, then a doubled final
 * consonant ("rammed" → "rams"), then compromise's English lexicon and conjugation rules, which know
 * whether a stem keeps its silent e ("restored" → "restores", "answered" → "answers").
 */
function presentThird(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/ied$/.test(lower)) return `${lower.slice(0, -3)}ies`;
  if (/([bdgmnprt])\1ed$/.test(lower)) return `${lower.slice(0, -3)}s`;
  const doc = nlp(`It ${lower} it`);
  doc.verbs().toPresentTense();
  const conjugated = doc.text().split(' ')[1]?.toLowerCase();
  if (conjugated && conjugated !== lower && /^\p{Ll}+$/u.test(conjugated)) return conjugated;
  if (/(?:ss|sh|ch|x)ed$/.test(lower)) return `${lower.slice(0, -2)}es`;
  return `${lower.slice(0, -2)}s`;
}

/**
 * A title of its own for an extracted event, subject–verb–object in the present tense as a headline
 * puts it, from the claim and the spans of its date mentions: the dates go (with the preposition that
 * led into them), then an opener ("However,"), asides between commas before the verb, parentheses
 * and dashes; the verb goes into the present ("sank" → "sinks"); the title ends where the object
 * does (the first comma, semicolon or dash after the verb). "On 2 April a Chinese coast guard ship,
 * the Haixun 3, sank a Vietnamese fishing boat near Woody Island, the ministry said" → "A Chinese
 * coast guard ship sinks a Vietnamese fishing boat near Woody Island". Falls back to the claim cut
 * at a word (`shortTitle`) when no verb is found.
 */
export function eventTitle(
  text: string,
  dates: ReadonlyArray<Pick<DateMention, 'start' | 'end'>>,
): string {
  let t = text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) {
    const before = t.slice(0, d.start).replace(DATE_LEAD, '');
    t = `${before} ${t.slice(d.end).replace(/^\s*,/, ',')}`;
  }
  t = t
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+[—–]\s+[^—–]*\s+[—–]\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:\s]+/, '')
    .replace(OPENER, '')
    .replace(/^[,;:\s]+/, '');
  const words = t.split(' ');
  let verb = -1;
  let aside = false;
  let closed = -1;
  for (let i = 1; i < words.length; i++) {
    const raw = words[i] ?? '';
    const w = raw.replace(/[,.;:]+$/, '');
    const lower = w.toLowerCase();
    const irregular = IRREGULAR[lower] !== undefined;
    const past = irregular || /^[a-z]{2,}ed$/.test(lower);
    // A participle right after a comma opens an aside (", escorted by coast guard vessels,"); the
    // word after the aside's closing comma may be the verb.
    if (past && (words[i - 1] ?? '').endsWith(',') && closed !== i - 1) aside = true;
    if (aside) {
      if (raw.endsWith(',')) {
        aside = false;
        closed = i;
      }
      continue;
    }
    if (!/^\p{Ll}/u.test(w)) continue;
    if (irregular || (past && !DETERMINER.test(words[i - 1] ?? ''))) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return shortTitle(text);
  // Asides between commas before the verb ("The boat, registered in Quang Ngai, went down").
  let subject = words
    .slice(0, verb)
    .join(' ')
    .replace(/,[^,]*,/g, '')
    .replace(/,\s*$/, '');
  const rest = words.slice(verb + 1).join(' ');
  let object = (/^[^,;:—–]*/.exec(rest)?.[0] ?? '').replace(/[.!?]+$/, '').trim();
  const form = words[verb]!.replace(/[,.;:]+$/, '');
  subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  // A plural subject ("Vietnamese officials") takes the plural verb ("visit", "are").
  const last = subject.split(' ').at(-1) ?? '';
  const plural =
    (/^\p{Ll}\p{L}*s$/u.test(last) && !/(?:ss|us|is|was|has)$/.test(last)) || / and /.test(subject);
  // A second verb joined to the first ("rammed and sank") goes into the present too.
  object = object.replace(/^(and|or) (\p{Ll}+)\b/u, (m, conj: string, w: string) =>
    IRREGULAR[w] !== undefined || /^[a-z]{2,}ed$/.test(w)
      ? `${conj} ${presentTense(w, plural)}`
      : m,
  );
  const title = `${subject} ${presentTense(form, plural)}${object ? ` ${object}` : ''}`
    .replace(/\s+/g, ' ')
    .trim();
  return title.length > 100 ? shortTitle(title, 90) : title;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 6);
}

interface Candidate {
  event: CuratedEvent;
  span: Span;
  year: number;
  terms: string[];
  /** Match keys of the terms that are one common word, written in lower case ("rig", "removed"). */
  common: Set<string>;
  actors: Set<string>;
}

interface Attached {
  reportId: string;
  claimId: string;
  /** The date the claim gives the event; absent when the claim names it without a date. */
  date?: string;
  fine: boolean;
  disagrees: boolean;
}

/**
 * Naming: the score a claim earns for an event it names by a term, and the threshold it must reach
 * (see the module comment). Chosen on the hand-labelled attestation set
 * (tests/fixtures/attestation/labels.yaml) by a grid over these values, keeping precision ≥ 0.95.
 */
export const NAMING = {
  /**
   * A date of the claim's own overlaps the event. A claim whose own dates all miss the event does not
   * name it (a report dating an event differently is the dated attachment's business).
   */
  own: 2,
  /** With no date of its own: a date of the paragraph, section or heading overlaps / near / far. */
  context: { overlap: 1.5, near: 0, far: -1 },
  /** Per actor of the event the claim names, at most two. */
  actor: 1,
  /**
   * Weight of a term that is one common word written in lower case ("rig", "removed"); a name or a
   * phrase weighs 1, and half as much again per further word, up to 2.
   */
  common: 0.5,
  /**
   * The term is a time anchor: "since normalisation", "even before diplomatic normalisation",
   * "after WTO entry", "ahead of Trọng's visit" name the event as a point in time. Chosen on the
   * labels with `described`: 1.5–3.5 and 2–3.5 tried, 3 and 3 the highest recall at precision ≥ 0.95.
   */
  anchor: 3,
  /** A term followed by a noun for the event's kind ("the oil rig standoff", "the HS981 episode"). */
  described: 3,
  /** Score a claim needs to attest an event it names. */
  threshold: 5,
} as const;
/** Words (match keys) that make a following term a time anchor (see `NAMING.anchor`). */
const ANCHOR_WORDS = new Set(['since', 'before', 'after', 'until', 'following']);
const ANCHOR_PAIRS = new Set(['ahead of', 'prior to', 'wake of']);
/**
 * Words an anchor may skip before the term: articles, possessives ("Trọng's" → "trong s"), a year,
 * "diplomatic", "the two countries'".
 */
const ANCHOR_SKIP =
  /^(?:the|a|an|its|their|his|her|two|both|countries|country|diplomatic|formal|official|full|s|\d{4})$/;
/** Whether a term (match key) stands in the text as a time anchor: "since normalisation". */
function anchored(text: string, term: string): boolean {
  const words = matchKey(text).trim().split(' ');
  const tw = term.trim().split(' ');
  for (let i = 0; i + tw.length <= words.length; i++) {
    if (tw.some((w, k) => words[i + k] !== w)) continue;
    let j = i - 1;
    // Skip at most four words, a possessive's name among them ("ahead of Trọng's visit").
    for (let n = 0; j >= 0 && n < 4; n++) {
      if (ANCHOR_SKIP.test(words[j]!)) j--;
      else if (words[j + 1] === 's' && j === i - 2) j--;
      else break;
    }
    if (j < 0) continue;
    if (ANCHOR_WORDS.has(words[j]!) || ANCHOR_PAIRS.has(`${words[j - 1]} ${words[j]}`)) return true;
  }
  return false;
}
/**
 * Nouns a sentence uses to point back at an event of each kind ("The visit was widely viewed…",
 * "the standoff continued"). After "the", "this", "that" or "these", in the same paragraph as a
 * sentence that attests the event.
 */
const BACK_NOUNS: Record<Event['kind'], string> = {
  'diplomatic-visit': 'visit|visits|trip|tour|delegation|envoy|talks|meeting|meetings',
  agreement: 'agreement|agreements|deal|treaty|accord|memorandum|pact|partnership|document',
  dialogue: 'dialogue|talks|meeting|meetings|session|round|consultations',
  'military-incident':
    'incident|clash|clashes|standoff|stand-off|crisis|confrontation|episode|collisions',
  'armed-conflict': 'war|conflict|invasion|battle|fighting|attack|skirmish',
  exercise: 'exercise|exercises|drill|patrol|patrols|exchange|visit|mission',
  'arms-transfer': 'embargo|ban|sale|sales|decision|move|step|policy change',
  statement: 'statement|declaration|speech|remarks|announcement|communiqué',
  protest: 'protests|riots|violence|demonstrations|unrest|rioting',
  'legal-action': 'ruling|case|award|arbitration|verdict',
  economic: 'agreement|deal|investment|loan|project',
  'domestic-politics': 'congress|plenum|vote|meeting|election|session',
  normalisation: 'normalisation|normalization|rapprochement',
  other: 'survey|poll|event|collapse|revolution',
};
/** Nouns that describe a happening of any kind after a term naming it ("the HS981 episode"). */
const DESCRIBING_NOUNS = 'episode|saga|affair|incident|crisis|event|events';
/** Pointers back that fit any kind: "that event", "the move", "at the time", "that same day". */
const BACK_ANY =
  /\b(?:(?:the|this|that) (?:event|move|episode)|at (?:the|that) time|(?:that|the) same day)\b/i;
/** Words of intention or projection shortly before a date: the date is a plan, not a happening. */
const INTENDED =
  /\b(?:would|will|shall|plans? to|planned to|intends? to|intended to|(?:is|was|are|were) expected to|vowed to|pledged to|promised to|aims? to|aimed to|hopes? to|hoped to)\b/i;
/** Verbs of a sentence that judges what happened rather than telling a happening. */
const EVALUATIVE = /\b(?:looked|seemed|appeared|proved|remained|felt|came)\b/i;
/** Kinds of happening a phase of a conflict may be told by (see "A phase by its kind"). */
const CONFLICT_KINDS = new Set<Event['kind']>(['armed-conflict', 'military-incident', 'protest']);
/**
 * A sentence that opens by pointing back at what the one before told: "This prompted…", "That
 * triggered…", "In response, …", "Days later, …".
 */
const BACK_OPENER =
  /^(?:(?:this|that|these|it) (?:prompted|triggered|sparked|provoked|caused|marked|signalled|signaled|led to)\b|in response\b|(?:days|hours|weeks) later\b)/i;
/** Years written in a heading ("2014 oil rig confrontation"): context for the claims under it. */
const HEADING_YEAR = /\b(1\d{3}|20\d{2})\b/g;

/** Attaches dated claims to curated events and builds extracted events; deterministic. */
export function attachEvents(input: AttachInput): {
  events: Event[];
  claimEvents: Record<string, string[]>;
} {
  const candidates: Candidate[] = input.curated
    .map((event) => ({
      event,
      span: spanOf(event.date.start, event.date.end),
      year: parts(event.date.start)[0],
      terms: event.terms.map(matchKey).filter(Boolean),
      common: new Set(event.terms.filter((t) => /^\p{Ll}+$/u.test(t)).map(matchKey)),
      actors: new Set(event.actors),
    }))
    .sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const published = new Map(input.reports.map((r) => [r.id, spanOf(r.published).to]));
  const attached = new Map<string, Attached[]>();
  const claimEvents: Record<string, string[]> = {};
  const extracted = new Map<
    string,
    {
      mention: DateMention;
      actors: string[];
      text: string;
      /** Date mentions of the claim the title comes from. */
      dates: DateMention[];
      claims: Array<{
        id: string;
        reportId: string;
        date: string;
        text: string;
        dates: DateMention[];
      }>;
    }
  >();

  const link = (claimId: string, eventId: string) => {
    const list = (claimEvents[claimId] ??= []);
    if (!list.includes(eventId)) list.push(eventId);
  };

  for (const claim of input.claims) {
    if (!claim.dates.length) continue;
    // Apparatus (a note, byline, caption or teaser that reached the body) attests nothing; a
    // statistic's dates are the period it measures: it may name a curated event, never make one.
    const apparatus = nonEventKind(claim.text);
    if (apparatus && apparatus !== 'statistic') continue;
    const text = matchKey(claim.text);
    const claimActors = [...new Set(claim.actors)];
    // The kind of happening the sentence's words point to ("arrived" → a visit).
    const claimKind = classifyEventText(claim.text).kind;
    // Which of each candidate's terms the claim contains: the same for every date it mentions.
    const hitCache = new Map<Candidate, string[]>();
    const termHits = (c: Candidate): string[] => {
      let hits = hitCache.get(c);
      if (!hits) hitCache.set(c, (hits = c.terms.filter((t) => text.includes(t))));
      return hits;
    };
    const pending: Array<{
      eventId: string;
      disagrees: boolean;
      entry: Omit<Attached, 'disagrees'>;
    }> = [];
    for (const mention of claim.dates) {
      if (isLowercaseMonthWord(mention)) continue;
      const span = spanOf(mention.iso, mention.isoEnd);
      if (!Number.isFinite(span.from)) continue;
      const fine = isFine(mention, span);
      // One shared actor is enough when the sentence tells the event's kind of happening on a day
      // or month inside its period ("Chinese forces crossed the northern border on 17 February").
      const kindWithin = (c: Candidate) =>
        claimKind !== 'other' &&
        claimKind === c.event.kind &&
        span.from >= c.span.from &&
        span.to <= c.span.to;
      const [year] = parts(mention.iso);
      const qualified: Array<{
        c: Candidate;
        score: number;
        overlap: boolean;
        termHit: boolean;
        hits: string[];
        shared: number;
      }> = [];
      for (const c of candidates) {
        const hits = termHits(c);
        const termHit = hits.length > 0;
        const shared = claimActors.filter((a) => c.actors.has(a)).length;
        const overlap = overlaps(span, c.span);
        let ok = false;
        if (overlap)
          ok =
            termHit ||
            (fine && apparatus !== 'statistic' && (shared >= 2 || (shared === 1 && kindWithin(c))));
        else if (termHit && fine) {
          const actorsAgree =
            shared >= 2 || (claimActors.length > 0 && shared === claimActors.length);
          const yearGap = Math.abs(year - c.year);
          ok = actorsAgree && (mention.inferred ? yearGap === 0 : yearGap <= 1);
        }
        if (!ok) continue;
        const words = hits.reduce((n, t) => n + t.trim().split(' ').length, 0);
        const score =
          (termHit ? 2 + 0.1 * Math.min(words, 10) : 0) +
          shared +
          (overlap ? 1 + 0.99 * jaccard(span, c.span) : 0.5 * closeness(span, c.span)) +
          (claimKind === c.event.kind ? 1 : 0);
        qualified.push({ c, score, overlap, termHit, hits, shared });
      }
      let best: (typeof qualified)[number] | undefined;
      for (const q of qualified)
        if (!best || tier(q) > tier(best) || (tier(q) === tier(best) && q.score > best.score))
          best = q;
      // Dating an event differently is the weaker reading when the date fits another event the claim
      // names more actors of: "In July [2015], Zhang Gaoli visited Vietnam, where he met Trọng, Sang
      // and Dũng" is Zhang's July visit, not Xi's November "visited Vietnam" dated differently.
      if (best && tier(best) === 1) {
        let fitting: typeof best | undefined;
        for (const q of qualified)
          if (tier(q) === 0 && q.shared > best.shared && (!fitting || q.score > fitting.score))
            fitting = q;
        best = fitting ?? best;
      }
      if (best) {
        const chosen = [best];
        // A fine date can also attest a second event of the same period that the claim names by a
        // term ("restored in July 1995, two weeks before Vietnam joined ASEAN"); for a crisis and
        // one of its phases, whose periods nest, only by a term of its own ("deploy").
        if (fine && best.overlap) {
          const bestTerms = new Set(best.c.terms);
          // A term of its own: not one of the best event's terms, nor a word of one that hit ("rig"
          // inside "oil rig").
          const own = (t: string) => !bestTerms.has(t) && !best.hits.some((b) => b.includes(t));
          for (const q of qualified)
            if (
              q !== best &&
              q.overlap &&
              q.shared >= 1 &&
              q.hits.length > 0 &&
              (!nested(q.c.span, best.c.span) || q.hits.some(own))
            )
              chosen.push(q);
        }
        for (const q of chosen)
          pending.push({
            eventId: q.c.event.id,
            disagrees: !q.overlap,
            entry: { reportId: claim.reportId, claimId: claim.id, date: mention.iso, fine },
          });
        continue;
      }
      // A qualified year of a few months ("mid-2014", "late 1979") makes an event like a month
      // does, when the sentence tells a kind of happening.
      const coarse = (RANK[mention.precision] ?? 9) > RANK.season!;
      if (coarse && !(fine && mention.qualifier && claimKind !== 'other')) continue;
      if (apparatus === 'statistic') continue;
      // A date giving the time by which a state was reached ("By December, the approach looked…"),
      // or one that only points back ("the following summer") in a sentence that judges rather
      // than tells ("looked", "seemed", "proved", "came"), with no kind of happening, is an
      // evaluation of what came before, not a happening of its own.
      if (
        claimKind === 'other' &&
        (mention.relative || /\bby\s*$/i.test(claim.text.slice(0, mention.start))) &&
        EVALUATIVE.test(claim.text)
      )
        continue;
      // A date that closes an intention or projection ("announced that it would drill there until
      // mid-August", "plans to finish by 2030") is when something was meant to happen, not a happening.
      if (
        INTENDED.test(
          claim.text.slice(0, mention.start).split(/[;:.]/).pop()!.split(/\s+/).slice(-8).join(' '),
        )
      )
        continue;
      const limit = published.get(claim.reportId);
      if (limit !== undefined && span.from > limit) continue;
      const actors = claimActors.sort();
      const key = [
        mention.iso,
        mention.isoEnd ?? '',
        mention.precision,
        actors.length ? actors.join(',') : `claim:${claim.id}`,
      ].join('|');
      const entry = extracted.get(key) ?? {
        mention,
        actors,
        text: claim.text,
        dates: claim.dates,
        claims: [],
      };
      extracted.set(key, entry);
      entry.claims.push({
        id: claim.id,
        reportId: claim.reportId,
        date: mention.iso,
        text: claim.text,
        dates: claim.dates,
      });
      // The title comes from the claim with the smallest id, whatever order the claims came in.
      if (entry.claims.every((c) => c.id >= claim.id)) {
        entry.text = claim.text;
        entry.dates = claim.dates;
      }
    }
    // A claim that gives a fitting date for an event does not also disagree with it: its other date
    // is about something else ("approved in late 2006 and joined the WTO in January 2007").
    const fits = new Set(pending.filter((p) => !p.disagrees).map((p) => p.eventId));
    for (const p of pending) {
      if (p.disagrees && fits.has(p.eventId)) continue;
      const list = attached.get(p.eventId) ?? [];
      attached.set(p.eventId, list);
      list.push({ ...p.entry, disagrees: p.disagrees });
      link(claim.id, p.eventId);
    }
  }

  // Naming: a claim attests a curated event it names by a term when the score of its terms, dates
  // (its own, or else its context's) and actors reaches the threshold. Claims are read in document
  // order, whatever order they came in, so the context is the same.
  const ordered = [...input.claims].sort(
    (a, b) =>
      compareText(a.reportId, b.reportId) ||
      (a.paragraph ?? 0) - (b.paragraph ?? 0) ||
      (a.sentence ?? 0) - (b.sentence ?? 0) ||
      compareText(a.id, b.id),
  );
  // How many events hold each term, not counting an event nested in another holder (a phase of the
  // rig crisis shares "oil rig" with the crisis without making it less specific).
  const holders = new Map<string, Candidate[]>();
  for (const c of candidates)
    for (const t of new Set(c.terms)) holders.set(t, [...(holders.get(t) ?? []), c]);
  const termEvents = new Map<string, number>();
  for (const [t, list] of holders)
    termEvents.set(
      t,
      list.filter((c) => !list.some((o) => o !== c && inside(c.span, o.span))).length,
    );
  const backNoun = new Map(
    Object.entries(BACK_NOUNS).map(([k, nouns]) => [
      k,
      new RegExp(`\\b(?:the|this|that|these) (?:${nouns})\\b`, 'i'),
    ]),
  );
  let sectionKey = '';
  let paragraphKey = '';
  let sectionSpans: Span[] = [];
  let paragraphSpans: Span[] = [];
  /** Curated events attested earlier in the paragraph, the latest last. */
  let paragraphEvents: string[] = [];
  /** Curated events attested earlier in the section, the latest last. */
  let sectionEvents: string[] = [];
  const attest = (claim: (typeof ordered)[number], c: Candidate, date?: string) => {
    const list = attached.get(c.event.id) ?? [];
    attached.set(c.event.id, list);
    list.push({
      reportId: claim.reportId,
      claimId: claim.id,
      ...(date ? { date } : {}),
      fine: false,
      disagrees: false,
    });
    link(claim.id, c.event.id);
  };
  const byEventId = new Map(candidates.map((c) => [c.event.id, c]));
  const describedBy = new Map(
    Object.entries(BACK_NOUNS).map(([k, nouns]) => [
      k,
      new RegExp(
        `^ (?:\\p{L}+ )?(?:${CONFLICT_KINDS.has(k as Event['kind']) ? `${nouns}|` : ''}${DESCRIBING_NOUNS}) `,
        'u',
      ),
    ]),
  );
  /** Whether two events belong to the same era (a crisis and its phases). */
  const sameEra = (x: Candidate, y: Candidate) =>
    x.event.era !== undefined && x.event.era === y.event.era;
  /** The longest event of an event's era whose period holds it (the crisis of a phase), or itself. */
  const outermost = (e: Candidate): Candidate => {
    let best = e;
    for (const o of candidates)
      if (
        sameEra(o, e) &&
        inside(e.span, o.span) &&
        o.span.to - o.span.from > best.span.to - best.span.from
      )
        best = o;
    return best;
  };
  /** Claims that went on telling an earlier event: their dates make no extracted event. */
  const continued = new Set<string>();
  for (const claim of ordered) {
    const own = claim.dates
      .filter((m) => !isLowercaseMonthWord(m))
      .map((m) => spanOf(m.iso, m.isoEnd))
      .filter((sp) => Number.isFinite(sp.from));
    let context: Span[] = [];
    if (claim.section && claim.paragraph !== undefined) {
      const sk = `${claim.reportId}\u0000${claim.section.join('\u0000')}`;
      if (sk !== sectionKey) {
        sectionKey = sk;
        sectionSpans = [...(claim.section.at(-1) ?? '').matchAll(HEADING_YEAR)].map((m) =>
          spanOf(m[1]!),
        );
        sectionEvents = [];
      }
      const pk = `${sk}\u0000${claim.paragraph}`;
      if (pk !== paragraphKey) {
        paragraphKey = pk;
        paragraphSpans = [];
        paragraphEvents = [];
      }
      context = paragraphSpans.length ? paragraphSpans : sectionSpans;
      if (own.length) paragraphSpans = sectionSpans = own;
    }
    if (claim.kind === 'prediction' || claim.kind === 'recommendation') continue;
    const kindOfText = nonEventKind(claim.text);
    if (kindOfText && kindOfText !== 'statistic') continue;
    const text = matchKey(claim.text);
    // A term that is the name of an actor the claim names ("ASEAN", "Cam Ranh Bay") names the actor,
    // not the event: the actor counts among the shared actors instead.
    const actorNames = new Set(
      (claim.mentions ?? []).map((m) => matchKey(claim.text.slice(m.start, m.end))),
    );
    const named = new Map<Candidate, string[]>();
    for (const c of candidates) {
      const hits = [...new Set(c.terms)].filter((t) => text.includes(t) && !actorNames.has(t));
      // A hit inside a longer hit of the same event counts once ("oil rig" in "oil rig crisis").
      const whole = hits.filter((h) => !hits.some((o) => o !== h && o.includes(h)));
      if (whole.length) named.set(c, whole);
    }
    const scored: Array<{ c: Candidate; hits: string[]; score: number }> = [];
    for (const [c, hits] of named) {
      if (claimEvents[claim.id]?.includes(c.event.id)) {
        scored.push({ c, hits, score: Number.POSITIVE_INFINITY });
        continue;
      }
      // A phase of a longer event the claim also names needs a term of its own.
      const parents = candidates.filter((o) => o !== c && inside(c.span, o.span) && named.has(o));
      if (parents.length && !hits.some((h) => !parents.some((p) => p.terms.includes(h)))) continue;
      let score = 0;
      for (const h of hits) {
        const weight = c.common.has(h)
          ? NAMING.common
          : 1 + 0.5 * Math.min(h.trim().split(' ').length - 1, 2);
        score += weight / (termEvents.get(h) ?? 1);
      }
      const fit = (spans: Span[]) =>
        spans.some((sp) => overlaps(sp, c.span))
          ? 'overlap'
          : spans.some((sp) => closeness(sp, c.span) > 0)
            ? 'near'
            : 'far';
      if (own.length) {
        if (fit(own) !== 'overlap') continue;
        score += NAMING.own;
      } else if (context.length) score += NAMING.context[fit(context)];
      score += NAMING.actor * Math.min(claim.actors.filter((a) => c.actors.has(a)).length, 2);
      // An anchor on a term the event shares with a longer event holding it names the longer one.
      const ownHits = hits.filter((h) => !parents.some((p) => p.terms.includes(h)));
      if (ownHits.some((h) => anchored(claim.text, h))) score += NAMING.anchor;
      // A term followed by a noun for the event's kind describes it: "the HS981 episode", "the oil
      // rig standoff", "the rig crisis had started".
      const kindNoun = describedBy.get(c.event.kind);
      if (
        kindNoun &&
        ownHits.some((h) => kindNoun.test(text.slice(text.indexOf(h) + h.length - 1)))
      )
        score += NAMING.described;
      scored.push({ c, hits, score });
    }
    // A term names one event: of two events sharing a term the claim has (neither a phase of the
    // other), only the one scoring higher, or attached by its date already, may take the claim.
    for (const { c, hits, score } of scored) {
      if (score < NAMING.threshold || score === Number.POSITIVE_INFINITY) continue;
      const beaten = scored.some(
        (o) =>
          o.c !== c &&
          !nested(o.c.span, c.span) &&
          o.hits.some((h) => hits.includes(h)) &&
          (o.score > score || (o.score === score && o.c.event.id < c.event.id)) &&
          // Two dates, two events: a date of the claim's own that fits this event and misses the
          // other ("after the 2014 oil rig confrontation … another in June 2015").
          !own.some((sp) => overlaps(sp, c.span) && !overlaps(sp, o.c.span)),
      );
      if (beaten) continue;
      attest(claim, c, claim.dates.find((m) => overlaps(spanOf(m.iso, m.isoEnd), c.span))?.iso);
    }
    // Continuing: a sentence dated to the day or month inside the period of an event attested
    // earlier in its paragraph or section, whose actors are the event's or of its countries, goes on
    // telling that event ("Beijing announced on 5 March that its troops would pull back" after the
    // 1979 invasion) instead of becoming an extracted event.
    if (claim.paragraph !== undefined && !claimEvents[claim.id]?.length) {
      const fineOwn = claim.dates.filter(
        (m) => (RANK[m.precision] ?? 9) <= RANK.month! && !isLowercaseMonthWord(m),
      );
      const recent = [...[...paragraphEvents].reverse(), ...[...sectionEvents].reverse()];
      for (const id of recent) {
        const c = byEventId.get(id);
        if (!c || !fineOwn.length) break;
        const within = fineOwn.find((m) => {
          const sp = spanOf(m.iso, m.isoEnd);
          return sp.from >= c.span.from && sp.to <= c.span.to;
        });
        if (!within) continue;
        // Its actors are the event's, or belong to the event's countries ("in Ho Chi Minh City"
        // during a visit to Vietnam).
        const countries = new Set([...c.actors].map(input.actorCountry));
        const actorsFit =
          claim.actors.some((a) => c.actors.has(a)) ||
          claim.actors.every((a) => {
            const k = input.actorCountry(a);
            return k === null || countries.has(k);
          });
        if (!actorsFit) continue;
        attest(claim, c, within.iso);
        continued.add(claim.id);
        break;
      }
    }
    // Pointing back: "The visit was widely viewed…", "the standoff continued", "At the time, …" in
    // the paragraph of a sentence that attests the event, with no date of its own that misses it.
    // A pointer that fits any kind reaches back within the paragraph; a kind's noun ("the standoff")
    // also to an event attested earlier in the section.
    if (claim.paragraph !== undefined && !claimEvents[claim.id]?.length) {
      const generic = BACK_ANY.test(claim.text) || BACK_OPENER.test(claim.text);
      const earlier = [
        ...paragraphEvents.map((id) => ({ id, near: true })).reverse(),
        ...[...sectionEvents].reverse().map((id) => ({ id, near: false })),
      ];
      for (const { id, near } of earlier) {
        const c = byEventId.get(id);
        if (!c) continue;
        if (own.length && !own.some((sp) => overlaps(sp, c.span))) continue;
        const fits = (x: Candidate) => backNoun.get(x.event.kind)?.test(claim.text) ?? false;
        if (!(generic && near) && !fits(c)) continue;
        // "The standoff" names the whole crisis, not the phase last mentioned: a longer event
        // that holds the phase, shares a term with it and fits the noun.
        const whole = fits(c)
          ? candidates.find(
              (o) => inside(c.span, o.span) && fits(o) && o.terms.some((t) => c.terms.includes(t)),
            )
          : undefined;
        // "This prompted…" tells what followed: the longer event of the era the phase belongs to.
        const after = !whole && BACK_OPENER.test(claim.text) ? outermost(c) : undefined;
        attest(claim, whole ?? after ?? c);
        break;
      }
    }
    // A phase by its kind: an undated sentence in the paragraph of a longer event (or of one of its
    // phases), dated there, that tells the kind of happening of exactly one of its conflict phases
    // ("prompting street protests against the Chinese embassy" in the rig crisis: the riots), with
    // actors of the phase's countries, attests that phase.
    const claimKind = classifyEventText(claim.text).kind;
    if (
      claim.paragraph !== undefined &&
      !own.length &&
      !claimEvents[claim.id]?.length &&
      claimKind !== 'other'
    ) {
      for (const id of [...paragraphEvents].reverse()) {
        const e = byEventId.get(id);
        if (!e) continue;
        const whole = outermost(e);
        const phases = candidates.filter(
          (q) =>
            inside(q.span, whole.span) &&
            sameEra(q, whole) &&
            q.event.kind === claimKind &&
            CONFLICT_KINDS.has(q.event.kind),
        );
        if (phases.length !== 1 || !context.some((sp) => overlaps(sp, whole.span))) continue;
        const q = phases[0]!;
        const countries = new Set([...q.actors].map(input.actorCountry));
        const actorsFit = claim.actors.every((a) => {
          const k = input.actorCountry(a);
          return q.actors.has(a) || k === null || countries.has(k);
        });
        if (!actorsFit) continue;
        attest(claim, q);
        break;
      }
    }
    // The whole from its phase: a sentence attesting a phase that also names the outermost event
    // of its era by a term the phase lacks or by its kind's noun ("The standoff ended abruptly
    // when on July 15th…", "brought the crisis to a swift end by announcing the withdrawal")
    // attests that event too.
    for (const id of [...(claimEvents[claim.id] ?? [])]) {
      const q = byEventId.get(id);
      if (!q) continue;
      const o = outermost(q);
      if (o === q || claimEvents[claim.id]?.includes(o.event.id)) continue;
      const byTerm = o.terms.some((t) => !q.terms.includes(t) && text.includes(t));
      if (byTerm || backNoun.get(o.event.kind)?.test(claim.text)) attest(claim, o);
    }
    for (const id of claimEvents[claim.id] ?? [])
      if (byEventId.has(id)) {
        paragraphEvents = [...paragraphEvents.filter((x) => x !== id), id];
        sectionEvents = [...sectionEvents.filter((x) => x !== id), id];
      }
  }

  const byReport = (list: Array<{ reportId: string; claimId: string; date?: string }>) => {
    const reports = new Map<string, { claimIds: Set<string>; dates: Set<string> }>();
    for (const a of list) {
      const entry = reports.get(a.reportId) ?? { claimIds: new Set(), dates: new Set() };
      reports.set(a.reportId, entry);
      entry.claimIds.add(a.claimId);
      if (a.date !== undefined) entry.dates.add(a.date);
    }
    return [...reports]
      .map(([reportId, v]) => ({
        reportId,
        claimIds: [...v.claimIds].sort(),
        dates: [...v.dates].sort(compareIso),
      }))
      .sort((a, b) => compareText(a.reportId, b.reportId));
  };

  const events: Event[] = input.curated.map((e) => {
    const list = attached.get(e.id) ?? [];
    const disputed = list.some((a) => a.disagrees);
    const seen = new Set<string>();
    const disagreements = disputed
      ? list
          .flatMap((a) =>
            a.fine && a.date !== undefined
              ? [{ reportId: a.reportId, date: a.date, claimId: a.claimId }]
              : [],
          )
          .filter((d) => {
            const k = `${d.reportId}|${d.date}|${d.claimId}`;
            return seen.has(k) ? false : (seen.add(k), true);
          })
          .sort(
            (a, b) =>
              compareText(a.reportId, b.reportId) ||
              compareIso(a.date, b.date) ||
              compareText(a.claimId, b.claimId),
          )
      : [];
    return {
      ...e,
      origin: 'curated' as const,
      dyads: dyadsOf(e.actors, input.actorCountry),
      attestations: byReport(list),
      disagreements,
    };
  });

  for (const [key, x] of extracted) {
    x.claims = x.claims.filter((c) => !continued.has(c.id));
    const first = [...x.claims].sort((a, b) => compareText(a.id, b.id))[0];
    if (!first) extracted.delete(key);
    else {
      x.text = first.text;
      x.dates = first.dates;
    }
  }
  for (const [key, x] of mergeExtracted(extracted)) {
    const id = `x-${x.mention.iso.replace(/^-/, 'bce-')}-${hash(key)}`;
    for (const c of x.claims) link(c.id, id);
    const { kind, class: cls } = classifyEventText(x.text);
    events.push({
      id,
      title: eventTitle(x.text, x.dates),
      date: {
        start: x.mention.iso,
        ...(x.mention.isoEnd ? { end: x.mention.isoEnd } : {}),
        precision:
          x.mention.precision === 'day'
            ? 'day'
            : x.mention.precision === 'season'
              ? 'season'
              : 'month',
      },
      kind,
      class: cls,
      actors: x.actors,
      terms: [],
      origin: 'extracted',
      dyads: dyadsOf(x.actors, input.actorCountry),
      attestations: byReport(x.claims.map((c) => ({ ...c, claimId: c.id }))),
      disagreements: [],
    });
  }

  events.sort(
    (a, b) => spanOf(a.date.start).from - spanOf(b.date.start).from || compareText(a.id, b.id),
  );
  const sortedClaimEvents: Record<string, string[]> = {};
  for (const id of Object.keys(claimEvents).sort(compareText))
    sortedClaimEvents[id] = [...(claimEvents[id] ?? [])].sort(compareText);
  return { events, claimEvents: sortedClaimEvents };
}

/** Words that say nothing about what happened, left out of an extracted event's key words. */
const PLAIN_WORDS = new Set(
  (
    'that this these those there their they them then than with from into onto over under have has ' +
    'had been being were was will would could should also only first second third after before ' +
    'during about between both each other which while where when what whose year years month ' +
    'months january february march april june july august september october november december ' +
    'said says according time times some more most such including'
  ).split(' '),
);
/** Key words of a claim: content words of four letters or more, a plural "s" dropped. */
function keyWords(text: string): Set<string> {
  return new Set(
    matchKey(text)
      .trim()
      .split(' ')
      .filter((w) => w.length >= 4 && !PLAIN_WORDS.has(w) && !/^\d+$/.test(w))
      .map((w) => w.replace(/(?<!s)s$/, '')),
  );
}

/**
 * Merges extracted events that describe the same happening across claims and reports: dates of day,
 * month or season precision of which one lies within the other ("13 May 2014" and "May 2014"), at
 * least one actor in common, and at least two key words in common ("aircraft", "carrier"). The
 * merged event keeps the finest date, the actors of all and the key of its first member (so its id
 * is stable while nothing joins it).
 */
function mergeExtracted<
  T extends {
    mention: DateMention;
    actors: string[];
    text: string;
    dates: DateMention[];
    claims: Array<{
      id: string;
      reportId: string;
      date: string;
      text: string;
      dates: DateMention[];
    }>;
  },
>(extracted: Map<string, T>): Array<[string, T]> {
  const keys = [...extracted.keys()].sort(compareText);
  const parent = new Map(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const info = keys.map((k) => {
    const x = extracted.get(k)!;
    const words = new Set<string>();
    for (const c of x.claims) for (const w of keyWords(c.text)) words.add(w);
    return { k, x, span: spanOf(x.mention.iso, x.mention.isoEnd), words };
  });
  for (let i = 0; i < info.length; i++)
    for (let j = i + 1; j < info.length; j++) {
      const a = info[i]!;
      const b = info[j]!;
      const within =
        (a.span.from >= b.span.from && a.span.to <= b.span.to) ||
        (b.span.from >= a.span.from && b.span.to <= a.span.to);
      if (!within || !a.x.actors.some((actor) => b.x.actors.includes(actor))) continue;
      let shared = 0;
      for (const w of a.words) if (b.words.has(w)) shared++;
      if (shared < 2) continue;
      const ra = root(a.k);
      const rb = root(b.k);
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
  const groups = new Map<string, T[]>();
  for (const k of keys) {
    const r = root(k);
    groups.set(r, [...(groups.get(r) ?? []), extracted.get(k)!]);
  }
  return [...groups].map(([k, members]) => {
    if (members.length === 1) return [k, members[0]!];
    const finest = [...members].sort(
      (a, b) =>
        (RANK[a.mention.precision] ?? 9) - (RANK[b.mention.precision] ?? 9) ||
        spanOf(a.mention.iso).from - spanOf(b.mention.iso).from,
    )[0]!;
    const claims = members.flatMap((m) => m.claims);
    const titled = members.reduce((best, m) => {
      const first = [...m.claims].sort((p, q) => compareText(p.id, q.id))[0]!;
      const top = [...best.claims].sort((p, q) => compareText(p.id, q.id))[0]!;
      return first.id < top.id ? m : best;
    });
    return [
      k,
      {
        ...finest,
        actors: [...new Set(members.flatMap((m) => m.actors))].sort(),
        text: titled.text,
        dates: titled.dates,
        claims,
      },
    ];
  });
}

/** Code-unit order, independent of the locale the build runs in. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/** Chronological order of ISO strings (BCE years sort before CE ones). */
function compareIso(a: string, b: string): number {
  return spanOf(a).from - spanOf(b).from || compareText(a, b);
}

/** The ISO form each precision expects for an event's start. */
const FORMS: Record<CuratedEvent['date']['precision'], [RegExp, string]> = {
  day: [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  month: [/^\d{4}-\d{2}$/, 'YYYY-MM'],
  season: [/^\d{4}-\d{2}$/, 'YYYY-MM (the first month of the season)'],
  year: [/^-?\d{4}$/, 'YYYY (or -YYYY for BCE, astronomical)'],
  decade: [/^\d{3}0$/, 'YYY0 (the decade’s first year)'],
};

/** A problem with one ISO value of an event date, or null. BCE years are astronomical ("-0110"). */
function dateProblem(value: string): string | null {
  if (/^-\d{4}$/.test(value)) return null;
  return isoDateProblem(value);
}

/** The id prefix a start date calls for: "2014-…", "0938-…", or "bce-111-…" for -0110. */
function expectedIdPrefix(start: string): string | null {
  const bce = /^-(\d{4})$/.exec(start);
  if (bce) return `bce-${1 + Number(bce[1])}-`;
  const year = /^(\d{4})/.exec(start);
  return year ? `${year[1]}-` : null;
}

/**
 * Checks the curated events as a whole and throws `ContentErrors` naming the file, the event, the
 * field and what was expected: duplicate ids; ids that do not start with the start year; actors that
 * are not in the gazetteer; impossible dates ("2015-02-30"); a start not written at its precision
 * ("2014-05" with precision day); an end before the start; match terms with no letters or digits.
 */
export function validateCuratedEvents(
  events: readonly CuratedEvent[],
  knownActorIds: ReadonlySet<string>,
  fileOf: (id: string) => string,
): void {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const e of events) {
    const file = fileOf(e.id);
    const where = (field: string) => `event "${e.id}".${field}`;
    const other = seen.get(e.id);
    if (other !== undefined)
      errors.push(
        new ContentError(
          file,
          where('id'),
          `duplicate event id "${e.id}" (also defined in ${other}); expected each curated event once`,
        ),
      );
    else seen.set(e.id, file);
    e.actors.forEach((a, i) => {
      if (!knownActorIds.has(a))
        errors.push(
          new ContentError(
            file,
            where(`actors[${i}]`),
            `unknown actor id "${a}"; expected an id from content/actors/*.yaml`,
          ),
        );
    });
    let datesValid = true;
    for (const field of ['start', 'end'] as const) {
      const value = e.date[field];
      if (value === undefined) continue;
      const problem = dateProblem(value);
      if (problem) {
        datesValid = false;
        errors.push(new ContentError(file, where(`date.${field}`), problem));
      }
    }
    const [form, formText] = FORMS[e.date.precision];
    if (datesValid && !form.test(e.date.start))
      errors.push(
        new ContentError(
          file,
          where('date.start'),
          `"${e.date.start}" does not match precision "${e.date.precision}"; expected ${formText}`,
        ),
      );
    if (datesValid && e.date.end !== undefined) {
      if (spanOf(e.date.end).to < spanOf(e.date.start).from)
        errors.push(
          new ContentError(
            file,
            where('date.end'),
            `ends (${e.date.end}) before it starts (${e.date.start}); expected end ≥ start`,
          ),
        );
    }
    const prefix = datesValid ? expectedIdPrefix(e.date.start) : null;
    if (prefix && !e.id.startsWith(prefix))
      errors.push(
        new ContentError(
          file,
          where('id'),
          `id does not start with the year of date.start (${e.date.start}); expected "${prefix}…"`,
        ),
      );
    e.terms.forEach((t, i) => {
      if (!matchKey(t))
        errors.push(
          new ContentError(
            file,
            where(`terms[${i}]`),
            `match term "${t}" has no letters or digits; expected a word or name to look for`,
          ),
        );
    });
  }
  if (errors.length) throw new ContentErrors(errors);
}

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
 * words ("may"), which are verbs far more often than dates. *
 * The parts, in `events/`: `periods.ts` (comparing periods), `match-key.ts` (match keys, dyads),
 * `kinds.ts` (kind and class from keywords), `titles.ts` (titles of extracted events), `linking.ts`
 * (what the passes share), `dated.ts` (attaching by date), `naming.ts` (naming), `nouns.ts` and
 * `pointing.ts` (continuing, pointing back, phases and wholes), `reading.ts` (claims in document
 * order), `extracted.ts` (collecting and merging extracted events), `attestations.ts` (the curated
 * events' attestations and disagreements) and `validate.ts` (checking curated events).
 */
import { spanOf } from '../dates/compare.ts';
import type { Event } from '../schemas/event.ts';
import { curatedEvents } from './events/attestations.ts';
import { attachByDate } from './events/dated.ts';
import { extractedEvents, type Extracted } from './events/extracted.ts';
import { candidatesOf, newLinks, type AttachInput } from './events/linking.ts';
import { codeUnitOrder } from '../domain/order.ts';
import { attachInContext } from './events/reading.ts';

export { classifyEventText } from './events/kinds.ts';
export type { AttachInput } from './events/linking.ts';
export { dyadsOf, matchKey, type Country } from './events/match-key.ts';
export { NAMING } from './events/naming.ts';
export { eventTitle, shortTitle } from './events/titles.ts';
export { validateCuratedEvents } from './events/validate.ts';

/** Re-exported for callers that measure periods as linking does (the event tests, the ingest bench). */
export { spanOf };

/** Attaches dated claims to curated events and builds extracted events; deterministic. */
export function attachEvents(input: AttachInput): {
  events: Event[];
  claimEvents: Record<string, string[]>;
} {
  const candidates = candidatesOf(input.curated);
  const links = newLinks();
  const extracted = new Map<string, Extracted>();
  // Dated: every date mention goes to the curated event that scores best, or is collected for an
  // extracted event.
  attachByDate(input, candidates, links, extracted);
  // Naming, continuing, pointing back, phases and wholes, claim by claim in document order.
  const continued = attachInContext(input, candidates, links);
  const events: Event[] = [
    ...curatedEvents(input.curated, links.attached, input.actorCountry),
    ...extractedEvents(extracted, continued, links.link, input.actorCountry),
  ];
  events.sort(
    (a, b) => spanOf(a.date.start).from - spanOf(b.date.start).from || codeUnitOrder(a.id, b.id),
  );
  const sortedClaimEvents: Record<string, string[]> = {};
  for (const id of Object.keys(links.claimEvents).sort(codeUnitOrder))
    sortedClaimEvents[id] = [...(links.claimEvents[id] ?? [])].sort(codeUnitOrder);
  return { events, claimEvents: sortedClaimEvents };
}

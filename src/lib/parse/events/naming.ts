/**
 * Naming: a claim attests a curated event it names by a term when the score of its terms, dates (its
 * own, or else its context's) and actors reaches `NAMING.threshold` (see the module comment of
 * `../events.ts`).
 */
import { spanOf, type Span } from '../../dates/compare.ts';
import type { Candidate, Passes, Reading } from './linking.ts';
import { matchKey } from './match-key.ts';
import { DESCRIBED_BY } from './nouns.ts';
import { closeness, inside, nested, overlaps } from './periods.ts';

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
 * How many events hold each term, not counting an event nested in another holder (a phase of the
 * rig crisis shares "oil rig" with the crisis without making it less specific).
 */
export function termHolders(candidates: readonly Candidate[]): Map<string, number> {
  const holders = new Map<string, Candidate[]>();
  for (const c of candidates)
    for (const t of new Set(c.terms)) holders.set(t, [...(holders.get(t) ?? []), c]);
  const termEvents = new Map<string, number>();
  for (const [t, list] of holders)
    termEvents.set(
      t,
      list.filter((c) => !list.some((o) => o !== c && inside(c.span, o.span))).length,
    );
  return termEvents;
}

/** Attests the events the claim names by a term with a score that reaches the threshold. */
export function nameEvents(r: Reading, p: Passes): void {
  const { claim, text, own, context } = r;
  const { candidates, termEvents, attest } = p;
  const { claimEvents } = p.links;
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
    const kindNoun = DESCRIBED_BY.get(c.event.kind);
    if (kindNoun && ownHits.some((h) => kindNoun.test(text.slice(text.indexOf(h) + h.length - 1))))
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
}

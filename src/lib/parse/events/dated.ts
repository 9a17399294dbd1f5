/**
 * Dated attachment: each date mention of a claim goes to the curated event that scores best among
 * those it qualifies for (see the module comment of `../events.ts`), or else is collected for an
 * extracted event when it tells a happening of its own.
 */
import { spanOf } from '../../dates/compare.ts';
import { nonEventKind } from '../classify.ts';
import { collectExtracted, type Extracted } from './extracted.ts';
import { classifyEventText } from './kinds.ts';
import type { Attached, AttachInput, Candidate, Links } from './linking.ts';
import { matchKey } from './match-key.ts';
import {
  closeness,
  isFine,
  isLowercaseMonthWord,
  jaccard,
  nested,
  overlaps,
  parts,
  RANK,
} from './periods.ts';

/**
 * Strength of the evidence for a match: a date that fits and a term (2) beat a report dating a
 * named event differently (1), which beats a date that fits with shared actors only (0).
 */
const tier = (q: { overlap: boolean; termHit: boolean }) =>
  q.overlap && q.termHit ? 2 : q.overlap ? 0 : 1;

/** Words of intention or projection shortly before a date: the date is a plan, not a happening. */
const INTENDED =
  /\b(?:would|will|shall|plans? to|planned to|intends? to|intended to|(?:is|was|are|were) expected to|vowed to|pledged to|promised to|aims? to|aimed to|hopes? to|hoped to)\b/i;
/** Verbs of a sentence that judges what happened rather than telling a happening. */
const EVALUATIVE = /\b(?:looked|seemed|appeared|proved|remained|felt|came)\b/i;

/** The item no other is `better` than; of equals, the earliest. */
function highest<T>(items: readonly T[], better: (a: T, b: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const q of items) if (best === undefined || better(q, best)) best = q;
  return best;
}

/** Attaches every dated claim by its dates; mentions that attach nowhere go to `extracted`. */
export function attachByDate(
  input: AttachInput,
  candidates: readonly Candidate[],
  links: Links,
  extracted: Map<string, Extracted>,
): void {
  const { attached, link } = links;
  const published = new Map(input.reports.map((r) => [r.id, spanOf(r.published).to]));
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
      let best = highest(
        qualified,
        (q, b) => tier(q) > tier(b) || (tier(q) === tier(b) && q.score > b.score),
      );
      // Dating an event differently is the weaker reading when the date fits another event the claim
      // names more actors of: "In July [2015], Zhang Gaoli visited Vietnam, where he met Trọng, Sang
      // and Dũng" is Zhang's July visit, not Xi's November "visited Vietnam" dated differently.
      if (best && tier(best) === 1) {
        const more = best.shared;
        best =
          highest(
            qualified.filter((q) => tier(q) === 0 && q.shared > more),
            (q, f) => q.score > f.score,
          ) ?? best;
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
      collectExtracted(extracted, claim, mention, claimActors);
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
}

/**
 * Reading on from an attested event: continuing it, pointing back at it, a phase told by its kind,
 * and the whole crisis from its phase (see the module comment of `../events.ts`).
 */
import { spanOf } from '../../dates/compare.ts';
import { classifyEventText } from './kinds.ts';
import type { Candidate, Passes, Reading } from './linking.ts';
import { BACK_ANY, BACK_NOUN, BACK_OPENER, CONFLICT_KINDS } from './nouns.ts';
import { inside, isLowercaseMonthWord, overlaps, RANK } from './periods.ts';

/** Whether two events belong to the same era (a crisis and its phases). */
const sameEra = (x: Candidate, y: Candidate) =>
  x.event.era !== undefined && x.event.era === y.event.era;

/** The longest event of an event's era whose period holds it (the crisis of a phase), or itself. */
function outermost(candidates: readonly Candidate[], e: Candidate): Candidate {
  let best = e;
  for (const o of candidates)
    if (
      sameEra(o, e) &&
      inside(e.span, o.span) &&
      o.span.to - o.span.from > best.span.to - best.span.from
    )
      best = o;
  return best;
}

/**
 * Whether every actor belongs to one of the countries of the event's actors, or to none (a place):
 * "in Ho Chi Minh City" during a visit to Vietnam.
 */
function ofItsCountries(
  actors: readonly string[],
  c: Candidate,
  actorCountry: Passes['actorCountry'],
): boolean {
  const countries = new Set([...c.actors].map(actorCountry));
  return actors.every((a) => {
    const k = actorCountry(a);
    return k === null || countries.has(k);
  });
}

/** Continuing: a claim that attests nothing goes on telling an event attested before it. */
export function continueEvent(r: Reading, p: Passes): void {
  const { claim, paragraphEvents, sectionEvents } = r;
  const { byEventId, attest, continued } = p;
  const { claimEvents } = p.links;
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
      const actorsFit =
        claim.actors.some((a) => c.actors.has(a)) ||
        ofItsCountries(claim.actors, c, p.actorCountry);
      if (!actorsFit) continue;
      attest(claim, c, within.iso);
      continued.add(claim.id);
      break;
    }
  }
}

/** Pointing back: a claim that attests nothing else points back at an event attested before it. */
export function pointBack(r: Reading, p: Passes): void {
  const { claim, own, paragraphEvents, sectionEvents } = r;
  const { candidates, byEventId, attest } = p;
  const { claimEvents } = p.links;
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
      const fits = (x: Candidate) => BACK_NOUN.get(x.event.kind)?.test(claim.text) ?? false;
      if (!(generic && near) && !fits(c)) continue;
      // "The standoff" names the whole crisis, not the phase last mentioned: a longer event
      // that holds the phase, shares a term with it and fits the noun.
      const whole = fits(c)
        ? candidates.find(
            (o) => inside(c.span, o.span) && fits(o) && o.terms.some((t) => c.terms.includes(t)),
          )
        : undefined;
      // "This prompted…" tells what followed: the longer event of the era the phase belongs to.
      const after = !whole && BACK_OPENER.test(claim.text) ? outermost(candidates, c) : undefined;
      attest(claim, whole ?? after ?? c);
      break;
    }
  }
}

/** A phase by its kind: an undated sentence telling the kind of happening of one conflict phase. */
export function phaseByKind(r: Reading, p: Passes): void {
  const { claim, own, context, paragraphEvents } = r;
  const { candidates, byEventId, attest } = p;
  const { claimEvents } = p.links;
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
      const whole = outermost(candidates, e);
      const phases = candidates.filter(
        (q) =>
          inside(q.span, whole.span) &&
          sameEra(q, whole) &&
          q.event.kind === claimKind &&
          CONFLICT_KINDS.has(q.event.kind),
      );
      if (phases.length !== 1 || !context.some((sp) => overlaps(sp, whole.span))) continue;
      const q = phases[0]!;
      const actorsFit = ofItsCountries(claim.actors, q, p.actorCountry);
      if (!actorsFit) continue;
      attest(claim, q);
      break;
    }
  }
}

/** The whole from its phase: a claim attesting a phase that also names the whole attests it too. */
export function wholeFromPhase(r: Reading, p: Passes): void {
  const { claim, text } = r;
  const { candidates, byEventId, attest } = p;
  const { claimEvents } = p.links;
  // The whole from its phase: a sentence attesting a phase that also names the outermost event
  // of its era by a term the phase lacks or by its kind's noun ("The standoff ended abruptly
  // when on July 15th…", "brought the crisis to a swift end by announcing the withdrawal")
  // attests that event too.
  for (const id of [...(claimEvents[claim.id] ?? [])]) {
    const q = byEventId.get(id);
    if (!q) continue;
    const o = outermost(candidates, q);
    if (o === q || claimEvents[claim.id]?.includes(o.event.id)) continue;
    const byTerm = o.terms.some((t) => !q.terms.includes(t) && text.includes(t));
    if (byTerm || BACK_NOUN.get(o.event.kind)?.test(claim.text)) attest(claim, o);
  }
}

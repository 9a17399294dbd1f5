/**
 * The passes after the dated one read the claims in document order, whatever order they came in, so
 * that each claim's context (the dates and events of its paragraph and section) is the same.
 */
import { spanOf, type Span } from '../../dates/compare.ts';
import { nonEventKind } from '../classify.ts';
import type { AttachInput, Candidate, InputClaim, Links, Passes, Reading } from './linking.ts';
import { matchKey } from './match-key.ts';
import { nameEvents, termHolders } from './naming.ts';
import { isLowercaseMonthWord } from './periods.ts';
import { codeUnitOrder } from '../../domain/order.ts';
import { continueEvent, phaseByKind, pointBack, wholeFromPhase } from './pointing.ts';

/** Years written in a heading ("2014 oil rig confrontation"): context for the claims under it. */
const HEADING_YEAR = /\b(1\d{3}|20\d{2})\b/g;

/**
 * Naming, continuing, pointing back, phases by kind and wholes from phases, claim by claim in
 * document order. Returns the claims that went on telling an earlier event.
 */
export function attachInContext(
  input: AttachInput,
  candidates: readonly Candidate[],
  links: Links,
): Set<string> {
  const { attached, link, claimEvents } = links;
  const ordered = [...input.claims].sort(
    (a, b) =>
      codeUnitOrder(a.reportId, b.reportId) ||
      (a.paragraph ?? 0) - (b.paragraph ?? 0) ||
      (a.sentence ?? 0) - (b.sentence ?? 0) ||
      codeUnitOrder(a.id, b.id),
  );
  const termEvents = termHolders(candidates);
  let sectionKey = '';
  let paragraphKey = '';
  let sectionSpans: Span[] = [];
  let paragraphSpans: Span[] = [];
  /** Curated events attested earlier in the paragraph, the latest last. */
  let paragraphEvents: string[] = [];
  /** Curated events attested earlier in the section, the latest last. */
  let sectionEvents: string[] = [];
  const attest = (claim: InputClaim, c: Candidate, date?: string) => {
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
  const passes: Passes = {
    candidates,
    byEventId: new Map(candidates.map((c) => [c.event.id, c])),
    links,
    actorCountry: input.actorCountry,
    attest,
    termEvents,
    continued: new Set<string>(),
  };
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
    const reading: Reading = { claim, text, own, context, paragraphEvents, sectionEvents };
    nameEvents(reading, passes);
    continueEvent(reading, passes);
    pointBack(reading, passes);
    phaseByKind(reading, passes);
    wholeFromPhase(reading, passes);
    for (const id of claimEvents[claim.id] ?? [])
      if (passes.byEventId.has(id)) {
        paragraphEvents = [...paragraphEvents.filter((x) => x !== id), id];
        sectionEvents = [...sectionEvents.filter((x) => x !== id), id];
      }
  }
  return passes.continued;
}

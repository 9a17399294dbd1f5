/** Words a sentence uses to point back at or describe an event (see "Pointing back" and "Naming"). */
import type { Event } from '../../schemas/event.ts';

/**
 * Nouns a sentence uses to point back at an event of each kind ("The visit was widely viewed…",
 * "the standoff continued"). After "the", "this", "that" or "these", in the same paragraph as a
 * sentence that attests the event.
 */
export const BACK_NOUNS: Record<Event['kind'], string> = {
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
export const DESCRIBING_NOUNS = 'episode|saga|affair|incident|crisis|event|events';
/** Pointers back that fit any kind: "that event", "the move", "at the time", "that same day". */
export const BACK_ANY =
  /\b(?:(?:the|this|that) (?:event|move|episode)|at (?:the|that) time|(?:that|the) same day)\b/i;
/** Kinds of happening a phase of a conflict may be told by (see "A phase by its kind"). */
export const CONFLICT_KINDS = new Set<Event['kind']>([
  'armed-conflict',
  'military-incident',
  'protest',
]);
/**
 * A sentence that opens by pointing back at what the one before told: "This prompted…", "That
 * triggered…", "In response, …", "Days later, …".
 */
export const BACK_OPENER =
  /^(?:(?:this|that|these|it) (?:prompted|triggered|sparked|provoked|caused|marked|signalled|signaled|led to)\b|in response\b|(?:days|hours|weeks) later\b)/i;

/** "the/this/that/these" + a noun for each kind: the sentence points back at an event of that kind. */
export const BACK_NOUN = new Map(
  Object.entries(BACK_NOUNS).map(([k, nouns]) => [
    k,
    new RegExp(`\\b(?:the|this|that|these) (?:${nouns})\\b`, 'i'),
  ]),
);
/** A noun after a term that describes the event it names: any happening, or a conflict's own nouns. */
export const DESCRIBED_BY = new Map(
  Object.entries(BACK_NOUNS).map(([k, nouns]) => [
    k,
    new RegExp(
      `^ (?:\\p{L}+ )?(?:${CONFLICT_KINDS.has(k as Event['kind']) ? `${nouns}|` : ''}${DESCRIBING_NOUNS}) `,
      'u',
    ),
  ]),
);

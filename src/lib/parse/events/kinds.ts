/** The kind and class of a happening from keywords in the sentence that tells it. */
import type { Event, EventClass } from '../../schemas/event.ts';

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

import { describe, expect, it } from 'vitest';
import {
  ACTOR_KIND_GROUP_LABELS,
  ACTOR_KIND_LABELS,
  CLAIM_KIND_LABELS,
  DIFFERENCE_LABELS,
  DYAD_LABELS,
  EVENT_CLASS_LABELS,
  EVENT_KIND_LABELS,
  EXTRACTION_SOURCES,
  RECORD_TYPE_LABELS,
  REMOVED_KIND_LABELS,
  REPORT_KIND_LABELS,
  humanLabel,
  midSentence,
  originName,
} from '../../../src/lib/domain/labels.ts';
import { DIFFERENCE_KINDS } from '../../../src/lib/domain/kinds.ts';
import { actorKinds } from '../../../src/lib/schemas/actor.ts';
import { claimKinds } from '../../../src/lib/schemas/claim.ts';
import { dyads, eventClasses, eventKinds } from '../../../src/lib/schemas/event.ts';
import { extractionKinds } from '../../../src/lib/schemas/ingest-meta.ts';
import { removedKinds, reportSchema } from '../../../src/lib/schemas/report.ts';

const reportKinds = reportSchema.shape.kind.options;

describe('humanLabel', () => {
  it('turns every hyphen into a space, not just the first, and capitalises the first letter', () => {
    expect(humanLabel('military-incident')).toBe('Military incident');
    expect(humanLabel('a-b-c-d')).toBe('A b c d');
    expect(humanLabel('fact')).toBe('Fact');
    expect(humanLabel('')).toBe('');
  });
});

describe('midSentence', () => {
  it('lower-cases the first letter only', () => {
    expect(midSentence('Material conflict')).toBe('material conflict');
    expect(midSentence('Working paper')).toBe('working paper');
    expect(midSentence('')).toBe('');
  });
});

describe('label maps', () => {
  // Each map covers its schema's enum exactly (no value without a label, no stale label).
  const cases: Array<[string, Record<string, unknown>, readonly string[]]> = [
    ['event kinds', EVENT_KIND_LABELS, eventKinds],
    ['event classes', EVENT_CLASS_LABELS, eventClasses],
    ['dyads', DYAD_LABELS, dyads],
    ['actor kinds', ACTOR_KIND_LABELS, actorKinds],
    ['actor kind groups', ACTOR_KIND_GROUP_LABELS, actorKinds],
    ['claim kinds', CLAIM_KIND_LABELS, claimKinds],
    ['report kinds', REPORT_KIND_LABELS, reportKinds],
    ['extraction sources', EXTRACTION_SOURCES, extractionKinds],
    ['removed kinds', REMOVED_KIND_LABELS, removedKinds],
    ['difference kinds', DIFFERENCE_LABELS, DIFFERENCE_KINDS],
    ['record types', RECORD_TYPE_LABELS, ['claim', 'event', 'actor', 'report']],
  ];
  for (const [name, labels, values] of cases)
    it(`labels every one of the ${name}`, () => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
    });

  it('follows the rule for the enums whose value says it all', () => {
    for (const labels of [
      EVENT_KIND_LABELS,
      EVENT_CLASS_LABELS,
      ACTOR_KIND_LABELS,
      CLAIM_KIND_LABELS,
      REMOVED_KIND_LABELS,
    ])
      for (const [value, label] of Object.entries(labels)) expect(label).toBe(humanLabel(value));
  });

  it('writes out the labels that say more than the value', () => {
    expect(REPORT_KIND_LABELS.paper).toBe('Working paper');
    expect(ACTOR_KIND_GROUP_LABELS.person).toBe('People');
    expect(ACTOR_KIND_GROUP_LABELS.forum).toBe('Forums and agreements');
    expect(EXTRACTION_SOURCES.pdf).toBe('a PDF');
    expect(DYAD_LABELS['US-CN']).toBe('US–China');
    expect(RECORD_TYPE_LABELS.claim).toEqual(['Claim', 'Claims']);
    expect(DIFFERENCE_LABELS.period).toBe('Dates at another precision or period');
  });
});

describe('originName', () => {
  it('names the country of a known origin code and returns an unknown code as it is', () => {
    expect(originName('VN')).toBe('Vietnam');
    expect(originName('GB')).toBe('United Kingdom');
    expect(originName('ZZ')).toBe('ZZ');
  });
});

/**
 * Event attestation against the hand-labelled set in tests/fixtures/attestation/labels.yaml: every
 * sentence of the five reports that attests each curated event. The scorer is checked on a tiny
 * hand-made example first, then run on the real corpus.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import {
  parseAttestationLabels,
  resolveLabels,
  scoreAttestation,
  formatAttestationTable,
  type ScoredClaim,
} from '../../../src/lib/review/attestation-score.ts';

const LABELS = 'tests/fixtures/attestation/labels.yaml';

describe('scoreAttestation on a hand-made example', () => {
  const claims: ScoredClaim[] = [
    { id: 'a-1', reportId: 'a', text: 'In May 2014 China moved the rig.', events: ['rig'] },
    { id: 'a-2', reportId: 'a', text: 'The standoff ended in July.', events: [] },
    { id: 'a-3', reportId: 'a', text: 'Trade kept growing.', events: ['rig'] },
    { id: 'b-1', reportId: 'b', text: 'The 2014 oil rig incident hurt ties.', events: ['rig'] },
    { id: 'b-2', reportId: 'b', text: 'The 1979 war was short.', events: ['rig'] },
    { id: 'b-3', reportId: 'b', text: 'The war of 1979 cost many lives.', events: ['war'] },
  ];
  const labels = parseAttestationLabels(
    [
      '- event: rig',
      '  reports: 2',
      '  attested_by:',
      '    a: ["China moved the rig", "The standoff ended in July"]',
      '    b: ["The 2014 oil rig incident"]',
      '- event: war',
      '  reports: 1',
      '  attested_by:',
      '    b: ["The 1979 war was short", "The war of 1979 cost"]',
      '- event: none',
      '  reports: 0',
      '  attested_by: {}',
    ].join('\n'),
    'example.yaml',
  );

  it('counts found, missed and extra pairs over events two or more reports attest', () => {
    const s = scoreAttestation(labels, claims);
    expect(s.events.map((e) => e.event)).toEqual(['rig']);
    expect(s.events[0]).toMatchObject({ labelled: 3, found: 2, produced: 4, missed: ['a-2'] });
    expect(s.events[0]!.extra.sort()).toEqual(['a-3', 'b-2']);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(formatAttestationTable('Example', s).split('\n')).toEqual([
      'Example: 1 events',
      expect.stringMatching(/^ {2}rig +2\/3 {2}extra 2$/),
      '  recall 2/3 = 0.667, precision 2/4 = 0.500',
    ]);
  });

  it('scores every labelled event, unattested ones for precision only, with minReports 0', () => {
    const s = scoreAttestation(labels, claims, { minReports: 0 });
    expect(s.events.map((e) => [e.event, e.labelled, e.found, e.produced])).toEqual([
      ['rig', 3, 2, 4],
      ['war', 2, 1, 1],
      ['none', 0, 0, 0],
    ]);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(s.precision).toBeCloseTo(3 / 5);
  });

  it('refuses a label that names no claim or several', () => {
    const bad = parseAttestationLabels(
      '- event: rig\n  reports: 1\n  attested_by:\n    a: ["China moved the oil rig", "In May 2014 China"]\n' +
        '- event: war\n  reports: 1\n  attested_by:\n    b: ["The 1979 war is"]\n',
      'bad.yaml',
    );
    const twoClaims = [...claims, { ...claims[0]!, id: 'a-4' }];
    const { problems } = resolveLabels(bad, twoClaims);
    expect(problems.map((p) => [p.event, p.text, p.matches.length])).toEqual([
      ['rig', 'China moved the oil rig', 0],
      ['rig', 'In May 2014 China', 2],
      ['war', 'The 1979 war is', 0],
    ]);
    expect(() => scoreAttestation(bad, twoClaims)).toThrowErrorMatchingInlineSnapshot(`
      [Error: labels that do not name exactly one claim:
        rig / a: "China moved the oil rig" matches 0
        rig / a: "In May 2014 China" matches 2
        war / b: "The 1979 war is" matches 0]
    `);
  });

  it('says which file, entry and field are wrong', () => {
    expect(() =>
      parseAttestationLabels(
        '- event: rig\n  reports: 2\n  attested_by: {a: ["China moved the rig"]}\n',
        'x.yaml',
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: x.yaml: entry 0 (event "rig"): \`reports\` must equal the number of reports under \`attested_by\`]`,
    );
    expect(() =>
      parseAttestationLabels('- event: rig\n  attested_by: {}\n', 'x.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: x.yaml: entry 0.reports (event "rig"): Invalid input: expected number, received undefined]`,
    );
    expect(() =>
      parseAttestationLabels(
        '- event: rig\n  reports: 0\n  attested_by: {}\n- event: rig\n  reports: 0\n  attested_by: {}\n',
        'x.yaml',
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: x.yaml: event rig is labelled twice]`);
    expect(() => parseAttestationLabels('- event: [', 'x.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[Error: x.yaml:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 11:]`,
    );
  });
});

describe('attestation of the curated events in the five reports', async () => {
  const corpus = buildCorpus(await readContent(process.cwd()));
  const labels = parseAttestationLabels(readFileSync(LABELS, 'utf8'), LABELS);
  const curated = new Set(corpus.events.filter((e) => e.origin === 'curated').map((e) => e.id));

  it('labels every curated event, and only curated events', () => {
    expect(labels.map((e) => e.event).filter((id) => !curated.has(id))).toEqual([]);
    expect([...curated].filter((id) => !labels.some((e) => e.event === id))).toEqual([]);
  });

  it('names exactly one claim with every labelled substring', () => {
    const { problems } = resolveLabels(labels, corpus.claims);
    expect(problems).toEqual([]);
  });

  // Targets: recall ≥ 0.90 and precision ≥ 0.95 on the events two or more reports attest. The recall
  // floors below are the figures the linking reaches now (rounded down); raise them as linking
  // improves. Precision is held at its target: naming and pointing back (src/lib/parse/events.ts)
  // trade a little of it for recall, with the threshold chosen to keep it there.
  it('events that two or more reports attest: recall and precision at or above the floors', () => {
    const s = scoreAttestation(labels, corpus.claims, { minReports: 2 });
    console.log(formatAttestationTable('Events attested by two or more reports', s));
    expect(s.events.length).toBeGreaterThanOrEqual(30);
    expect(s.recall).toBeGreaterThanOrEqual(0.73);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('all curated events: recall and precision at or above the floors', () => {
    const s = scoreAttestation(labels, corpus.claims, { minReports: 0 });
    console.log(
      `All curated events: recall ${s.found}/${s.labelled} = ${s.recall.toFixed(3)}, precision ${s.found}/${s.produced} = ${s.precision.toFixed(3)}`,
    );
    expect(s.recall).toBeGreaterThanOrEqual(0.76);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});

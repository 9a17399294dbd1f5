/**
 * The ingest benchmark's scorer on small hand-made reports: each count must move when the ingest
 * output has the fault it counts, and stay at zero when it does not.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { runFixture, parseLabels } from '../../../src/lib/review/fixture-run.ts';
import {
  looseText,
  missedTargets,
  structureOf,
  totals,
} from '../../../src/lib/review/ingest-score.ts';

const content = await readContent(process.cwd());
const META = `id: score-case
title: "A test report"
authors: ["A. Writer"]
publisher: "Test Institute"
published: "2021-06-01"
kind: report
origin: US
url: null
extraction: manual
file: input.txt
`;

const run = (input: string, labels: string) =>
  runFixture(
    { name: 'score-case', input, metaYaml: META, labelsYaml: labels },
    content,
    'tests/fixtures/score-case',
  ).score;

describe('structureOf', () => {
  it('counts body blocks and keeps notes and references apart', () => {
    const s = structureOf(
      '---\nid: x\n---\n## Introduction\n\nOne.[^1]\n\n- a\n- b\n\nTwo.\n\n## References\n\n- Ref one.\n- Ref two.\n\n[^1]: A note.\n',
    );
    expect(s).toEqual({
      headings: ['Introduction'],
      paragraphs: 2,
      listItems: 2,
      tables: 0,
      notes: 1,
      references: 2,
    });
  });
});

describe('scoreFixture', () => {
  const text = [
    'Introduction',
    '',
    'On 2 May 2014 China placed the HD-981 oil rig in waters claimed by Vietnam.',
    '',
    'Our picks this week',
    '',
    'The dispute was pro- duced by years of rivalry.',
  ].join('\n');
  const labels = `set: dev
style: test
headings: [Introduction, Background]
paragraphs: 2
furniture: ["Our picks this week"]
hazards: ["pro- duced"]
events:
  - sentence: "On 2 May 2014 China placed the HD-981 oil rig"
    date: "2014-05-02"
    event: 2014-hd981-oil-rig-crisis
`;
  const s = run(text, labels);
  it('finds the missed heading, the leaked furniture and the hazard', () => {
    expect(s.missedHeadings).toEqual(['Background']);
    expect(s.furnitureLeaks.map((l) => l.what)).toEqual(['Our picks this week']);
    expect(s.hazards.map((h) => h.what)).toContain('pro- duced');
    expect(s.hazards.map((h) => h.what)).toContain('broken hyphen');
  });
  it('counts the dated sentence as found and joined to the curated event', () => {
    expect(s.events).toMatchObject({ labelled: 1, found: 1, joinable: 1, joined: 1 });
  });
  it('names the missed targets', () => {
    const missed = missedTargets(totals([s]));
    expect(missed.some((m) => m.includes('furniture'))).toBe(true);
    expect(missed.some((m) => m.includes('hazards'))).toBe(true);
    expect(missed.some((m) => m.includes('recall'))).toBe(false);
  });
  it('counts a labelled sentence no claim holds as a miss', () => {
    const lost = run(
      text,
      labels.replace('On 2 May 2014 China placed', 'On 3 May 2014 China placed'),
    );
    expect(lost.events.found).toBe(0);
    expect(lost.events.sentencesMissing).toHaveLength(1);
  });
});

describe('labels', () => {
  it('refuses labels with an impossible date, naming the file and field', () => {
    expect(() =>
      parseLabels(
        'set: dev\nstyle: x\nparagraphs: 1\nevents:\n  - sentence: "Something happened then"\n    date: "2014-02-30"\n    event: null\n',
        'f/labels.yaml',
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: f/labels.yaml: events.0.date: day 30 is impossible in "2014-02-30" (month has 28 days)]`,
    );
  });
  it('refuses an unknown set', () => {
    expect(() =>
      parseLabels('set: train\nstyle: x\nparagraphs: 1\n', 'f/labels.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: f/labels.yaml: set: Invalid option: expected one of "dev"|"holdout"]`,
    );
  });
  it('compares text loosely', () =>
    expect(looseText('“Pro–China”\u00a0 views')).toBe('"pro-china" views'));
  it('keeps soft hyphens when a hazard is one', () => {
    expect(looseText('archi\u00adpelago')).toBe('archipelago');
    expect(looseText('archi\u00adpelago', true)).toBe('archi\u00adpelago');
    const clean = run(
      'Introduction\n\nThe archipelago lies to the east of Vietnam.\n',
      'set: dev\nstyle: t\nparagraphs: 1\nheadings: [Introduction]\nhazards: ["archi\u00adpelago", "\u00ad"]\n',
    );
    expect(clean.hazards).toEqual([]);
  });
});

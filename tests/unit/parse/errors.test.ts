// Loud errors: every way the content can be wrong stops the corpus build with a message that names
// the file, the field and what was expected. (tests/unit/parse/corpus-build-errors.test.ts checks that a real
// `astro build` exits non-zero with the same message.)
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from '../../../src/lib/parse/corpus.ts';
import { ContentErrors } from '../../../src/lib/parse/errors.ts';

const REPORT = (id: string, extra = '') => `---
id: ${id}
title: "Vietnam and the United States: An Emerging Security Partnership"
authors: ["Bill Hayton"]
publisher: "United States Studies Centre at the University of Sydney"
published: "2015-11"
kind: report
origin: AU
extraction: pdf
${extra}---
## Executive summary

In the face of a rising China, relations between the Communist Party of Vietnam (CPV) and the United States have improved. In May 2014 China moved the HD-981 oil rig into waters claimed by Vietnam.
`;

const ACTORS = `- id: vietnam
  name: Vietnam
  kind: state
  aliases: [Viet Nam, Socialist Republic of Vietnam]
  acronyms: [SRV]
  metonyms: [Hanoi]
  native: { vi: Việt Nam }
  roles: []
  description: Southeast Asian state.
- id: china
  name: China
  kind: state
  aliases: [People's Republic of China]
  acronyms: [PRC]
  metonyms: [Beijing]
  native: { zh: 中国 }
  roles: []
  description: East Asian state.
- id: united-states
  name: United States
  kind: state
  aliases: [United States of America]
  acronyms: [US, USA]
  metonyms: [Washington]
  native: {}
  roles: []
  description: North American state.
- id: cpv
  name: Communist Party of Vietnam
  kind: party
  aliases: [Vietnamese Communist Party]
  acronyms: [CPV]
  metonyms: []
  native: { vi: Đảng Cộng sản Việt Nam }
  affiliation: vietnam
  roles: []
  description: Ruling party of Vietnam.
`;

const EVENTS = `- id: 2014-hd981-oil-rig-crisis
  title: China's HD-981 oil rig in waters Vietnam claims
  date: { start: "2014-05-02", end: "2014-07-15", precision: day }
  kind: military-incident
  class: material-conflict
  actors: [china, vietnam]
  terms: [HD-981, HS981, Haiyang Shiyou 981, oil rig]
`;

function input(over: Partial<CorpusInput> = {}): CorpusInput {
  return {
    reports: [{ path: 'content/reports/hayton-2015.md', text: REPORT('hayton-2015') }],
    actors: [{ path: 'content/actors/states.yaml', text: ACTORS }],
    events: [{ path: 'content/events/2014.yaml', text: EVENTS }],
    ...over,
  };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ContentErrors);
    return (err as Error).message;
  }
  throw new Error('expected the corpus build to fail');
}

describe('buildCorpus on valid input', () => {
  it('derives claims, actors and the curated event', () => {
    const corpus = buildCorpus(input());
    expect(corpus.reports.map((r) => r.report.id)).toEqual(['hayton-2015']);
    expect(corpus.claims.length).toBe(2);
    expect(corpus.claims[0]?.actors).toEqual(
      expect.arrayContaining(['cpv', 'united-states', 'china']),
    );
    expect(corpus.claims[1]?.events).toContain('2014-hd981-oil-rig-crisis');
  });
});

describe('loud errors', () => {
  it('two reports with one id', () => {
    const msg = errorOf(() =>
      buildCorpus(
        input({
          reports: [
            { path: 'content/reports/a.md', text: REPORT('hayton-2015') },
            { path: 'content/reports/b.md', text: REPORT('hayton-2015') },
          ],
        }),
      ),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/reports/b.md: field "id": duplicate report id "hayton-2015", also used by content/reports/a.md; expected every report to have its own id"
    `);
  });

  it('an impossible date in report frontmatter', () => {
    const text = REPORT('hayton-2015').replace('published: "2015-11"', 'published: "2015-02-30"');
    const msg = errorOf(() =>
      buildCorpus(input({ reports: [{ path: 'content/reports/h.md', text }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/reports/h.md: field "published": day 30 is impossible in "2015-02-30" (month has 28 days)"
    `);
  });

  it('a malformed date in report frontmatter', () => {
    const text = REPORT('hayton-2015').replace(
      'published: "2015-11"',
      'published: "November 2015"',
    );
    const msg = errorOf(() =>
      buildCorpus(input({ reports: [{ path: 'content/reports/h.md', text }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/reports/h.md: field "published": expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got "November 2015""
    `);
  });

  it('a report missing its title', () => {
    const text = REPORT('hayton-2015').replace(/^title:.*\n/m, '');
    const msg = errorOf(() =>
      buildCorpus(input({ reports: [{ path: 'content/reports/h.md', text }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/reports/h.md: field "title": expected string (field is missing)"
    `);
  });

  it('a report without frontmatter', () => {
    const msg = errorOf(() =>
      buildCorpus(input({ reports: [{ path: 'content/reports/x.md', text: 'Just text.' }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/reports/x.md: expected YAML frontmatter between "---" lines at the top of the file"
    `);
  });

  it('an unknown actor id in a curated event', () => {
    const events = EVENTS.replace('actors: [china, vietnam]', 'actors: [china, vietnamm]');
    const msg = errorOf(() =>
      buildCorpus(input({ events: [{ path: 'content/events/2014.yaml', text: events }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/events/2014.yaml: event "2014-hd981-oil-rig-crisis", field "actors[1]": unknown actor id "vietnamm"; expected an id from content/actors/*.yaml"
    `);
  });

  it('an unknown actor id in an actor affiliation', () => {
    const actors = ACTORS.replace('affiliation: vietnam', 'affiliation: viet-nam');
    const msg = errorOf(() =>
      buildCorpus(input({ actors: [{ path: 'content/actors/states.yaml', text: actors }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/actors/states.yaml: actor "cpv", field "affiliation": unknown actor id "viet-nam"; expected the id of an actor in content/actors/"
    `);
  });

  it('a duplicate actor id across files', () => {
    const msg = errorOf(() =>
      buildCorpus(
        input({
          actors: [
            { path: 'content/actors/states.yaml', text: ACTORS },
            { path: 'content/actors/more.yaml', text: ACTORS.split('- id: cpv')[0] ?? '' },
          ],
        }),
      ),
    );
    expect(msg).toMatchInlineSnapshot(`
      "3 content errors:
        - content/actors/more.yaml: actor "vietnam", field "id": duplicate actor id "vietnam" (also defined earlier in content/actors/states.yaml); expected each id once
        - content/actors/more.yaml: actor "china", field "id": duplicate actor id "china" (also defined earlier in content/actors/states.yaml); expected each id once
        - content/actors/more.yaml: actor "united-states", field "id": duplicate actor id "united-states" (also defined earlier in content/actors/states.yaml); expected each id once"
    `);
  });

  it('a duplicate curated event id', () => {
    const msg = errorOf(() =>
      buildCorpus(input({ events: [{ path: 'content/events/2014.yaml', text: EVENTS + EVENTS }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/events/2014.yaml: event "2014-hd981-oil-rig-crisis", field "id": duplicate event id "2014-hd981-oil-rig-crisis" (also defined in content/events/2014.yaml); expected each curated event once"
    `);
  });

  it('an impossible date in a curated event', () => {
    const events = EVENTS.replace('"2014-05-02"', '"2014-13-02"');
    const msg = errorOf(() =>
      buildCorpus(input({ events: [{ path: 'content/events/2014.yaml', text: events }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/events/2014.yaml: event "2014-hd981-oil-rig-crisis", field "date.start": month 13 is impossible in "2014-13-02" (or a BCE year such as "-0110")"
    `);
  });

  it('an unknown field value in an actor record names the record and field', () => {
    const actors = ACTORS.replace('kind: party', 'kind: partei');
    const msg = errorOf(() =>
      buildCorpus(input({ actors: [{ path: 'content/actors/states.yaml', text: actors }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/actors/states.yaml: actor "cpv", field "kind": expected one of "state", "party", "government-body", "person", "military", "organisation", "company", "forum", "place""
    `);
  });

  it('invalid YAML names the line', () => {
    const msg = errorOf(() =>
      buildCorpus(
        input({
          events: [{ path: 'content/events/bad.yaml', text: '- id: x\n  title: [unclosed\n' }],
        }),
      ),
    );
    expect(msg).toMatchInlineSnapshot(`
      "1 content error:
        - content/events/bad.yaml: not valid YAML at line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:"
    `);
  });

  it('reports every problem at once', () => {
    const bad = REPORT('hayton-2015')
      .replace('kind: report', 'kind: blog')
      .replace('origin: AU', 'origin: Australia');
    const msg = errorOf(() =>
      buildCorpus(input({ reports: [{ path: 'content/reports/h.md', text: bad }] })),
    );
    expect(msg).toMatchInlineSnapshot(`
      "2 content errors:
        - content/reports/h.md: field "kind": expected one of "report", "article", "commentary", "paper"
        - content/reports/h.md: field "origin": expected a two-letter country code such as "US""
    `);
  });
});

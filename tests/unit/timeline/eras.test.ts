import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkEraReferences, parseEras } from '../../../src/lib/timeline/eras.ts';
import {
  fromDataset,
  groupByYear,
  toDataset,
  toTimelineEvents,
} from '../../../src/lib/timeline/data.ts';
import type { Event } from '../../../src/lib/schemas/event.ts';

const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'did not throw';
};

describe('content/eras.yaml', () => {
  it('parses, in chronological order, and covers every era an event names', () => {
    const eras = parseEras(readFileSync('content/eras.yaml', 'utf8'));
    expect(eras.length).toBeGreaterThanOrEqual(8);
    expect(eras[0]).toMatchObject({ id: 'chinese-rule', start: '-0110', end: '0938' });
    const names = eras.map((e) => e.name).join(' | ');
    for (const n of ['Chinese rule', '1979', 'Đổi Mới', 'Normalisation', 'oil rig'])
      expect(names).toContain(n);
    const events = readdirSync('content/events')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap(
        (f) =>
          parse(readFileSync(`content/events/${f}`, 'utf8')) as Array<{ id: string; era?: string }>,
      );
    expect(() => checkEraReferences(eras, events)).not.toThrow();
  });

  it('fails loudly, naming the file, the entry index and the field', () => {
    const ok = "- id: war-1979\n  name: War\n  start: '1979'\n  end: '1989'\n";
    expect(parseEras(ok)).toHaveLength(1);
    expect(
      message(() => parseEras(`${ok}- id: x\n  name: X\n  start: '1979-13'\n  end: '1980'\n`)),
    ).toMatch(/content\/eras\.yaml: entry 1 \("x"\), field "start": month 13 is impossible/);
    expect(
      message(() =>
        parseEras(`- id: x\n  name: X\n  start: '1979'\n  end: '1980'\n  colour: red\n`),
      ),
    ).toMatch(/content\/eras\.yaml: entry 0 \("x"\): unknown field\(s\) "colour"/);
    expect(message(() => parseEras(`- id: x\n  start: '1979'\n  end: '1980'\n`))).toMatch(
      /entry 0 \("x"\), field "name": expected string \(field is missing\)/,
    );
    expect(
      message(() => parseEras(`- id: x\n  name: X\n  start: '1989'\n  end: '1979'\n`)),
    ).toMatch(/entry 0 \("x"\), field "end": "1979" is before the start "1989"/);
    expect(message(() => parseEras(`${ok}${ok}`))).toMatch(
      /entry 1 \("war-1979"\), field "id": duplicate id/,
    );
    expect(message(() => parseEras('- [unclosed'))).toMatch(/content\/eras\.yaml: invalid YAML/);
    expect(message(() => parseEras('id: x'))).toMatch(/expected a list of eras/);
    expect(
      message(() => checkEraReferences(parseEras(ok), [{ id: 'e1', era: 'doi-moi' }])),
    ).toMatch(/content\/eras\.yaml: event "e1" names era "doi-moi", which is not in the file/);
  });
});

describe('timeline data', () => {
  const events = [
    {
      id: 'b',
      title: 'Later <b>&amp;</b>',
      date: { start: '2014-05-01', end: '2014-05-04', precision: 'day' },
      kind: 'military-incident',
      class: 'material-conflict',
      actors: ['china', 'vietnam'],
      terms: [],
      era: 'oil-rig-crisis-2014',
      origin: 'curated',
      dyads: ['VN-CN'],
      attestations: [
        { reportId: 'xin-2015', claimIds: [], dates: [] },
        { reportId: 'hayton-2015', claimIds: [], dates: [] },
      ],
      disagreements: [],
    },
    {
      id: 'a',
      title: 'Han conquest',
      date: { start: '-0110', precision: 'year' },
      kind: 'armed-conflict',
      class: 'material-conflict',
      actors: ['china'],
      terms: [],
      origin: 'curated',
      dyads: [],
      attestations: [],
      disagreements: [],
    },
  ] as unknown as Event[];
  const reports = [
    { id: 'xin-2015', origin: 'CN', authors: ['Xin Qiang'], published: '2015-05-11' },
    { id: 'hayton-2015', origin: 'AU', authors: ['Bill Hayton'], published: '2015-11' },
  ];

  it('orders events chronologically (BCE first) and groups them by year', () => {
    const list = toTimelineEvents(events, reports);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
    expect(list[1]?.origins).toEqual(['AU', 'CN']);
    expect(list[1]?.reports).toEqual(['hayton-2015', 'xin-2015']);
    expect(groupByYear(list).map((g) => g.year)).toEqual([-110, 2014]);
  });

  it('the list item data attributes round-trip to the same record', () => {
    for (const e of toTimelineEvents(events, reports))
      expect(fromDataset(toDataset(e), e.title)).toEqual(e);
    expect(fromDataset({ id: 'x' }, 'x')).toBeNull();
    expect(fromDataset({ id: 'x', start: 'garbage', precision: 'year' }, 'x')).toBeNull();
  });
});

describe('synthetic events for the benchmark', () => {
  it('are deterministic, chronological and valid list records', async () => {
    const { synthesize } = await import('../../../src/lib/timeline/synthetic.ts');
    const events = JSON.parse(
      readFileSync('tests/fixtures/timeline/events-sample.json', 'utf8'),
    ) as Event[];
    const real = toTimelineEvents(events, [
      { id: 'hayton-2015', origin: 'AU', authors: ['Bill Hayton'], published: '2015-11' },
    ]);
    const a = synthesize(real, 500, 7);
    expect(a).toHaveLength(500);
    expect(synthesize(real, 500, 7)).toEqual(a);
    expect(a.map((e) => e.start)).toEqual([...a.map((e) => e.start)].sort((x, y) => x - y));
    expect(new Set(a.map((e) => e.id)).size).toBe(500);
    for (const e of a) expect(fromDataset(toDataset(e), e.title)).toEqual(e);
  });
});

describe('date disagreements on the timeline', () => {
  it('give the 2008 dialogue the date Xin gives beside its own, with who says what', async () => {
    const { readContent } = await import('../../../src/lib/loader/read-content.ts');
    const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
    const corpus = buildCorpus(await readContent(process.cwd()));
    const list = toTimelineEvents(
      corpus.events,
      corpus.reports.map((r) => r.report),
    );
    const dialogue = list.find((e) => e.id === '2008-first-us-vn-political-security-dialogue');
    expect(dialogue?.startIso).toBe('2008-10');
    expect(dialogue?.altIso).toEqual(['2008-06']);
    expect(dialogue?.alt[0]).toBeCloseTo(2008 + 5 / 12);
    expect(dialogue?.dispute).toBe('Hayton 2015 gives October 2008; Xin 2015 gives June 2008.');
    // Every disputed event and only those carry a sentence; alternative dates lie outside the period.
    const disputed = new Set(corpus.events.filter((e) => e.disagreements.length).map((e) => e.id));
    expect(new Set(list.filter((e) => e.dispute).map((e) => e.id))).toEqual(disputed);
    for (const e of list) {
      for (const a of e.alt) expect(a < e.start || a >= e.end).toBe(true);
      expect(fromDataset(toDataset(e), e.title)).toEqual(e);
      expect(toDataset(e)['dates']).toBe(e.dispute ? 'differ' : 'agree');
    }
    // The Dates facet counts them, disputed first.
    const { timelinePage } = await import('../../../src/lib/timeline/pages.ts');
    const page = timelinePage(
      corpus.events,
      corpus.reports.map((r) => r.report),
      corpus.actors,
      [],
    );
    expect(page.facets.dates.map((o) => [o.value, o.count])).toEqual([
      ['differ', disputed.size],
      ['agree', corpus.events.length - disputed.size],
    ]);
  }, 60_000);

  it('stop, naming the event, on a disagreement by a report that is not given', () => {
    const event = {
      id: '2008-x',
      title: 'x',
      date: { start: '2008-10', precision: 'month' },
      kind: 'dialogue',
      class: 'verbal-cooperation',
      actors: [],
      dyads: [],
      attestations: [],
      disagreements: [{ reportId: 'nobody-2020', date: '2008-06', claimId: 'c' }],
      origin: 'curated',
      terms: [],
    } as unknown as Event;
    expect(() => toTimelineEvents([event], [])).toThrow(
      /event "2008-x".*unknown report "nobody-2020"/,
    );
  });
});

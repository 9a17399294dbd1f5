import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';
import { disputedDates, eventFigures, mostAttested } from '../../../src/lib/render/home.ts';
import { corpusSummary, reportFigures } from '../../../src/lib/render/summary.ts';
import type { Event } from '../../../src/lib/schemas/event.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = buildCorpus(await readContent(process.cwd()));
}, 120_000);
const reportsById = () => new Map(corpus.reports.map((r) => [r.report.id, r.report]));

function event(id: string, start: string, over: Partial<Event> = {}): Event {
  return {
    id,
    title: id,
    date: { start, precision: 'year' },
    kind: 'other',
    class: 'verbal-cooperation',
    actors: ['vietnam'],
    terms: [],
    origin: 'curated',
    dyads: [],
    attestations: [],
    disagreements: [],
    ...over,
  };
}

describe('eventFigures', () => {
  it('spans the real events from the Han conquest (111 BCE) to the latest report', () => {
    const f = eventFigures(corpus.events);
    expect(f.count).toBe(corpus.events.length);
    expect(f.curated).toBe(corpus.events.filter((e) => e.origin === 'curated').length);
    expect(f.curated).toBeLessThan(f.count);
    expect(f.from).toBe('111 BCE');
    expect(Number(f.to)).toBeGreaterThanOrEqual(2020);
  });

  it('takes the latest end, not the latest start, and says nothing of an empty corpus', () => {
    const f = eventFigures([
      event('a', '1990', { date: { start: '1990', end: '2003', precision: 'year' } }),
      event('b', '2001'),
    ]);
    expect([f.from, f.to]).toEqual(['1990', '2003']);
    expect(eventFigures([])).toEqual({ count: 0, curated: 0, from: undefined, to: undefined });
  });
});

describe('mostAttested', () => {
  it('puts the 2014 oil rig crisis, told by all five reports, first', () => {
    const top = mostAttested(corpus.events);
    expect(top[0]?.event.id).toBe('2014-hd981-oil-rig-crisis');
    expect(top[0]?.reports).toBe(5);
    expect(top.length).toBeLessThanOrEqual(5);
    const counts = top.map((x) => x.reports);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts reports, not claims, and leaves out events only one report tells', () => {
    const one = { reportId: 'r1', claimIds: ['c1', 'c2', 'c3'], dates: [] };
    const two = [one, { reportId: 'r2', claimIds: ['c4'], dates: [] }];
    const top = mostAttested([
      event('single', '2000', { attestations: [one] }),
      event('pair', '1990', { attestations: two }),
    ]);
    expect(top.map((x) => [x.event.id, x.reports])).toEqual([['pair', 2]]);
  });
});

describe('disputedDates', () => {
  it('leads with the 2008 dialogue, dated June by Xin and October by Hayton', () => {
    const d = disputedDates(corpus.events, reportsById());
    expect(d.total).toBe(corpus.events.filter((e) => e.disagreements.length > 0).length);
    expect(d.shown[0]?.event.id).toBe('2008-first-us-vn-political-security-dialogue');
    expect(d.shown[0]?.sentence).toBe('Hayton 2015 gives October 2008; Xin 2015 gives June 2008.');
    expect(d.shown[0]?.reports).toBe(2);
  });

  it('keeps at most the limit but counts every disputed event', () => {
    const d = disputedDates(corpus.events, reportsById(), 1);
    expect(d.shown).toHaveLength(1);
    expect(d.total).toBeGreaterThan(1);
  });

  it('stops, naming the event, when a disagreement names a report that is not in the corpus', () => {
    const bad = event('2008-x', '2008', {
      disagreements: [{ reportId: 'nobody-2020', date: '2008-06', claimId: 'c' }],
    });
    expect(() => disputedDates([bad], reportsById())).toThrow(
      /event "2008-x".*unknown report "nobody-2020"/,
    );
  });
});

describe('corpusSummary and reportFigures', () => {
  it('count the five reports, their years, authors and origins', () => {
    const s = corpusSummary(corpus.reports.map((r) => r.report));
    expect([s.count, s.first?.slice(0, 4), s.last?.slice(0, 4), s.authors]).toEqual([
      5,
      '2015',
      '2022',
      6,
    ]);
    expect(s.origins).toEqual([
      { origin: 'CN', count: 2 },
      { origin: 'US', count: 2 },
      { origin: 'AU', count: 1 },
    ]);
  });

  it('give each report its claims and the events it attests, an event once per report', () => {
    const f = reportFigures(corpus.claims, corpus.events);
    expect(f.get('hayton-2015')?.claims).toBe(
      corpus.claims.filter((c) => c.reportId === 'hayton-2015').length,
    );
    expect([...f.values()].reduce((n, x) => n + x.claims, 0)).toBe(corpus.claims.length);
    const rig = corpus.events.filter((e) => e.id === '2014-hd981-oil-rig-crisis');
    expect([...reportFigures([], rig).values()].map((x) => x.events)).toEqual([1, 1, 1, 1, 1]);
    const twice = [{ attestations: [{ reportId: 'a' }, { reportId: 'a' }] }];
    expect(reportFigures([], twice).get('a')).toEqual({ claims: 0, events: 1 });
  });
});

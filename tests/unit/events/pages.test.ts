import { beforeAll, describe, expect, it } from 'vitest';
import {
  adjacentEvents,
  eventPages,
  eventPassages,
  periodEvents,
} from '../../../src/lib/events/pages.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = buildCorpus(await readContent(process.cwd()));
}, 120_000);
const reportsById = () => new Map(corpus.reports.map((r) => [r.report.id, r.report]));
const claimsById = () => new Map(corpus.claims.map((c) => [c.id, c]));
const event = (id: string) => {
  const e = corpus.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('eventPassages', () => {
  it('gives the 2014 oil rig crisis a column for each of the five reports, oldest first', () => {
    const cols = eventPassages(event('2014-hd981-oil-rig-crisis'), claimsById(), reportsById());
    expect(cols.map((c) => c.report.id)).toEqual([
      'xin-2015',
      'hayton-2015',
      'liu-2016',
      'gitter-kania-2017',
      'soliman-2022',
    ]);
    for (const col of cols) {
      expect(col.claims.length).toBeGreaterThan(0);
      const starts = col.claims.map((c) => c.position.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(cols[0]!.claims.some((c) => /oil rig|981/i.test(c.text))).toBe(true);
  });

  it('throws naming the event and claim when an attestation points at a claim that is not there', () => {
    const e = {
      id: 'e1',
      attestations: [{ reportId: 'xin-2015', claimIds: ['xin-2015-00000000'], dates: [] }],
    };
    expect(() => eventPassages(e, claimsById(), reportsById())).toThrow(
      /"e1".*"xin-2015-00000000"/,
    );
    const other = { id: 'e2', attestations: [{ reportId: 'nope', claimIds: [], dates: [] }] };
    expect(() => eventPassages(other, claimsById(), reportsById())).toThrow(
      /unknown report "nope"/,
    );
  });
});

describe('adjacentEvents and periodEvents', () => {
  const evs = [
    { id: 'b', date: { start: '2014-05', precision: 'month' as const } },
    { id: 'a', date: { start: '-0110', precision: 'year' as const } },
    { id: 'c', date: { start: '2014-05', precision: 'month' as const } },
    { id: 'd', date: { start: '0938', precision: 'year' as const } },
  ];
  it('orders by date across BCE, then by id', () => {
    expect(adjacentEvents(evs[0]!, evs)).toEqual({ previous: evs[3], next: evs[2] });
    expect(adjacentEvents(evs[1]!, evs).previous).toBeUndefined();
    expect(adjacentEvents(evs[2]!, evs).next).toBeUndefined();
  });
  it('takes a window around the event, clipped at the ends', () => {
    expect(periodEvents(evs[1]!, evs, 1).map((e) => e.id)).toEqual(['a', 'd']);
    expect(periodEvents(evs[0]!, evs, 1).map((e) => e.id)).toEqual(['d', 'b', 'c']);
  });
  it('throws for an event that is not in the list', () => {
    expect(() =>
      adjacentEvents({ id: 'zz', date: { start: '2000', precision: 'year' } }, evs),
    ).toThrow(/"zz"/);
  });
});

describe('eventPages', () => {
  it('computes every page once per build, agreeing with the per-event functions', () => {
    const pages = eventPages(corpus.events, claimsById(), reportsById());
    expect(pages).toHaveLength(corpus.events.length);
    const oil = pages.find((p) => p.event.id === '2014-hd981-oil-rig-crisis')!;
    expect(oil.passages).toHaveLength(5);
    expect({ previous: oil.previous, next: oil.next }).toEqual(
      adjacentEvents(oil.event, corpus.events),
    );
    expect(oil.period).toEqual(periodEvents(oil.event, corpus.events));
    const dialogue = pages.find(
      (p) => p.event.id === '2008-first-us-vn-political-security-dialogue',
    )!;
    expect(dialogue.disagreement.sentence).toBe(
      'Hayton 2015 gives October 2008; Xin 2015 gives June 2008.',
    );
  });
});

describe('dates read from the real corpus', () => {
  it('dates the items of Gitter and Kania’s list under “2015 began with…” in 2015, on the curated events', () => {
    const attested = (id: string) => event(id).attestations.map((a) => a.reportId);
    for (const id of [
      '2015-nguyen-phu-trong-visits-beijing',
      '2015-liu-hongcai-receives-cpv-delegation',
      '2015-meng-jianzhu-meets-nguyen-doan-khanh',
      '2015-zhang-gaoli-visits-vietnam',
      '2015-truong-tan-sang-meets-xi-in-beijing',
      '2015-li-jun-meets-lam-phuong-thanh',
      '2015-wang-jiarui-visits-vietnam',
    ])
      expect(attested(id), id).toContain('gitter-kania-2017');
    const misdated = corpus.events.filter(
      (e) =>
        e.origin === 'extracted' &&
        e.date.start.startsWith('2014') &&
        e.attestations.some((a) => a.reportId === 'gitter-kania-2017'),
    );
    expect(misdated.map((e) => e.title)).toEqual([]);
    expect(event('2015-xi-jinping-visits-hanoi').disagreements).toEqual([]);
  });
});

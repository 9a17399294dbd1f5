import { beforeAll, describe, expect, it } from 'vitest';
import {
  adjacentEvents,
  dateDisagreements,
  eventPages,
  eventPassages,
  formatEventDate,
  otherDates,
  periodEvents,
  reportLabel,
} from '../../../src/lib/events/page.ts';
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

describe('reportLabel', () => {
  it('names reports by family names and year, family-name-first bylines included', () => {
    const r = reportsById();
    expect(reportLabel(r.get('xin-2015')!)).toBe('Xin 2015');
    expect(reportLabel(r.get('gitter-kania-2017')!)).toBe('Gitter and Kania 2017');
    expect(reportLabel({ id: 'x', authors: ['A B', 'C D', 'E F'], published: '2020-01' })).toBe(
      'B et al. 2020',
    );
  });
});

describe('formatEventDate', () => {
  it('writes ranges, shared years and months once, BCE and decades', () => {
    expect(formatEventDate({ start: '2014-05-01', end: '2014-07-16', precision: 'day' })).toBe(
      '1 May – 16 July 2014',
    );
    expect(formatEventDate({ start: '2014-05-05', end: '2014-05-10', precision: 'day' })).toBe(
      '5–10 May 2014',
    );
    expect(formatEventDate({ start: '1407', end: '1428', precision: 'year' })).toBe('1407 – 1428');
    expect(formatEventDate({ start: '2008-06', precision: 'month' })).toBe('June 2008');
    expect(formatEventDate({ start: '-0110', precision: 'year' })).toBe('111 BCE');
    expect(formatEventDate({ start: '1990', precision: 'decade' })).toBe('the 1990s');
    expect(formatEventDate({ start: '2013-12', end: '2014-02', precision: 'month' })).toBe(
      'December 2013 – February 2014',
    );
  });
});

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

describe('dateDisagreements', () => {
  it('states plainly which report dates the first political-security dialogue when', () => {
    const d = dateDisagreements(
      event('2008-first-us-vn-political-security-dialogue'),
      reportsById(),
    );
    expect(d.sentence).toBe('Hayton 2015 gives October 2008; Xin 2015 gives June 2008.');
    expect(d.byReport.map((r) => r.dates.map((x) => x.iso))).toEqual([['2008-10'], ['2008-06']]);
  });
  it('is empty when the reports agree', () => {
    expect(dateDisagreements(event('2014-hd981-oil-rig-crisis'), reportsById())).toEqual({
      byReport: [],
      sentence: '',
    });
  });
  it('lists each date once per report, in order', () => {
    const e = {
      id: 'e',
      disagreements: [
        { reportId: 'xin-2015', date: '2011-08', claimId: 'a' },
        { reportId: 'xin-2015', date: '2010-03', claimId: 'b' },
        { reportId: 'xin-2015', date: '2011-08', claimId: 'c' },
      ],
    };
    expect(dateDisagreements(e, reportsById()).sentence).toBe(
      'Xin 2015 gives March 2010 and August 2011.',
    );
  });
});

describe("otherDates (the rings of the event page's strip)", () => {
  it("keeps the dates outside the event's own period, with who gives them", () => {
    const dialogue = event('2008-first-us-vn-political-security-dialogue');
    expect(otherDates(dialogue, dateDisagreements(dialogue, reportsById()).byReport)).toEqual([
      { iso: '2008-06', label: 'Xin 2015 gives June 2008' },
    ]);
    // Hayton gives 16, 17 and 20 October for a visit of 16–18 October: only the 20th is another date.
    const vpa = event('2014-vpa-delegation-visits-beijing');
    expect(
      otherDates(vpa, dateDisagreements(vpa, reportsById()).byReport).map((o) => o.iso),
    ).toEqual(['2014-10-20']);
    const rig = event('2014-hd981-oil-rig-crisis');
    expect(otherDates(rig, [])).toEqual([]);
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

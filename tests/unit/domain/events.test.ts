import { beforeAll, describe, expect, it } from 'vitest';
import { formatEventDate } from '../../../src/lib/dates/format.ts';
import {
  compareEvents,
  dateDisagreements,
  eventExtent,
  otherDates,
  reportLabel,
} from '../../../src/lib/domain/events.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = buildCorpus(await readContent(process.cwd()));
}, 120_000);
const reportsById = () => new Map(corpus.reports.map((r) => [r.report.id, r.report]));
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

describe('compareEvents', () => {
  it('orders events by start date, then by id in code units', () => {
    const e = (id: string, start: string) => ({ id, date: { start, precision: 'day' as const } });
    const list = [e('b', '2014-05-02'), e('B', '2014-05-02'), e('a', '2014-05'), e('c', '-0110')];
    expect(list.sort(compareEvents).map((x) => x.id)).toEqual(['c', 'a', 'B', 'b']);
  });
});

describe('eventExtent', () => {
  it('runs from the start to the end of the last period, a day at least', () => {
    expect(eventExtent({ start: '2014', precision: 'year' })).toEqual([2014, 2015]);
    expect(eventExtent({ start: '1990', precision: 'decade' })).toEqual([1990, 2000]);
    const [start, end] = eventExtent({ start: '2014-05-01', end: '2014-05-01', precision: 'day' });
    expect(end - start).toBeCloseTo(1 / 365, 5);
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

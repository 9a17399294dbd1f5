// Dates written for people: ISO values, event dates and the dates a claim mentions.
import { describe, expect, it } from 'vitest';
import {
  dateMentionSource,
  formatDateMention,
  formatEventDate,
  formatIsoDate,
  formatYear,
} from '../../../src/lib/dates/format.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

describe('formatIsoDate', () => {
  it.each([
    ['2017', '2017'],
    ['2015-11', 'November 2015'],
    ['2016-02-29', '29 February 2016'],
    ['0938', '938'],
    ['-0110', '111 BCE'],
    ['-0000', '1 BCE'],
  ])('%s → %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));
});

describe('formatDateMention', () => {
  it('puts the year a bare day or month took from context in brackets', () => {
    expect(
      formatDateMention({ text: '15 July', iso: '2014-07-15', precision: 'day', inferred: true }),
    ).toBe('15 July [2014]');
    expect(
      formatDateMention({ text: 'early July', iso: '2014-07', precision: 'month', inferred: true }),
    ).toBe('early July [2014]');
    expect(
      formatDateMention({
        text: '16–18 October',
        iso: '2014-10-16',
        isoEnd: '2014-10-18',
        precision: 'day',
        inferred: true,
      }),
    ).toBe('16–18 October [2014]');
  });

  it('puts the whole period of a relative expression in brackets', () => {
    const rel = (
      text: string,
      iso: string,
      precision: 'day' | 'month' | 'season' | 'year',
      isoEnd?: string,
    ) => formatDateMention({ text, iso, isoEnd, precision, inferred: true, relative: true });
    expect(rel('that month', '2014-05', 'month')).toBe('that month [May 2014]');
    expect(rel('the following year', '2015', 'year')).toBe('the following year [2015]');
    expect(rel('Within two weeks', '2014-07-15', 'day', '2014-07-29')).toBe(
      'Within two weeks [15–29 July 2014]',
    );
    expect(rel('That summer', '2014-06', 'season', '2014-08')).toBe('That summer [summer 2014]');
    expect(rel('That same day', '2014-07-15', 'day')).toBe('That same day [15 July 2014]');
  });

  it('writes an explicit date alone, or with its reading when that differs', () => {
    const say = (
      text: string,
      iso: string,
      precision: 'day' | 'month' | 'season' | 'year' | 'decade',
      isoEnd?: string,
    ) => formatDateMention({ text, iso, isoEnd, precision, inferred: false });
    expect(say('May 2014', '2014-05', 'month')).toBe('May 2014');
    expect(say('Dec. 16, 2015', '2015-12-16', 'day')).toBe('Dec. 16, 2015');
    expect(say('July 15th, 2014', '2014-07-15', 'day')).toBe('July 15th, 2014');
    expect(say('summer of 2014', '2014-06', 'season', '2014-08')).toBe('summer of 2014');
    expect(say('from 1407 to 1428', '1407', 'year', '1428')).toBe('from 1407 to 1428');
    expect(say('1990s', '1990', 'decade', '1999')).toBe('1990s (1990 – 1999)');
    expect(say('938 AD', '0938', 'year')).toBe('938 AD');
    expect(say('111 BCE', '-0110', 'year')).toBe('111 BCE');
    expect(say('late 2015', '2015-09', 'year', '2015-12')).toBe(
      'late 2015 (September – December 2015)',
    );
    expect(say('2015-05-11', '2015-05-11', 'day')).toBe('2015-05-11 (11 May 2015)');
  });

  it('says where the brackets come from: an earlier claim, or the publication date', () => {
    const base = { text: '15 July', iso: '2014-07-15', precision: 'day' as const, inferred: true };
    expect(
      dateMentionSource({
        ...base,
        resolvedFrom: { text: 'May 2014', iso: '2014-05', claimId: 'hayton-2015-0badc0de' },
      }),
    ).toEqual({
      text: 'from “May 2014”',
      claimId: 'hayton-2015-0badc0de',
    });
    expect(
      dateMentionSource({ ...base, resolvedFrom: { text: 'May 2014', iso: '2014-05' } }),
    ).toBeNull();
    expect(
      dateMentionSource({
        ...base,
        resolvedFrom: { text: '2015-09-02', iso: '2015-09-02', publication: true },
      }),
    ).toEqual({
      text: 'from the publication date',
    });
    expect(dateMentionSource({ ...base, inferred: false })).toBeNull();
  });

  it.skipIf(underMutationTesting)(
    "on the real corpus: never repeats a claim's own words, and brackets exactly the resolved dates",
    async () => {
      // Imported here: the corpus's modules are slow to load, and mutation runs skip this test.
      const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
      const { readContent } = await import('../../../src/lib/loader/read-content.ts');
      const c = buildCorpus(await readContent(process.cwd()));
      for (const cl of c.claims)
        for (const d of cl.dates) {
          const shown = formatDateMention(d);
          expect(shown).not.toBe(`${d.text} (${d.text})`);
          expect(shown.startsWith(d.text)).toBe(true);
          expect(shown.includes('[')).toBe(d.inferred);
        }
    },
  );
});

describe('formatEventDate and formatYear: the edges', () => {
  it('writes years below 1000 with CE and years at or below 0 as BCE', () => {
    expect([
      formatYear(0),
      formatYear(-110),
      formatYear(1),
      formatYear(999),
      formatYear(1000),
    ]).toEqual(['1 BCE', '111 BCE', '1 CE', '999 CE', '1000']);
  });

  it('writes a date on the first of a month and a period at each precision', () => {
    expect(formatEventDate({ start: '2014-05-01', precision: 'day' })).toBe('1 May 2014');
    expect(formatEventDate({ start: '2014-05', precision: 'month' })).toBe('May 2014');
    expect(formatEventDate({ start: '0938', precision: 'year' })).toBe('938 CE');
    expect(formatEventDate({ start: '1990', end: '1990', precision: 'decade' })).toBe('the 1990s');
    expect(formatEventDate({ start: '-0110', precision: 'year' })).toBe('111 BCE');
  });

  it('names the season of its first month: winter crosses into the next year', () => {
    const season = (start: string) => formatEventDate({ start, precision: 'season' });
    expect(
      [
        '2014-12',
        '2015-01',
        '2015-02',
        '2015-03',
        '2015-05',
        '2015-06',
        '2015-08',
        '2015-09',
        '2015-11',
      ].map(season),
    ).toEqual([
      'winter 2014',
      'winter 2015',
      'winter 2015',
      'spring 2015',
      'spring 2015',
      'summer 2015',
      'summer 2015',
      'autumn 2015',
      'autumn 2015',
    ]);
  });

  it('writes a shared year, or year and month, of a range once', () => {
    const range = (start: string, end: string, precision: 'day' | 'month' | 'year') =>
      formatEventDate({ start, end, precision });
    expect(range('2014-05-05', '2014-05-10', 'day')).toBe('5–10 May 2014');
    expect(range('2014-05-01', '2014-07-16', 'day')).toBe('1 May – 16 July 2014');
    expect(range('2014-12-30', '2015-01-02', 'day')).toBe('30 December 2014 – 2 January 2015');
    expect(range('2014-05', '2014-07', 'month')).toBe('May – July 2014');
    expect(range('2014-05-05', '2014-05', 'day')).toBe('5 May – May 2014');
    expect(range('1407', '1428', 'year')).toBe('1407 – 1428');
    expect(range('-0110', '-0100', 'year')).toBe('111 BCE – 101 BCE');
    expect(range('0938', '1010', 'year')).toBe('938 CE – 1010');
  });
});

describe('formatDateMention and dateMentionSource: the edges', () => {
  it('an explicit date written another way stands alone when its words are the same', () => {
    const say = (text: string, iso: string, precision: 'day' | 'month' | 'year', isoEnd?: string) =>
      formatDateMention({ text, iso, isoEnd, precision });
    expect(say('1st May 2014', '2014-05-01', 'day')).toBe('1st May 2014');
    expect(say('May 1st, 2014', '2014-05-01', 'day')).toBe('May 1st, 2014');
    expect(say('AD 938', '0938', 'year')).toBe('AD 938');
    expect(say('between 1965 and 1973', '1965', 'year', '1973')).toBe('between 1965 and 1973');
    expect(say('the 2nd of May 2014', '2014-05-02', 'day')).toBe('the 2nd of May 2014');
    expect(say('Sept. 2015', '2015-09', 'month')).toBe('Sept. 2015');
    expect(say('May 2014', '2014-06', 'month')).toBe('May 2014 (June 2014)');
  });

  it('a mention without a precision reads as a year; a century as a year too', () => {
    expect(formatDateMention({ text: 'then', iso: '2014', relative: true })).toBe('then [2014]');
    expect(formatDateMention({ text: 'C15', iso: '1401', precision: 'century' })).toBe(
      'C15 (1401)',
    );
  });

  it('a bare day resolved into a year below 1000 or BCE says so in the brackets', () => {
    expect(formatDateMention({ text: 'that spring', iso: '0938', inferred: true })).toBe(
      'that spring [938 CE]',
    );
    expect(formatDateMention({ text: 'that year', iso: '-0110', inferred: true })).toBe(
      'that year [111 BCE]',
    );
  });

  it('gives the source of the brackets only for an inferred date resolved from elsewhere', () => {
    const base = { text: '15 July', iso: '2014-07-15' };
    const from = { text: 'May 2014', iso: '2014-05', claimId: 'r-00000001' };
    expect(dateMentionSource({ ...base, inferred: true, resolvedFrom: from })).toEqual({
      text: 'from “May 2014”',
      claimId: 'r-00000001',
    });
    expect(dateMentionSource({ ...base, inferred: false, resolvedFrom: from })).toBeNull();
    expect(dateMentionSource({ ...base, inferred: true })).toBeNull();
    expect(
      dateMentionSource({
        ...base,
        inferred: true,
        resolvedFrom: { text: 'May 2014', iso: '2014-05' },
      }),
    ).toBeNull();
    expect(
      dateMentionSource({
        ...base,
        inferred: true,
        resolvedFrom: { text: '2015-09-02', iso: '2015-09-02', publication: true },
      }),
    ).toEqual({ text: 'from the publication date' });
  });
});

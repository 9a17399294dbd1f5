// Dates written for people: ISO values, event dates and the dates a claim mentions.
import { describe, expect, it } from 'vitest';
import {
  dateMentionSource,
  formatDateMention,
  formatIsoDate,
} from '../../../src/lib/dates/format.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';

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

  it("on the real corpus: never repeats a claim's own words, and brackets exactly the resolved dates", async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    for (const cl of c.claims)
      for (const d of cl.dates) {
        const shown = formatDateMention(d);
        expect(shown).not.toBe(`${d.text} (${d.text})`);
        expect(shown.startsWith(d.text)).toBe(true);
        expect(shown.includes('[')).toBe(d.inferred);
      }
  });
});

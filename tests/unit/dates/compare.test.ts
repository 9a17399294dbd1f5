// ISO values on a line (src/lib/dates/compare.ts): periods as spans for overlaps, the one
// chronological order, and decimal years for scales, at every precision and across BCE.
import { describe, expect, it } from 'vitest';
import {
  compareIso,
  decimalToIso,
  isoEndToDecimalYear,
  isoToDecimalYear,
  spanDay,
  spanOf,
} from '../../../src/lib/dates/compare.ts';

describe('spanOf', () => {
  it('covers a year, a month or a day from its first day to its last', () => {
    expect(spanOf('2014')).toEqual({ from: spanDay(2014, 1, 1), to: spanDay(2014, 12, 31) });
    expect(spanOf('2014-05')).toEqual({ from: spanDay(2014, 5, 1), to: spanDay(2014, 5, 31) });
    expect(spanOf('2014-05-01')).toEqual({ from: spanDay(2014, 5, 1), to: spanDay(2014, 5, 1) });
    expect(spanOf('2014-05-01', '2014-06')).toEqual({
      from: spanDay(2014, 5, 1),
      to: spanDay(2014, 6, 31),
    });
  });

  it('orders days one apart across month and year ends', () => {
    expect(spanDay(2014, 1, 2) - spanDay(2014, 1, 1)).toBe(1);
    expect(spanDay(2014, 2, 1) - spanDay(2014, 1, 31)).toBe(1);
    expect(spanDay(2015, 1, 1) - spanDay(2014, 12, 31)).toBe(1);
  });

  it('tells overlapping periods from periods that only touch', () => {
    const overlap = (a: [string, string?], b: [string, string?]) => {
      const x = spanOf(...a);
      const y = spanOf(...b);
      return x.from <= y.to && y.from <= x.to;
    };
    expect(overlap(['2014'], ['2014-12-31'])).toBe(true);
    expect(overlap(['2014-05'], ['2014-06-01'])).toBe(false);
    expect(overlap(['2014-05-01', '2014-05-31'], ['2014-05-31'])).toBe(true);
    expect(overlap(['2013'], ['2014-01-01'])).toBe(false);
  });

  it('never ends before it starts, and is NaN for a value that is not ISO', () => {
    expect(spanOf('2015', '2014')).toEqual({ from: spanDay(2015, 1, 1), to: spanDay(2015, 1, 1) });
    expect(spanOf('15 May 2014').from).toBeNaN();
    expect(spanOf('2014', 'soon').to).toBeNaN();
  });
});

describe('compareIso', () => {
  it('sorts by the start of each period, BCE first, values starting together by code units', () => {
    const values = ['2015', '2014-12', '0938', '-0110', '2014-01-01', '2014', '2014-01', '0000'];
    expect([...values].sort(compareIso)).toEqual([
      '-0110',
      '0000',
      '0938',
      '2014',
      '2014-01',
      '2014-01-01',
      '2014-12',
      '2015',
    ]);
    expect(compareIso('2014', '2014')).toBe(0);
    expect(compareIso('2014-01', '2014')).toBeGreaterThan(0);
    expect(compareIso('2014', '2014-01')).toBeLessThan(0);
  });
});

describe('decimal years', () => {
  it('puts the start of a period on the scale', () => {
    expect(isoToDecimalYear('2014')).toBe(2014);
    expect(isoToDecimalYear('2014-07')).toBe(2014.5);
    expect(isoToDecimalYear('2014-01-02')).toBe(2014 + 1 / 365);
    expect(isoToDecimalYear('-0110')).toBe(-110);
  });

  it('puts the end of a period just after its last day', () => {
    expect(isoEndToDecimalYear('2014')).toBe(2015);
    expect(isoEndToDecimalYear('2014-05')).toBeCloseTo(2014 + 5 / 12, 10);
    expect(isoEndToDecimalYear('2014-05-01')).toBeCloseTo(2014 + 4 / 12 + 1 / 365, 10);
  });

  it('names the value it cannot read', () => {
    expect(() => isoToDecimalYear('May 2014')).toThrow('not an ISO date: "May 2014"');
    expect(() => isoEndToDecimalYear('May 2014')).toThrow('not an ISO date: "May 2014"');
  });

  it('reads a decimal year back at each precision: the first and last day of a month included', () => {
    for (const iso of [
      '2014-01-01',
      '2014-03-01',
      '2014-12-31',
      '2016-02-29',
      '2015-02-28',
      '2014-07-15',
    ])
      expect(decimalToIso(isoToDecimalYear(iso), 'day')).toBe(iso);
    for (const iso of ['2014-01', '2014-07', '2014-12'])
      expect(decimalToIso(isoToDecimalYear(iso), 'month')).toBe(iso);
    expect(decimalToIso(2014.5, 'year')).toBe('2014');
    expect(decimalToIso(2014.999, 'month')).toBe('2014-12');
    expect(decimalToIso(2014.99999, 'day')).toBe('2014-12-31');
    expect(decimalToIso(2015 - 1e-12, 'day')).toBe('2015-01-01');
    expect(decimalToIso(938.2, 'month')).toBe('0938-03');
    // BCE values are written as years at any precision.
    expect(decimalToIso(-110.5, 'day')).toBe('-0111');
    expect(decimalToIso(-0.5, 'month')).toBe('-0001');
  });
});

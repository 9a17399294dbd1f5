import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  eventExtent,
  formatRange,
  timeTicks,
  viewPrecision,
} from '../../../src/lib/timeline/time.ts';
import {
  decimalToIso,
  isoEndToDecimalYear,
  isoToDecimalYear,
} from '../../../src/lib/dates/compare.ts';
import { formatEventDate, formatYear } from '../../../src/lib/dates/format.ts';

describe('timeline time: decimal years', () => {
  it('BCE years are astronomical: 111 BCE is -110, 1 BCE is 0', () => {
    expect(isoToDecimalYear('-0110')).toBe(-110);
    expect(isoToDecimalYear('0000')).toBe(0);
    expect(formatYear(-110)).toBe('111 BCE');
    expect(formatYear(0)).toBe('1 BCE');
    expect(formatYear(1)).toBe('1 CE');
  });

  it('years below 100 stay years (no 1900s shift as with Date)', () => {
    expect(isoToDecimalYear('0040')).toBe(40);
    expect(isoToDecimalYear('0040-07')).toBeCloseTo(40.5);
    expect(formatYear(40)).toBe('40 CE');
    expect(formatYear(938)).toBe('938 CE');
    expect(formatYear(1979)).toBe('1979');
    expect(decimalToIso(40.5, 'month')).toBe('0040-07');
  });

  it('decimalToIso inverts isoToDecimalYear at year, month and day precision', () => {
    for (const iso of ['2014', '1979', '0938', '0040', '-0110'])
      expect(decimalToIso(isoToDecimalYear(iso), 'year')).toBe(iso);
    for (const iso of ['2014-05', '1991-11', '0040-12', '2000-01'])
      expect(decimalToIso(isoToDecimalYear(iso), 'month')).toBe(iso);
    for (const iso of ['2014-05-01', '2014-05-31', '1979-02-17', '2016-02-29', '2015-12-31'])
      expect(decimalToIso(isoToDecimalYear(iso), 'day')).toBe(iso);
    // BCE values are written as years whatever the precision asked.
    expect(decimalToIso(-110.4, 'day')).toBe('-0111');
  });

  it('extents run to the end of the last period', () => {
    expect(eventExtent({ start: '2014', precision: 'year' })).toEqual([2014, 2015]);
    const [a, b] = eventExtent({ start: '2014-05-01', end: '2014-05-04', precision: 'day' });
    expect(a).toBeCloseTo(2014 + 4 / 12);
    expect(b).toBeCloseTo(2014 + 4 / 12 + 4 / 365);
    expect(eventExtent({ start: '1990', precision: 'decade' })).toEqual([1990, 2000]);
    expect(eventExtent({ start: '-0110', precision: 'year' })).toEqual([-110, -109]);
    expect(isoEndToDecimalYear('2014-12')).toBeCloseTo(2015);
  });

  it('formats event dates with their precision', () => {
    expect(formatEventDate({ start: '-0110', precision: 'year' })).toBe('111 BCE');
    expect(formatEventDate({ start: '0938', precision: 'year' })).toBe('938 CE');
    expect(formatEventDate({ start: '1990', precision: 'decade' })).toBe('the 1990s');
    expect(formatEventDate({ start: '2014-06', precision: 'season' })).toBe('summer 2014');
    expect(formatEventDate({ start: '1407', end: '1428', precision: 'year' })).toBe('1407 – 1428');
    expect(formatEventDate({ start: '2014-05-01', precision: 'day' })).toBe('1 May 2014');
  });
});

describe('timeline time: axis ticks', () => {
  const labels = (d: [number, number], n = 8) => timeTicks(d, n).map((t) => t.label);

  it('covers the whole span from 111 BCE with round centuries, BCE ticks on round BCE years', () => {
    const ticks = timeTicks([-120, 2021], 8);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map((t) => t.label)).toContain('1 CE');
    expect(ticks.map((t) => t.label)).toContain('2000');
    for (const t of ticks) expect(t.value).toBeGreaterThanOrEqual(-120);
    // With more room, a BCE tick: "100 BCE" sits at astronomical -99.
    const fine = timeTicks([-120, 300], 10);
    expect(fine).toContainEqual({ value: -99, label: '100 BCE' });
  });

  it('labels years below 100 as years', () => {
    expect(labels([0.5, 101], 6)).toEqual(['1 CE', '25 CE', '50 CE', '75 CE', '100 CE']);
    expect(labels([-10, 10], 5)).toEqual(['10 BCE', '5 BCE', '1 CE', '5 CE', '10 CE']);
  });

  it('switches to months, then days, as the view narrows', () => {
    expect(labels([1945, 2021], 8)).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    expect(labels([2014, 2015.999], 8)).toEqual([
      '2014',
      'Apr',
      'Jul',
      'Oct',
      '2015',
      'Apr',
      'Jul',
      'Oct',
    ]);
    expect(labels([2014 + 4 / 12, 2014 + 5 / 12], 6)).toEqual([
      'May 2014',
      '8 May',
      '15 May',
      '22 May',
      'Jun 2014',
    ]);
    // Two years on a phone (three ticks asked): one tick a year, not a tick a week.
    expect(labels([2014, 2016], 3)).toEqual(['2014', '2015', '2016']);
  });

  it('ticks are in view, ascending and never more than asked', () => {
    for (const d of [
      [-120, 2021],
      [1945, 2021],
      [1978.5, 1979.5],
      [2014.3, 2014.35],
      [37, 41],
      [2014, 2016],
      [2014, 2016.9],
    ] as Array<[number, number]>) {
      for (const n of [3, 6, 12]) {
        const ticks = timeTicks(d, n);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(n + 1);
        for (const t of ticks) {
          expect(t.value).toBeGreaterThanOrEqual(d[0]);
          expect(t.value).toBeLessThanOrEqual(d[1]);
        }
        expect(ticks.map((t) => t.value)).toEqual(
          [...ticks.map((t) => t.value)].sort((a, b) => a - b),
        );
      }
    }
    expect(timeTicks([5, 5])).toEqual([]);
    expect(timeTicks([Number.NaN, 5])).toEqual([]);
  });

  it('works with a d3 linear scale over the long span (positions are monotonic)', () => {
    const x = scaleLinear().domain([-120, 2021]).range([0, 1000]);
    const xs = timeTicks([-120, 2021], 8).map((t) => x(t.value));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(x(-110)).toBeGreaterThan(0);
  });

  it('writes views at a precision that fits their span', () => {
    expect(viewPrecision(76)).toBe('year');
    expect(viewPrecision(5)).toBe('month');
    expect(viewPrecision(0.5)).toBe('day');
    expect(formatRange(1945, 2021)).toEqual(['1945', '2020']);
    expect(formatRange(-120, 2021)).toEqual(['121 BCE', '2020']);
    expect(formatRange(2014 + 4 / 12, 2014 + 8 / 12)).toEqual(['1 May 2014', '31 August 2014']);
    expect(formatRange(2010, 2015)).toEqual(['January 2010', 'December 2014']);
  });
});

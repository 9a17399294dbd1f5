// Calendar arithmetic and ISO comparison: leap years at every year (no Date.UTC 1900 shift), BCE,
// day arithmetic across months and eras, spans and the one chronological order.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isLeapYear,
  isValidDay,
} from '../../../src/lib/dates/calendar.ts';
import { compareIso, spanOf } from '../../../src/lib/dates/compare.ts';
import { isoDateProblem, isoYear, parseIso, toIso } from '../../../src/lib/dates/iso.ts';

describe('calendar', () => {
  it('judges leap years by the year itself, below 100 and BCE included', () => {
    expect([1900, 2000, 4, 0, -4, 100, -100, 2016, 2015].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29); // Date.UTC reads year 4 as 1904 and year 0 as 1900,
    expect(daysInMonth(0, 2)).toBe(29); // which would give year 0 a 28-day February
    expect(daysInMonth(99, 2)).toBe(28);
    expect(daysInMonth(2014, 4)).toBe(30);
    expect(daysInMonth(2014, 13)).toBeNaN();
    expect(isValidDay(0, 2, 29)).toBe(true);
    expect(isValidDay(1900, 2, 29)).toBe(false);
    expect(isValidDay(2014, 6, 31)).toBe(false);
    expect(isValidDay(2014, 6, 0)).toBe(false);
  });

  it('counts days exactly across months, leap days and the BCE/CE boundary', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2014, 7, 15) - daysFromCivil(2014, 5, 2)).toBe(74);
    for (const [y, m, d] of [
      [2014, 7, 15],
      [0, 2, 29],
      [-110, 12, 31],
      [4, 3, 1],
      [1900, 3, 1],
    ] as const)
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual([y, m, d]);
    expect(addDays(2014, 6, 20, 14)).toEqual([2014, 7, 4]);
    expect(addDays(2016, 2, 28, 1)).toEqual([2016, 2, 29]);
    expect(addDays(1900, 2, 28, 1)).toEqual([1900, 3, 1]);
    expect(addDays(1, 1, 1, -1)).toEqual([0, 12, 31]);
    expect(addMonths(2014, 11, 3)).toEqual([2015, 2]);
    expect(addMonths(2014, 1, -1)).toEqual([2013, 12]);
    expect(addMonths(0, 1, -1)).toEqual([-1, 12]);
  });
});

describe('ISO values', () => {
  it('parses and writes astronomical years of four or more digits', () => {
    expect(parseIso('2014-07-15')).toEqual({ year: 2014, month: 7, day: 15 });
    expect(parseIso('-0110')).toEqual({ year: -110, month: undefined, day: undefined });
    expect(parseIso('15 July 2014')).toBeNull();
    expect(parseIso('2014-7')).toBeNull();
    expect([isoYear(938), isoYear(-110), isoYear(0), isoYear(2014)]).toEqual([
      '0938',
      '-0110',
      '0000',
      '2014',
    ]);
    expect([toIso(40), toIso(40, 7), toIso(40, 7, 4)]).toEqual(['0040', '0040-07', '0040-07-04']);
  });

  it('checks 29 February at 1900, 2000, 0004 and 0000 by the real calendar', () => {
    expect(isoDateProblem('1900-02-29')).toMatch(/28 days/);
    expect(isoDateProblem('2000-02-29')).toBeNull();
    expect(isoDateProblem('0004-02-29')).toBeNull();
    expect(isoDateProblem('0000-02-29')).toBeNull();
    expect(isoDateProblem('0001-02-29')).toMatch(/impossible/);
  });

  it('orders BCE, years below 100 and modern dates; ties in code-unit order', () => {
    expect(
      ['2014-05', '-0110', '0938', '0050', '1407', '2014', '2014-05-01', '-0111'].sort(compareIso),
    ).toEqual(['-0111', '-0110', '0050', '0938', '1407', '2014', '2014-05', '2014-05-01']);
    expect(compareIso('2014-07-15', '2014-07-15')).toBe(0);
  });

  it('spans a value at its precision, with an inclusive end', () => {
    const may = spanOf('2014-05');
    expect(spanOf('2014-05-01').from).toBe(may.from);
    expect(spanOf('2014-05-31').to).toBe(may.to);
    expect(spanOf('2014').to).toBe(spanOf('2014-12-31').to);
    expect(spanOf('2014-05-01', '2014-07-16').to).toBe(spanOf('2014-07-16').to);
    expect(spanOf('-0110').to).toBeLessThan(spanOf('0000').from);
    expect(Number.isNaN(spanOf('May 2014').from)).toBe(true);
  });
});

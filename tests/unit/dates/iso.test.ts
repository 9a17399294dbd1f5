import { describe, expect, it } from 'vitest';
import { isoDateProblem, isoPrecision } from '../../../src/lib/dates/iso.ts';

describe('isoDateProblem', () => {
  it.each(['2015', '2015-11', '2016-02-29', '0111'])('accepts %s', (v) => {
    expect(isoDateProblem(v)).toBeNull();
  });
  it.each([
    ['2015-13', /month 13/],
    ['2015-02-29', /day 29 is impossible/],
    ['2015-04-31', /30 days/],
    ['15 May 2015', /expected an ISO date/],
    ['2015-1', /expected an ISO date/],
  ])('rejects %s', (v, msg) => {
    expect(isoDateProblem(v)).toMatch(msg);
  });
  it('derives precision from length', () => {
    expect([isoPrecision('2015'), isoPrecision('2015-11'), isoPrecision('2015-11-02')]).toEqual([
      'year',
      'month',
      'day',
    ]);
  });
});

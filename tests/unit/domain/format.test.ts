import { describe, expect, it } from 'vitest';
import { countOf, joinNames, reportCount } from '../../../src/lib/domain/format.ts';

describe('counts', () => {
  it('writes a count with its noun, singular only for one, with thousands separators', () => {
    expect(countOf(1, 'report')).toBe('1 report');
    expect(countOf(0, 'claim')).toBe('0 claims');
    expect(countOf(1171, 'claim')).toBe('1,171 claims');
    expect(countOf(2, 'analysis', 'analyses')).toBe('2 analyses');
  });

  it('says "no report yet" of a curated event no report attests', () => {
    expect([0, 1, 3].map(reportCount)).toEqual(['no report yet', '1 report', '3 reports']);
  });
});

describe('names', () => {
  it('joins bylines and keeps name order', () => {
    expect(joinNames(['David Gitter', 'Elsa Kania'])).toBe('David Gitter and Elsa Kania');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

import { describe, expect, it } from 'vitest';
import {
  countFacets,
  filterPredicate,
  resolveFilters,
} from '../../../../src/lib/search/engine/facets.ts';
import type { FacetsFile, SearchMeta } from '../../../../src/lib/search/index-format.ts';

// Two reports, three actors, two claim kinds; records 0–1 are events, 2–5 claims.
const meta = {
  reports: [
    {
      id: 'hayton-2015',
      label: 'Hayton 2015',
      title: 'The South China Sea',
      origin: 'GB',
      year: 2015,
    },
    {
      id: 'soliman-2022',
      label: 'Soliman 2022',
      title: 'Vietnam and China',
      origin: 'US',
      year: 2022,
    },
  ],
  actors: [
    { id: 'vietnam', name: 'Vietnam' },
    { id: 'china', name: 'China' },
    { id: 'martin-dempsey', name: 'Martin Dempsey' },
  ],
  kinds: ['fact', 'assessment'],
  origins: ['GB', 'US'],
} as unknown as SearchMeta;
const fc: FacetsFile = {
  r: [[0], [0, 1], [0], [0], [1], [1]],
  a: [[0, 1], [2], [0], [1], [0, 1], []],
  y: [[2014, 2014], [2016, 2016], [2014, 2015], [2015, 2015], [2020, 2022], null],
  k: [-1, -1, 0, 1, 1, 0],
};
const all = Int32Array.from([0, 1, 2, 3, 4, 5]);

describe('resolveFilters', () => {
  it('turns filter values into indexes and says which are unknown', () => {
    const f = resolveFilters(meta, { report: 'soliman-2022', actor: 'nobody', kind: 'assessment' });
    expect(f).toMatchObject({ report: 1, actor: -1, kind: 1, active: true });
    expect(f.ignored).toEqual(['actor']);
    expect(resolveFilters(meta, { origin: 'FR' }).ignored).toEqual(['origin']);
    expect(resolveFilters(meta, {}).active).toBe(false);
    expect(resolveFilters(meta, { from: 2015 }).active).toBe(true);
  });
});

describe('filterPredicate', () => {
  const keep = (filters: Parameters<typeof resolveFilters>[1]) => {
    const pass = filterPredicate(meta, fc, resolveFilters(meta, filters));
    return [...all].filter((d) => pass(d));
  };
  it('keeps the records that match every filter', () => {
    expect(keep({ report: 'hayton-2015' })).toEqual([0, 1, 2, 3]);
    expect(keep({ actor: 'vietnam', kind: 'assessment' })).toEqual([4]);
    expect(keep({ origin: 'US' })).toEqual([1, 4, 5]);
  });
  it('keeps a record whose years overlap the range, and one without years', () => {
    expect(keep({ from: 2015, to: 2016 })).toEqual([1, 2, 3, 5]);
  });
  it('lets everything through without facets.json or without filters', () => {
    const f = resolveFilters(meta, { report: 'hayton-2015' });
    expect(filterPredicate(meta, undefined, f)(5)).toBe(true);
    expect(keep({})).toEqual([...all]);
  });
});

describe('countFacets', () => {
  it('counts each filter’s values with the other filters applied but not itself', () => {
    const f = resolveFilters(meta, { report: 'hayton-2015', kind: 'fact' });
    const counts = countFacets(meta, fc, all, filterPredicate(meta, fc, f));
    // Reports: claims of kind "fact" (2 in Hayton, 5 in Soliman).
    expect(counts.report.map((r) => [r.value, r.count])).toEqual([
      ['hayton-2015', 1],
      ['soliman-2022', 1],
    ]);
    expect(counts.report[0]?.label).toBe('Hayton 2015 — The South China Sea');
    // Kinds: within Hayton (records 0–3).
    expect(counts.kind).toEqual([
      { value: 'fact', label: 'Fact', count: 1 },
      { value: 'assessment', label: 'Assessment', count: 1 },
    ]);
    // Actors: Hayton's facts (record 2), those with no record left out.
    expect(counts.actor).toEqual([{ value: 'vietnam', label: 'Vietnam', count: 1 }]);
  });
  it('orders actors by count, then name, and counts a record once per origin, named', () => {
    const counts = countFacets(meta, fc, all, () => true);
    expect(counts.actor.map((a) => [a.label, a.count])).toEqual([
      ['China', 3],
      ['Vietnam', 3],
      ['Martin Dempsey', 1],
    ]);
    expect(counts.origin).toEqual([
      { value: 'GB', label: 'United Kingdom', count: 4 },
      { value: 'US', label: 'United States', count: 3 },
    ]);
  });
});

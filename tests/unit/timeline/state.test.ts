import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/timeline/data.ts';
import {
  DEFAULT_STATE,
  inRange,
  matchesFilters,
  parseIsoParam,
  parseTimelineState,
  serializeTimelineState,
  type TimelineState,
  type Vocabulary,
} from '../../../src/lib/timeline/state.ts';

const vocab: Vocabulary = {
  actor: new Set(['cpv', 'china', 'vietnam', 'united-states']),
  report: new Set(['xin-2015', 'hayton-2015']),
  origin: new Set(['US', 'CN', 'AU']),
  kind: new Set(['agreement', 'military-incident']),
  class: new Set(['verbal-cooperation', 'material-conflict']),
  dyad: new Set(['VN-CN', 'VN-US', 'none']),
  dates: new Set(['differ', 'agree']),
};

describe('timeline URL state', () => {
  it('round-trips every field', () => {
    const states: TimelineState[] = [
      { ...DEFAULT_STATE },
      { ...DEFAULT_STATE, from: '2014-01', to: '2014-12', actor: ['cpv'] },
      {
        from: '-0110',
        to: '0938',
        actor: ['china', 'vietnam'],
        report: ['hayton-2015', 'xin-2015'],
        origin: ['AU', 'US'],
        kind: ['agreement'],
        class: ['material-conflict'],
        dyad: ['VN-CN', 'none'],
        dates: ['differ'],
        lanes: 'actor',
      },
      { ...DEFAULT_STATE, from: '1979-02-17', to: null },
    ];
    for (const s of states) expect(parseTimelineState(serializeTimelineState(s), vocab)).toEqual(s);
    expect(serializeTimelineState(DEFAULT_STATE)).toBe('');
    expect(serializeTimelineState(states[1]!)).toBe('?from=2014-01&to=2014-12&actor=cpv');
  });

  it('accepts the issue example and repeated or comma-separated values, sorted and deduplicated', () => {
    const s = parseTimelineState('?from=2014-01&to=2014-12&actor=cpv', vocab);
    expect(s).toMatchObject({ from: '2014-01', to: '2014-12', actor: ['cpv'] });
    expect(parseTimelineState('?actor=vietnam,cpv&actor=cpv', vocab).actor).toEqual([
      'cpv',
      'vietnam',
    ]);
    expect(parseTimelineState('?from=938&to=-110', vocab)).toMatchObject({ from: null, to: null });
    expect(parseTimelineState('?from=-110&to=938', vocab)).toMatchObject({
      from: '-0110',
      to: '0938',
    });
  });

  it('ignores garbage: unknown parameters and values, malformed or impossible dates, reversed ranges', () => {
    const garbage = [
      '?from=2014-13&to=banana',
      '?from=2015-02-30',
      '?from=2015&to=2014',
      '?from=2014-12-02&to=2014-12-01',
      '?actor=<script>alert(1)</script>&kind=nope&class=&dyad=XX&lanes=sideways',
      '?%%%&&==&from',
      '?from=-0110-05',
      '?from=12345',
      `?actor=${'cpv,'.repeat(1000)}`,
      '?constructor=1&__proto__=x&toString=2',
      '',
      '?',
    ];
    for (const g of garbage) {
      const s = parseTimelineState(g, vocab);
      const expected = g.startsWith('?actor=cpv')
        ? { ...DEFAULT_STATE, actor: ['cpv'] }
        : DEFAULT_STATE;
      expect(s, g).toEqual(expected);
      expect(serializeTimelineState(s)).toBe(g.startsWith('?actor=cpv') ? '?actor=cpv' : '');
    }
    // A valid field next to garbage survives.
    expect(
      parseTimelineState('?from=2014&to=zzz&class=material-conflict&class=bogus', vocab),
    ).toEqual({
      ...DEFAULT_STATE,
      from: '2014',
      class: ['material-conflict'],
    });
  });

  it('normalises date parameters', () => {
    expect(parseIsoParam('2014')).toBe('2014');
    expect(parseIsoParam(' 2014-05 ')).toBe('2014-05');
    expect(parseIsoParam('40')).toBe('0040');
    expect(parseIsoParam('-110')).toBe('-0110');
    expect(parseIsoParam('-0')).toBe('0000');
    expect(parseIsoParam('2014-5')).toBeNull();
    expect(parseIsoParam('2016-02-29')).toBe('2016-02-29');
    expect(parseIsoParam('2015-02-29')).toBeNull();
    expect(parseIsoParam(null)).toBeNull();
  });
});

describe('timeline filters', () => {
  const e: TimelineEvent = {
    id: 'x',
    title: 'x',
    startIso: '2014-05',
    endIso: undefined,
    precision: 'month',
    start: 2014 + 4 / 12,
    end: 2014 + 5 / 12,
    kind: 'military-incident',
    cls: 'material-conflict',
    actors: ['china', 'vietnam'],
    dyads: ['VN-CN'],
    reports: ['hayton-2015'],
    origins: ['AU'],
    origin: 'curated',
    era: undefined,
    altIso: [],
    alt: [],
    dispute: undefined,
  };
  it('OR inside a facet, AND across facets', () => {
    expect(matchesFilters(e, DEFAULT_STATE)).toBe(true);
    expect(matchesFilters(e, { ...DEFAULT_STATE, actor: ['cpv', 'china'] })).toBe(true);
    expect(matchesFilters(e, { ...DEFAULT_STATE, actor: ['cpv'] })).toBe(false);
    expect(matchesFilters(e, { ...DEFAULT_STATE, actor: ['china'], origin: ['US'] })).toBe(false);
    expect(
      matchesFilters(e, {
        ...DEFAULT_STATE,
        report: ['hayton-2015'],
        class: ['material-conflict'],
      }),
    ).toBe(true);
    expect(matchesFilters({ ...e, dyads: [] }, { ...DEFAULT_STATE, dyad: ['none'] })).toBe(true);
    expect(
      matchesFilters({ ...e, reports: [] }, { ...DEFAULT_STATE, report: ['hayton-2015'] }),
    ).toBe(false);
    // Dates: an event the reports date differently, or one they agree on.
    const disputed = { ...e, dispute: 'Hayton 2015 gives October 2008; Xin 2015 gives June 2008.' };
    expect(matchesFilters(disputed, { ...DEFAULT_STATE, dates: ['differ'] })).toBe(true);
    expect(matchesFilters(e, { ...DEFAULT_STATE, dates: ['differ'] })).toBe(false);
    expect(matchesFilters(e, { ...DEFAULT_STATE, dates: ['agree'] })).toBe(true);
    expect(parseTimelineState('?dates=differ,maybe', vocab).dates).toEqual(['differ']);
  });
  it('an event is in a range when its extent meets it', () => {
    expect(inRange(e, 2014, 2015)).toBe(true);
    expect(inRange(e, 2014.42, 2015)).toBe(false);
    expect(inRange({ start: 1407, end: 1429 }, 1420, 1421)).toBe(true);
  });
});

describe('no-JS filter stylesheet', () => {
  it('hides non-matching items and empty years while the script has not taken over', async () => {
    const { filterCss, filterTargetId } = await import('../../../src/lib/timeline/pages.ts');
    const css = filterCss([
      { facet: 'class', value: 'material-conflict' },
      { facet: 'actor', value: 'cpv' },
      { facet: 'dyad', value: 'none' },
      { facet: 'kind', value: 'x"]{}body{display:none' },
    ]);
    expect(filterTargetId('class', 'material-conflict')).toBe('f-class-material-conflict');
    expect(css).toContain(
      '#f-class-material-conflict:target ~ #tl-years:not(.tl-js) .tl-item:not([data-class="material-conflict"])',
    );
    expect(css).toContain('.tl-item:not([data-actors~="cpv"])');
    expect(css).toContain('.tl-year:not(:has(.tl-item[data-dyads=""]))');
    // A value that is not a slug is left out: it could break out of the selector.
    expect(css).not.toContain('body{display');
  });
});

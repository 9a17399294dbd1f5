import { describe, expect, it } from 'vitest';
import {
  claimsByReport,
  coMentions,
  formatRole,
  mentionCounts,
} from '../../../src/lib/actors/profile.ts';

const claims = [
  {
    reportId: 'liu-2016',
    paragraph: 1,
    sentence: 1,
    actors: ['barack-obama', 'nguyen-phu-trong', 'united-states'],
  },
  {
    reportId: 'hayton-2015',
    paragraph: 3,
    sentence: 2,
    actors: ['nguyen-phu-trong', 'cpv', 'cpv'],
  },
  {
    reportId: 'hayton-2015',
    paragraph: 2,
    sentence: 1,
    actors: ['nguyen-phu-trong', 'united-states'],
  },
  { reportId: 'xin-2015', paragraph: 1, sentence: 1, actors: ['united-states', 'vietnam'] },
];

describe('actor profile', () => {
  it('counts each claim once per actor', () => {
    expect(Object.fromEntries(mentionCounts(claims))).toEqual({
      'barack-obama': 1,
      'nguyen-phu-trong': 3,
      'united-states': 3,
      cpv: 1,
      vietnam: 1,
    });
  });

  it('counts co-mentions per shared claim, most frequent first', () => {
    expect(coMentions(claims, 'nguyen-phu-trong')).toEqual([
      { id: 'united-states', count: 2 },
      { id: 'barack-obama', count: 1 },
      { id: 'cpv', count: 1 },
    ]);
    expect(coMentions(claims, 'nobody')).toEqual([]);
  });

  it('groups claims by report in report order and document order', () => {
    const groups = claimsByReport(claims, 'nguyen-phu-trong', [
      'liu-2016',
      'hayton-2015',
      'xin-2015',
    ]);
    expect(groups.map((g) => [g.reportId, g.claims.map((c) => c.paragraph)])).toEqual([
      ['liu-2016', [1]],
      ['hayton-2015', [2, 3]],
    ]);
  });

  it('formats role dates with their precision', () => {
    expect(
      formatRole({ title: 'General Secretary', from: '2011-01' }, 'Communist Party of Vietnam'),
    ).toBe('General Secretary, Communist Party of Vietnam (from January 2011)');
    expect(formatRole({ title: 'Prime Minister', from: '2006', to: '2016-04-07' })).toBe(
      'Prime Minister (2006 – 7 April 2016)',
    );
    expect(formatRole({ title: 'Ambassador', to: '2014' })).toBe('Ambassador (until 2014)');
    expect(formatRole({ title: 'Spokesperson' })).toBe('Spokesperson');
  });
});

import { relations } from '../../../src/lib/actors/profile.ts';

describe('relations', () => {
  const events = [
    { id: 'z', dyads: ['VN-CN'], date: { start: '2014-05-13' } },
    { id: 'y', dyads: ['VN-CN'], date: { start: '-0110' } },
    { id: 'a', dyads: ['VN-CN'], date: { start: '1979-02-17' } },
    { id: 'b', dyads: ['VN-US'], date: { start: '1995-07' } },
    { id: 'c', dyads: ['VN-CN', 'VN-US', 'US-CN', 'multilateral'], date: { start: '2016' } },
    { id: 'd', dyads: ['multilateral'], date: { start: '2016-07-12' } },
  ];
  it('lists the events with each counterpart for a state or ruling party', () => {
    expect(
      relations('vietnam', events).map((r) => [r.counterpart, r.events.map((e) => e.id)]),
    ).toEqual([
      ['china', ['y', 'a', 'z', 'c']],
      ['united-states', ['b', 'c']],
    ]);
    expect(relations('ccp', events).map((r) => r.counterpart)).toEqual([
      'vietnam',
      'united-states',
    ]);
  });
  it('is empty for other actors', () => {
    expect(relations('nguyen-phu-trong', events)).toEqual([]);
  });
});

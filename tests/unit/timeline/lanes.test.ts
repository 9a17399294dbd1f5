import { describe, expect, it } from 'vitest';
import {
  actorLane,
  actorLanes,
  assignRows,
  DYAD_LANES,
  dyadLane,
  eraBandHeight,
  GEOMETRY,
  laneLayout,
  layoutRows,
  rowExtent,
} from '../../../src/lib/timeline/lanes.ts';
import { focusHeight } from '../../../src/lib/timeline/pages.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('timeline lanes', () => {
  it('puts each event in one dyad lane', () => {
    expect(dyadLane(['VN-CN'])).toBe('VN-CN');
    expect(dyadLane(['VN-CN', 'multilateral'])).toBe('VN-CN');
    expect(dyadLane(['VN-US', 'US-CN'])).toBe('multilateral');
    expect(dyadLane(['VN-CN', 'VN-US', 'US-CN', 'multilateral'])).toBe('multilateral');
    expect(dyadLane(['multilateral'])).toBe('multilateral');
    expect(dyadLane([])).toBe('other');
  });

  it('actor lanes are the most frequent actors, then Other; an event goes to its most specific one', () => {
    const events = [
      { actors: ['vietnam', 'china'] },
      { actors: ['vietnam', 'united-states'] },
      { actors: ['vietnam', 'china', 'cpv'] },
      { actors: ['asean'] },
    ];
    const lanes = actorLanes(events, new Map([['vietnam', 'Vietnam']]), 2);
    expect(lanes.map((l) => l.key)).toEqual(['vietnam', 'china', 'other']);
    expect(lanes[0]?.label).toBe('Vietnam');
    expect(actorLane(['china', 'cpv'], lanes)).toBe('china');
    expect(actorLane(['vietnam', 'china'], lanes)).toBe('china');
    expect(actorLane(['vietnam', 'cpv'], lanes)).toBe('vietnam');
    expect(actorLane(['asean'], lanes)).toBe('other');
  });

  it('overlapping events get different rows; disjoint ones share a row', () => {
    const items = [
      { start: 2014.33, end: 2014.5 }, // the oil-rig crisis
      { start: 2014.34, end: 2014.35 }, // a phase inside it
      { start: 2014.36, end: 2014.37 }, // another phase
      { start: 2014.6, end: 2014.7 }, // after: back to row 0
      { start: 2014.345, end: 2014.36 }, // inside both the crisis and the first phase
    ];
    const rows = assignRows(items, 5);
    expect(rows[0]).toBe(0);
    expect(rows[3]).toBe(0);
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++)
        if (overlaps(items[i]!, items[j]!)) expect(rows[i], `${i} and ${j}`).not.toBe(rows[j]);
  });

  it('point events closer than a mark width stack; the row count is capped', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({
      start: 2000 + i * 0.01,
      end: 2000 + i * 0.01,
    }));
    expect(new Set(assignRows(points, 10, 0)).size).toBe(1); // zero-length events never overlap
    const rows = assignRows(points, 3, 0.05);
    expect(Math.max(...rows)).toBe(2);
    expect(rows.slice(0, 3)).toEqual([0, 1, 2]);
    expect(assignRows([], 3)).toEqual([]);
  });

  it('packs each lane on its own, keeping input order in the result', () => {
    const events = [
      { start: 1, end: 2, lane: 'a' },
      { start: 1, end: 2, lane: 'b' },
      { start: 1.5, end: 3, lane: 'a' },
    ];
    expect(layoutRows(events, (e) => e.lane, 4, 0)).toEqual([0, 0, 1]);
  });
});

describe('focus view geometry (the page reserves the box the chart draws)', () => {
  it('is the era rows, five dyad lanes and the axis', () => {
    const lane = GEOMETRY.laneLabel + GEOMETRY.maxRows * GEOMETRY.row + 6;
    expect(laneLayout(eraBandHeight([0, 0]), 5)).toEqual({
      tops: [20, 20 + lane, 20 + 2 * lane, 20 + 3 * lane, 20 + 4 * lane],
      laneHeight: lane,
      rows: 4,
      rowHeight: 17,
      height: 20 + 5 * lane + GEOMETRY.axis,
    });
    // Overlapping eras take a second row; the page's height is the chart's.
    const eras = [
      { id: 'a', name: 'A', start: 1900, end: 1960 },
      { id: 'b', name: 'B', start: 1950, end: 1975 },
    ];
    expect(eraBandHeight(assignRows(eras, 2))).toBe(2 * GEOMETRY.eraRow + 4);
    expect(focusHeight(eras)).toBe(laneLayout(2 * GEOMETRY.eraRow + 4, DYAD_LANES.length).height);
    expect(focusHeight([])).toBe(laneLayout(GEOMETRY.eraRow + 4, 5).height);
  });
});

describe('lane modes share the reserved height (no layout shift with ?lanes=actor)', () => {
  const dyad = laneLayout(36, DYAD_LANES.length);

  it('seven actor lanes (six actors and Other) fit the dyad lanes’ height with three closer rows', () => {
    const actor = laneLayout(36, 7);
    expect(actor.height).toBe(dyad.height);
    expect(actor.height).toBe(
      focusHeight([
        { id: 'a', name: 'A', start: 1900, end: 1960 },
        { id: 'b', name: 'B', start: 1950, end: 1975 },
      ]),
    );
    expect(actor.rows).toBe(3);
    expect(actor.rowHeight).toBeGreaterThanOrEqual(GEOMETRY.minRow);
    expect(actor.rowHeight).toBeLessThan(GEOMETRY.row);
  });

  it('any lane count from one to seven: same height, lanes in order without overlap, rows inside their lane', () => {
    for (let n = 1; n <= 7; n++) {
      const l = laneLayout(36, n);
      expect(l.height, `${n} lanes`).toBe(dyad.height);
      expect(l.tops).toHaveLength(n);
      expect(l.tops[0]).toBe(36);
      for (let i = 1; i < n; i++)
        expect((l.tops[i] ?? 0) - (l.tops[i - 1] ?? 0)).toBeGreaterThanOrEqual(
          Math.floor(l.laneHeight),
        );
      // The last row's centre (as the chart places it) leaves room for a mark inside the lane.
      const lastRow = GEOMETRY.laneLabel + l.rowHeight / 2 + 2 + (l.rows - 1) * l.rowHeight;
      expect(lastRow + 6, `${n} lanes`).toBeLessThanOrEqual(l.laneHeight);
      expect(l.rows).toBeGreaterThanOrEqual(3);
      expect(l.rows).toBeLessThanOrEqual(GEOMETRY.rowsCap);
      expect(l.rowHeight).toBeGreaterThanOrEqual(GEOMETRY.minRow);
    }
    // Fewer lanes get more room: six lanes keep full-height rows, one lane is capped.
    expect(laneLayout(36, 6)).toMatchObject({ rows: 3, rowHeight: GEOMETRY.row });
    expect(laneLayout(36, 1)).toMatchObject({ rows: GEOMETRY.rowsCap, rowHeight: GEOMETRY.row });
  });

  it('only lanes too many for a row of minRow make the view taller', () => {
    const many = laneLayout(36, 30);
    expect(many.height).toBeGreaterThan(dyad.height);
    expect(many.rows).toBe(1);
    expect(many.rowHeight).toBe(GEOMETRY.minRow);
    expect(laneLayout(36, 0).height).toBe(dyad.height);
  });
});

describe('a disputed event keeps its row clear to its other dates', () => {
  it('widens the packed span to the other dates, so an event under the line goes to another row', () => {
    // The 2008 dialogue: October 2008 by Hayton, June 2008 by Xin; an event in August 2008 in the same lane.
    const dialogue = { start: 2008 + 9 / 12, end: 2008 + 10 / 12, alt: [2008 + 5 / 12] };
    const august = { start: 2008 + 7 / 12, end: 2008 + 8 / 12, alt: [] };
    expect(rowExtent(dialogue)).toEqual({ start: 2008 + 5 / 12, end: 2008 + 10 / 12 });
    expect(rowExtent(august)).toBe(august);
    const lane = () => 'VN-US';
    expect(layoutRows([dialogue, august], lane, 3, 0)).toEqual([0, 0]);
    expect(layoutRows([dialogue, august].map(rowExtent), lane, 3, 0)).toEqual([0, 1]);
  });
});

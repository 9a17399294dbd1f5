import { describe, expect, it } from 'vitest';
import { horizontalBars, miniTimeline, starLayout } from '../../../src/lib/actors/charts.ts';

describe('actor charts', () => {
  it('draws bars proportional to their values inside the chart', () => {
    const { bars, height } = horizontalBars([
      { label: 'hayton-2015', value: 14 },
      { label: 'liu-2016', value: 7 },
    ]);
    expect(bars[0]?.width).toBeCloseTo((bars[1]?.width ?? 0) * 2, 5);
    expect(bars.every((b) => b.y >= 0 && b.y + b.height <= height)).toBe(true);
  });

  it('places timeline marks in date order across BCE, years below 100 and modern dates', () => {
    const t = miniTimeline([
      { id: 'a', title: 'Han conquest', date: { start: '-0110' }, class: 'material-conflict' },
      { id: 'b', title: 'Year 40', date: { start: '0040' }, class: 'material-conflict' },
      { id: 'c', title: 'Oil rig', date: { start: '2014-05-02' }, class: 'material-conflict' },
    ]);
    const xs = t.marks.map((m) => m.cx);
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
    expect(xs[1]).toBeLessThan(xs[2] ?? 0);
    expect(xs.every((x) => x >= 0 && x <= t.width)).toBe(true);
    expect(t.ticks.some((tick) => tick.label.endsWith('BCE'))).toBe(true);
  });

  it('handles a single event', () => {
    const t = miniTimeline([
      { id: 'a', title: 'Visit', date: { start: '2015-07-07' }, class: 'verbal-cooperation' },
    ]);
    expect(t.marks[0]?.cx).toBeCloseTo(t.width / 2, 0);
  });

  it('places the other dates a report gives inside the scale, with who gives them', () => {
    const t = miniTimeline(
      [
        {
          id: 'dialogue',
          title: 'Dialogue',
          date: { start: '2008-10' },
          class: 'verbal-cooperation',
        },
        { id: 'later', title: 'Later', date: { start: '2009-05' }, class: 'verbal-cooperation' },
      ],
      [{ iso: '2007-03', label: 'Xin 2015 gives March 2007' }],
    );
    const [other] = t.others;
    expect(other?.label).toBe('Xin 2015 gives March 2007');
    expect(other?.cx).toBeLessThan(t.marks[0]?.cx ?? 0);
    expect(other && other.cx >= 0).toBe(true);
  });

  it('lays neighbours on a circle with stroke by count', () => {
    const s = starLayout([
      { id: 'cpv', count: 10 },
      { id: 'china', count: 1 },
    ]);
    expect(s.nodes[0]?.stroke).toBe(6);
    expect(s.nodes[1]?.stroke).toBe(1);
    for (const n of s.nodes)
      expect(Math.hypot(n.x - s.centre.x, n.y - s.centre.y)).toBeCloseTo(s.size / 2 - 40, 5);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { excerpt, highlightRanges, normaliseRanges } from '../../../src/lib/search/highlight.ts';

describe('highlight ranges', () => {
  it('keeps inclusive ends', () => {
    expect(highlightRanges('the oil rig', new Set(['oil']))).toEqual([[4, 6]]);
  });
  it('merges overlapping and touching ranges, sorted', () => {
    expect(
      normaliseRanges(
        [
          [5, 9],
          [0, 2],
          [3, 4],
          [8, 12],
        ],
        20,
      ),
    ).toEqual([[0, 12]]);
    expect(
      normaliseRanges(
        [
          [10, 12],
          [0, 1],
        ],
        20,
      ),
    ).toEqual([
      [0, 1],
      [10, 12],
    ]);
  });
  it('stays within bounds and drops nonsense', () => {
    expect(
      normaliseRanges(
        [
          [-5, 2],
          [8, 99],
        ],
        10,
      ),
    ).toEqual([
      [0, 2],
      [8, 9],
    ]);
    expect(
      normaliseRanges(
        [
          [5, 3],
          [20, 30],
          [1.5, 2],
          [Number.NaN, 1],
        ],
        10,
      ),
    ).toEqual([]);
    expect(normaliseRanges([[0, 0]], 0)).toEqual([]);
  });
  it('maps folded matches back to the original text with diacritics', () => {
    const text = 'Ông Trương Tấn Sang đã đến';
    const r = highlightRanges(text, new Set(['truong', 'sang']));
    expect(r.map(([s, e]) => text.slice(s, e + 1))).toEqual(['Trương', 'Sang']);
  });
  it('highlights phrases and Chinese characters', () => {
    const text = 'After the oil rig crisis, 中共中央 said';
    const r = highlightRanges(text, new Set(['中', '共']), [['oil', 'rig']]);
    expect(r.map(([s, e]) => text.slice(s, e + 1))).toEqual(['oil rig', '中共中']);
  });
  it('marks a function word of the query only beside another marked word', () => {
    const marked = (text: string, terms: string[]) =>
      highlightRanges(text, new Set(terms)).map(([s, e]) => text.slice(s, e + 1));
    expect(
      marked('The Gulf of Tonkin is part of the sea of the region.', ['gulf', 'of', 'tonkin']),
    ).toEqual(['Gulf', 'of', 'Tonkin']);
    expect(
      marked('Party-to-party talks replaced government-to-government ones.', ['party', 'to']),
    ).toEqual(['Party', 'to', 'party']);
    // A query of function words only still shows where they are.
    expect(marked('The state of the art.', ['of'])).toEqual(['of']);
    // A compound matched as a whole is marked whole.
    expect(marked('The HD-981 rig', ['hd981'])).toEqual(['HD-981']);
  });
  it('cuts long texts around the first match and shifts ranges', () => {
    const text = `${'word '.repeat(100)}target ${'tail '.repeat(100)}`;
    const start = text.indexOf('target');
    const out = excerpt(text, [[start, start + 5]], 120);
    expect(out.text.length).toBeLessThanOrEqual(124);
    const [r] = out.ranges;
    expect(r && out.text.slice(r[0], r[1] + 1)).toBe('target');
  });
});

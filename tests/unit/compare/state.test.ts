import { describe, expect, it } from 'vitest';
import { parseCompareState, serializeCompareState } from '../../../src/lib/compare/state.ts';

const known = new Set([
  'hayton-2015',
  'xin-2015',
  'liu-2016',
  'soliman-2022',
  'gitter-kania-2017',
  'extra-2020',
]);
const fallback = ['hayton-2015', 'xin-2015'];
const parse = (q: string) => parseCompareState(q, known, fallback);

describe('parseCompareState', () => {
  it('reads two to five known ids in the order given, by commas or repeated r', () => {
    expect(parse('?r=xin-2015,hayton-2015')).toEqual({
      ids: ['xin-2015', 'hayton-2015'],
      message: '',
      fallback: false,
    });
    expect(parse('?r=liu-2016&r=soliman-2022').ids).toEqual(['liu-2016', 'soliman-2022']);
    expect(parse('?r=liu-2016,liu-2016,xin-2015').ids).toEqual(['liu-2016', 'xin-2015']);
  });
  it('shows the default pair without a message when the address chooses nothing', () => {
    expect(parse('')).toEqual({ ids: fallback, message: '', fallback: true });
    expect(parse('?other=1')).toEqual({ ids: fallback, message: '', fallback: true });
  });
  it('drops unknown ids and says which', () => {
    const s = parse('?r=hayton-2015,nope,xin-2015');
    expect(s.ids).toEqual(['hayton-2015', 'xin-2015']);
    expect(s.message).toBe('No report has the id “nope”.');
  });
  it('falls back to the default pair for one id, with a message', () => {
    const s = parse('?r=liu-2016');
    expect(s).toMatchObject({ ids: fallback, fallback: true });
    expect(s.message).toMatch(/at least 2 reports/);
  });
  it('keeps the first five of more', () => {
    const s = parse(`?r=${[...known].join(',')}`);
    expect(s.ids).toHaveLength(5);
    expect(s.message).toMatch(/first 5 of the 6/);
  });
  it('survives 30 ids, script text and a huge query', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `r${i}`).join(',');
    const s = parse(`?r=${thirty}`);
    expect(s).toMatchObject({ ids: fallback, fallback: true });
    expect(s.message).toMatch(/and 27 more/);
    const script = parse(`?r=${encodeURIComponent('<script>alert(1)</script>,xin-2015')}`);
    expect(script.ids).toEqual(fallback);
    expect(script.message).toContain('“<script>alert(1)</script>”');
    const huge = parse(`?r=${'a'.repeat(100_000)}`);
    expect(huge.ids).toEqual(fallback);
    expect(huge.message.length).toBeLessThan(200);
  });
  it('round-trips through serializeCompareState', () => {
    const ids = ['xin-2015', 'gitter-kania-2017', 'liu-2016'];
    expect(serializeCompareState(ids)).toBe('?r=xin-2015,gitter-kania-2017,liu-2016');
    expect(parse(serializeCompareState(ids)).ids).toEqual(ids);
  });
});

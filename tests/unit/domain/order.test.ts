import { describe, expect, it } from 'vitest';
import { byId, codeUnitOrder } from '../../../src/lib/domain/order.ts';

describe('codeUnitOrder', () => {
  it('is negative, zero or positive as `<` orders the strings', () => {
    expect(codeUnitOrder('a', 'b')).toBe(-1);
    expect(codeUnitOrder('b', 'a')).toBe(1);
    expect(codeUnitOrder('same', 'same')).toBe(0);
    expect(codeUnitOrder('', 'a')).toBe(-1);
  });

  it('orders by UTF-16 code units, not by locale', () => {
    // A locale puts "b" before "B-…" and "é" next to "e"; code units put capitals and "-" first
    // and accented letters after "z".
    expect(['zeta', 'émile', 'b', 'B-2', 'a-1', 'a1', 'a10', 'a2'].sort(codeUnitOrder)).toEqual([
      'B-2',
      'a-1',
      'a1',
      'a10',
      'a2',
      'b',
      'zeta',
      'émile',
    ]);
  });

  it('sorts ISO dates chronologically', () => {
    expect(['2015-06', '2014-05-02', '2014', '2014-05'].sort(codeUnitOrder)).toEqual([
      '2014',
      '2014-05',
      '2014-05-02',
      '2015-06',
    ]);
  });

  it('sorts claim ids as the ledger lists them: a repeat right after its first', () => {
    expect(
      ['hayton-2015-0a1b2c3d-2', 'hayton-2015-0a1b2c3e', 'hayton-2015-0a1b2c3d'].sort(
        codeUnitOrder,
      ),
    ).toEqual(['hayton-2015-0a1b2c3d', 'hayton-2015-0a1b2c3d-2', 'hayton-2015-0a1b2c3e']);
  });
});

describe('byId', () => {
  it('orders records by id and keeps the rest of each record', () => {
    const records = [
      { id: 'xin-2015', n: 1 },
      { id: 'hayton-2015', n: 2 },
      { id: 'Hayton-2014', n: 3 },
    ];
    expect([...records].sort(byId)).toEqual([
      { id: 'Hayton-2014', n: 3 },
      { id: 'hayton-2015', n: 2 },
      { id: 'xin-2015', n: 1 },
    ]);
    expect(byId(records[0]!, { id: 'xin-2015', n: 4 })).toBe(0);
  });
});

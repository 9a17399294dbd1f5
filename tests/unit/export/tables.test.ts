import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cell, sortById, toCsv, toJson } from '../../../src/lib/export/tables.ts';

describe('CSV export', () => {
  const rows = [
    { id: 'b', text: 'He said, "No."\nThen left', tags: ['x', 'y'], n: 3 },
    { id: 'a', text: '=HYPERLINK("http://evil")', tags: [], n: 0, extra: { k: 1 } },
  ];

  it('round-trips quotes, commas and newlines through a CSV parser', () => {
    const csv = toCsv(rows, ['id', 'text', 'tags', 'n']);
    const back = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(back[0]).toEqual({ id: 'b', text: 'He said, "No."\nThen left', tags: 'x; y', n: '3' });
    expect(csv.split('\r\n')[0]).toBe('id,text,tags,n');
  });

  it('neutralises spreadsheet formulas but keeps negative years', () => {
    expect(cell('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(cell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(cell('-0110')).toBe('-0110');
    expect(cell({ k: 1 })).toBe('{"k":1}');
    expect(cell(undefined)).toBe('');
  });

  it('sorts by id in code-point order and escapes < in JSON', () => {
    expect(sortById(rows).map((r) => r.id)).toEqual(['a', 'b']);
    const json = toJson([{ id: 'x', text: '</script><b>' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual([{ id: 'x', text: '</script><b>' }]);
  });
});

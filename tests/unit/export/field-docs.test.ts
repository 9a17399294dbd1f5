import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docSpans, fieldDocs } from '../../../src/lib/export/field-docs.ts';
import { reportSchema } from '../../../src/lib/schemas/report.ts';

describe('fieldDocs', () => {
  it('documents every field of the Report schema, in schema order', () => {
    const source = readFileSync('src/lib/schemas/report.ts', 'utf8');
    const docs = fieldDocs(source, 'reportSchema');
    expect(docs.map((d) => d.name)).toEqual(Object.keys(reportSchema.shape));
    expect(docs.find((d) => d.name === 'id')?.doc).toMatch(/never derived from the filename/);
    expect(docs.every((d) => d.doc.length > 5)).toBe(true);
  });

  it('skips fields of nested objects', () => {
    const src = `export const s = z.object({
      /** Outer one. */
      a: z.object({
        /** Inner. */
        b: z.string(),
      }),
      /** Outer two,
       * on two lines. */
      c: z.string(),
    });`;
    expect(fieldDocs(src, 's')).toEqual([
      { name: 'a', doc: 'Outer one.' },
      { name: 'c', doc: 'Outer two, on two lines.' },
    ]);
  });

  it('drops the asterisk of a JSDoc that starts on its own line (family_names of the Report schema)', () => {
    const docs = fieldDocs(readFileSync('src/lib/schemas/report.ts', 'utf8'), 'reportSchema');
    expect(docs.find((d) => d.name === 'family_names')?.doc).toMatch(/^Family name of each author/);
    expect(docs.every((d) => !d.doc.startsWith('*'))).toBe(true);
  });

  it('cuts backticks into code spans, leaving an unmatched one as written', () => {
    expect(docSpans('Explicit slug (e.g. `hayton-2015`).')).toEqual([
      { text: 'Explicit slug (e.g. ', code: false },
      { text: 'hayton-2015', code: true },
      { text: ').', code: false },
    ]);
    expect(docSpans('`x` then `y')).toEqual([
      { text: 'x', code: true },
      { text: ' then `y', code: false },
    ]);
    expect(docSpans('plain')).toEqual([{ text: 'plain', code: false }]);
  });

  it('fails loudly when the schema is missing', () => {
    expect(() => fieldDocs('const x = 1;', 'claimSchema')).toThrow(/"claimSchema" not found/);
  });
});

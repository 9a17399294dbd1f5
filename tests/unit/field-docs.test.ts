import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocs } from '../../src/lib/export/field-docs.ts';
import { reportSchema } from '../../src/lib/schemas/report.ts';

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

  it('fails loudly when the schema is missing', () => {
    expect(() => fieldDocs('const x = 1;', 'claimSchema')).toThrow(/"claimSchema" not found/);
  });
});

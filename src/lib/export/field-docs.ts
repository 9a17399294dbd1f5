/**
 * Field documentation for the /data page, read from the schema source files themselves: each field
 * of a schema carries a JSDoc line (`/** … *\/`) right above it, so the documentation of the
 * downloads can never drift from the schemas.
 */

export interface FieldDoc {
  /** Field name as it appears in JSON and as a CSV column. */
  name: string;
  /** The JSDoc text above the field. */
  doc: string;
}

const FIELD = /\/\*\*\s*([\s\S]*?)\s*\*\/\s*\n\s*([A-Za-z_$][\w$]*)\??\s*:/g;

/**
 * The documented fields of the object literal passed to the schema constant `exportName`, in source
 * order. Only fields at the first nesting level of that object are returned.
 */
export function fieldDocs(source: string, exportName: string): FieldDoc[] {
  const start = source.search(new RegExp(`export const ${exportName}\\b[^=]*=`));
  if (start < 0) throw new Error(`schema "${exportName}" not found in its source file`);
  const open = source.indexOf('{', start);
  if (open < 0) return [];
  // Find the matching close brace, tracking depth so nested objects are skipped.
  let depth = 0;
  let end = open;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  const body = source.slice(open + 1, end);
  const docs: FieldDoc[] = [];
  for (const m of body.matchAll(FIELD)) {
    // Keep only first-level fields: the brace depth before the match must be zero.
    const before = body.slice(0, m.index);
    const level = (before.match(/[{[(]/g)?.length ?? 0) - (before.match(/[}\])]/g)?.length ?? 0);
    if (level !== 0) continue;
    const doc = (m[1] ?? '')
      .replace(/^\*\s?/, '')
      .replace(/\n\s*\*\s?/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    docs.push({ name: m[2] ?? '', doc });
  }
  return docs;
}

/** A field's documentation cut into text and `code` spans (the backticks of the JSDoc), for the page. */
export function docSpans(doc: string): Array<{ text: string; code: boolean }> {
  const parts = doc.split('`');
  // An unmatched backtick (an even number of parts) stays as written, with the text after it.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`);
  return parts.map((text, i) => ({ text, code: i % 2 === 1 })).filter((p) => p.text !== '');
}

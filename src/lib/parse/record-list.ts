/**
 * A content file that is one YAML list of records (content/eras.yaml, content/outlets.yaml), parsed and
 * validated loudly: invalid YAML, a list expected, and every record's schema problems, each naming the
 * entry (index and key) and the field. The caller adds its own checks per record; every problem is
 * thrown at once as ContentErrors naming the file. Pure.
 */
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, ContentErrors, issuePath } from './errors.ts';

/** Throws the problems as ContentErrors of `file`. */
export function failFile(file: string, problems: string[]): never {
  throw new ContentErrors(problems.map((p) => new ContentError(file, undefined, p)));
}

export function parseRecordList<S extends z.ZodType>(
  text: string,
  options: {
    file: string;
    schema: S;
    /** The field that names a record in messages ("id", "name"). */
    key: string;
    /** What the file must be, for the message when it is not a list. */
    expected: string;
    /** A message for a bad value of one field (an enum's options), by field path. */
    fieldHint?: Record<string, string>;
    /** Further checks of a valid record; push problems prefixed with `where`. */
    check?: (record: z.output<S>, where: string, problems: string[]) => void;
  },
): Array<z.output<S>> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    failFile(options.file, [
      `invalid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    ]);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) failFile(options.file, [options.expected]);
  const problems: string[] = [];
  const records: Array<z.output<S>> = [];
  data.forEach((entry: unknown, i: number) => {
    const name = (entry as Record<string, unknown> | null)?.[options.key];
    const where = `entry ${i}${typeof name === 'string' ? ` ("${name}")` : ''}`;
    const r = options.schema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = issuePath(issue.path);
        const what =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : options.fieldHint?.[field]
              ? options.fieldHint[field]
              : issue.code === 'invalid_type' && issue.message.includes('undefined')
                ? `expected ${issue.expected} (field is missing)`
                : issue.message;
        problems.push(`${where}${field ? `, field "${field}"` : ''}: ${what}`);
      }
      return;
    }
    options.check?.(r.data, where, problems);
    records.push(r.data);
  });
  if (problems.length) failFile(options.file, problems);
  return records;
}

/**
 * content/eras.yaml → validated eras. Loud: invalid YAML, a missing or unknown field, a bad date, an
 * end before the start, a duplicate id, or an era named by an event but missing from the file stops
 * the build with the file, entry index and field named. Pure; no DOM, no astro:*.
 */
import { parse } from 'yaml';
import { ContentError, ContentErrors, issuePath } from '../parse/errors.ts';
import { eraSchema, type Era } from '../schemas/era.ts';
import { isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';

export const ERAS_FILE = 'content/eras.yaml';

function fail(problems: string[]): never {
  throw new ContentErrors(problems.map((p) => new ContentError(ERAS_FILE, undefined, p)));
}

/** Parses and validates the eras file's text; eras come back in chronological order. */
export function parseEras(text: string): Era[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    fail([`invalid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`]);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) fail(['expected a list of eras (each "- id: …")']);
  const problems: string[] = [];
  const eras: Era[] = [];
  const seen = new Set<string>();
  data.forEach((entry: unknown, i: number) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const where = `entry ${i}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    const r = eraSchema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = issuePath(issue.path);
        const what =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : issue.code === 'invalid_type' && issue.message.includes('undefined')
              ? `expected ${issue.expected} (field is missing)`
              : issue.message;
        problems.push(`${where}${field ? `, field "${field}"` : ''}: ${what}`);
      }
      return;
    }
    const era = r.data;
    if (isoEndToDecimalYear(era.end) <= isoToDecimalYear(era.start))
      problems.push(`${where}, field "end": "${era.end}" is before the start "${era.start}"`);
    if (seen.has(era.id)) problems.push(`${where}, field "id": duplicate id "${era.id}"`);
    seen.add(era.id);
    eras.push(era);
  });
  if (problems.length) fail(problems);
  return eras.sort((a, b) => isoToDecimalYear(a.start) - isoToDecimalYear(b.start) || a.id.localeCompare(b.id));
}

/** Every `era` an event names must be an era of the file. */
export function checkEraReferences(
  eras: readonly Era[],
  events: ReadonlyArray<{ id: string; era?: string | undefined }>,
): void {
  const ids = new Set(eras.map((e) => e.id));
  const problems = events
    .filter((e) => e.era && !ids.has(e.era))
    .map((e) => `event "${e.id}" names era "${e.era}", which is not in the file (expected one of ${[...ids].join(', ')})`);
  if (problems.length) fail(problems);
}

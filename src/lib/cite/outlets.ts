/**
 * content/outlets.yaml → validated outlets, and the lookup of a report's outlet. Loud: invalid YAML,
 * an unknown or missing field, a bad type or a name listed twice stops the build with the file, entry
 * and field named. Pure; no astro:*.
 */
import { parse } from 'yaml';
import { ContentError, ContentErrors, issuePath } from '../parse/errors.ts';
import { outletSchema, outletTypes, type Outlet } from '../schemas/outlet.ts';

export const OUTLETS_FILE = 'content/outlets.yaml';

function fail(problems: string[]): never {
  throw new ContentErrors(problems.map((p) => new ContentError(OUTLETS_FILE, undefined, p)));
}

/** Parses and validates the outlets file's text. */
export function parseOutlets(text: string): Outlet[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    fail([`invalid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`]);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) fail(['expected a list of outlets (each "- name: …")']);
  const problems: string[] = [];
  const outlets: Outlet[] = [];
  const seen = new Set<string>();
  data.forEach((entry: unknown, i: number) => {
    const name = (entry as { name?: unknown } | null)?.name;
    const where = `entry ${i}${typeof name === 'string' ? ` ("${name}")` : ''}`;
    const r = outletSchema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = issuePath(issue.path);
        const what =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : field === 'type'
              ? `expected one of ${outletTypes.join(', ')}`
              : issue.code === 'invalid_type' && issue.message.includes('undefined')
                ? `expected ${issue.expected} (field is missing)`
                : issue.message;
        problems.push(`${where}${field ? `, field "${field}"` : ''}: ${what}`);
      }
      return;
    }
    if (seen.has(r.data.name)) problems.push(`${where}, field "name": listed twice`);
    seen.add(r.data.name);
    outlets.push(r.data);
  });
  if (problems.length) fail(problems);
  return outlets;
}

/** A lookup of outlets by the exact publisher name reports give. */
export function outletIndex(outlets: readonly Outlet[]): (publisher: string) => Outlet | undefined {
  const byName = new Map(outlets.map((o) => [o.name, o]));
  return (publisher) => byName.get(publisher);
}

/**
 * content/outlets.yaml → validated outlets, and the lookup of a report's outlet. Loud: invalid YAML,
 * an unknown or missing field, a bad type or a name listed twice stops the build with the file, entry
 * and field named. Pure; no astro:*.
 */
import { parseRecordList } from '../parse/record-list.ts';
import { outletSchema, outletTypes, type Outlet } from '../schemas/outlet.ts';

export const OUTLETS_FILE = 'content/outlets.yaml';

/** Parses and validates the outlets file's text. */
export function parseOutlets(text: string): Outlet[] {
  const seen = new Set<string>();
  return parseRecordList(text, {
    file: OUTLETS_FILE,
    schema: outletSchema,
    key: 'name',
    expected: 'expected a list of outlets (each "- name: …")',
    fieldHint: { type: `expected one of ${outletTypes.join(', ')}` },
    check: (outlet, where, problems) => {
      if (seen.has(outlet.name)) problems.push(`${where}, field "name": listed twice`);
      seen.add(outlet.name);
    },
  });
}

/** A lookup of outlets by the exact publisher name reports give. */
export function outletIndex(outlets: readonly Outlet[]): (publisher: string) => Outlet | undefined {
  const byName = new Map(outlets.map((o) => [o.name, o]));
  return (publisher) => byName.get(publisher);
}

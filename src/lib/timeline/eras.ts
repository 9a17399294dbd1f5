/**
 * content/eras.yaml → validated eras. Loud: invalid YAML, a missing or unknown field, a bad date, an
 * end before the start, a duplicate id, or an era named by an event but missing from the file stops
 * the build with the file, entry index and field named. Pure; no DOM, no astro:*.
 */
import { failFile, parseRecordList } from '../parse/record-list.ts';
import { eraSchema, type Era } from '../schemas/era.ts';
import { isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { byId } from '../domain/order.ts';

export const ERAS_FILE = 'content/eras.yaml';

function fail(problems: string[]): never {
  failFile(ERAS_FILE, problems);
}

/** Parses and validates the eras file's text; eras come back in chronological order. */
export function parseEras(text: string): Era[] {
  const seen = new Set<string>();
  const eras = parseRecordList(text, {
    file: ERAS_FILE,
    schema: eraSchema,
    key: 'id',
    expected: 'expected a list of eras (each "- id: …")',
    check: (era, where, problems) => {
      if (isoEndToDecimalYear(era.end) <= isoToDecimalYear(era.start))
        problems.push(`${where}, field "end": "${era.end}" is before the start "${era.start}"`);
      if (seen.has(era.id)) problems.push(`${where}, field "id": duplicate id "${era.id}"`);
      seen.add(era.id);
    },
  });
  return eras.sort((a, b) => isoToDecimalYear(a.start) - isoToDecimalYear(b.start) || byId(a, b));
}

/** Every `era` an event names must be an era of the file. */
export function checkEraReferences(
  eras: readonly Era[],
  events: ReadonlyArray<{ id: string; era?: string | undefined }>,
): void {
  const ids = new Set(eras.map((e) => e.id));
  const problems = events
    .filter((e) => e.era && !ids.has(e.era))
    .map(
      (e) =>
        `event "${e.id}" names era "${e.era}", which is not in the file (expected one of ${[...ids].join(', ')})`,
    );
  if (problems.length) fail(problems);
}

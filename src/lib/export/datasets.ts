/** The four downloadable datasets, each with its schema (columns and documentation come from it). */
import { reportSchema } from '../schemas/report.ts';
import { claimSchema } from '../schemas/claim.ts';
import { actorSchema } from '../schemas/actor.ts';
import { eventSchema } from '../schemas/event.ts';
import type { Dataset } from './tables.ts';

export const DATASET_SCHEMAS = {
  reports: {
    schema: reportSchema,
    exportName: 'reportSchema',
    file: 'report.ts',
    title: 'Reports',
    one: 'report',
  },
  claims: {
    schema: claimSchema,
    exportName: 'claimSchema',
    file: 'claim.ts',
    title: 'Claims',
    one: 'claim (one sentence of a report)',
  },
  actors: {
    schema: actorSchema,
    exportName: 'actorSchema',
    file: 'actor.ts',
    title: 'Actors',
    one: 'actor',
  },
  events: {
    schema: eventSchema,
    exportName: 'eventSchema',
    file: 'event.ts',
    title: 'Events',
    one: 'event',
  },
} as const satisfies Record<Dataset, unknown>;

interface SchemaNode {
  def?: { type?: string; innerType?: SchemaNode };
  shape?: Record<string, SchemaNode>;
}

/** The keys of a field whose schema is an object (through optional, nullable and default), else undefined. */
function objectKeys(node: SchemaNode): string[] | undefined {
  let n: SchemaNode | undefined = node;
  while (n?.def && ['optional', 'nullable', 'default'].includes(n.def.type ?? ''))
    n = n.def.innerType;
  return n?.def?.type === 'object' && n.shape ? Object.keys(n.shape) : undefined;
}

/**
 * CSV columns of a dataset: its schema's fields in declaration order, a field that is an object spread
 * over one column per key ("date.start", "date.end", "date.precision"), so a spreadsheet can sort and
 * filter by them. Lists of objects (an event's attestations) stay one JSON cell.
 */
export function datasetColumns(name: Dataset): string[] {
  const schema = DATASET_SCHEMAS[name].schema as unknown as { shape: Record<string, SchemaNode> };
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const keys = objectKeys(field);
    return keys ? keys.map((k) => `${key}.${k}`) : [key];
  });
}

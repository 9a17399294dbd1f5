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

/** CSV columns of a dataset: its schema's fields in declaration order. */
export function datasetColumns(name: Dataset): string[] {
  const schema = DATASET_SCHEMAS[name].schema as unknown as { shape: Record<string, unknown> };
  return Object.keys(schema.shape);
}

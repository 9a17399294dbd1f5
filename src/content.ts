/**
 * The only module that calls `getCollection`. Pages import the accessors below, so the way content
 * is loaded, sorted and cross-checked lives in one place.
 */
import { getCollection } from 'astro:content';
import type { Report } from './lib/schemas/report.ts';

/** All reports, newest first, ties broken by id so the order is deterministic. */
export async function getReports(): Promise<Array<{ report: Report; body: string }>> {
  const entries = await getCollection('reports');
  return entries
    .map((e) => ({ report: e.data, body: e.body ?? '' }))
    .sort(
      (a, b) =>
        b.report.published.localeCompare(a.report.published) || a.report.id.localeCompare(b.report.id),
    );
}

/**
 * A comparison as CSV: one row per event any chosen report attests — the event, its date, which of
 * the reports attest it and each report's dates. RFC 4180 through csv-stringify (as the /data
 * downloads), cells a spreadsheet would run as formulas guarded the same way. Pure.
 */
// The browser build: the Node one uses Buffer. Loaded only when a comparison is downloaded.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { formatEventDate } from '../dates/format.ts';
import { cell } from '../export/cell.ts';
import type { Comparison } from './model.ts';

/** Header and rows of the comparison's table, cells as strings. */
export function comparisonRows(c: Pick<Comparison, 'reports' | 'events'>): string[][] {
  const header = [
    'event',
    'event id',
    'date',
    'start',
    'end',
    'reports attesting',
    'differences',
    ...c.reports.map((r) => `${r.label} dates`),
  ];
  const rows = c.events.map((e) => {
    const byReport = new Map(e.passages.map((p) => [p.report.id, p]));
    return [
      e.title,
      e.id,
      formatEventDate(e.date),
      e.date.start,
      e.date.end ?? '',
      e.passages.map((p) => p.report.label).join('; '),
      e.kinds.join('; '),
      ...c.reports.map((r) => {
        const p = byReport.get(r.id);
        return p ? (p.dates.length ? p.dates.join('; ') : 'attests, no date') : '';
      }),
    ].map(cell);
  });
  return [header.map(cell), ...rows];
}

export function comparisonCsv(c: Pick<Comparison, 'reports' | 'events'>): string {
  return stringify(comparisonRows(c), { record_delimiter: 'windows' });
}

/** The download's file name: `compare-hayton-2015-xin-2015.csv`. */
export function csvFileName(ids: readonly string[]): string {
  return `compare-${ids.join('-')}.csv`.replace(/[^a-z0-9.-]/gi, '_');
}

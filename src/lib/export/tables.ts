/**
 * The /data downloads: each collection as JSON (records exactly as in the schemas) and as CSV (one
 * row per record, nested values flattened). Output is deterministic: records sorted by id, keys in
 * schema order, so two builds of the same content produce byte-identical files.
 */
import { stringify } from 'csv-stringify/sync';
import { cell } from './cell.ts';
import { byId } from '../domain/order.ts';

export { cell };

export const DATASETS = ['reports', 'claims', 'actors', 'events'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Records sorted by id (code-point order, independent of locale). */
export function sortById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort(byId);
}

/** Pretty JSON with a trailing newline; `<` escaped so the file is also safe to inline in HTML. */
export function toJson(records: readonly unknown[]): string {
  return `${JSON.stringify(records, null, 1).replace(/</g, '\\u003c')}\n`;
}

/** The value of a column: a field, or one key of an object field ("date.start"). */
function columnValue(record: Record<string, unknown>, column: string): unknown {
  if (column in record) return record[column];
  const dot = column.indexOf('.');
  if (dot < 0) return undefined;
  const parent = record[column.slice(0, dot)];
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent)
    ? (parent as Record<string, unknown>)[column.slice(dot + 1)]
    : undefined;
}

/** CSV (RFC 4180, CRLF line ends, header row) of the given records with the given columns. */
export function toCsv(
  records: readonly Record<string, unknown>[],
  columns: readonly string[],
): string {
  const rows = records.map((r) => columns.map((c) => cell(columnValue(r, c))));
  return stringify([columns as string[], ...rows], {
    record_delimiter: 'windows',
    quoted_match: /[",\r\n]/,
  });
}

/** Column order of a dataset: the union of keys in first-seen order across records. */
export function columnsOf(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

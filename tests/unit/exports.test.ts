// The /data exports: deterministic, schema-valid, and the CSV twins carry the same records.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../src/lib/parse/corpus.ts';
import { DATASET_SCHEMAS, datasetColumns } from '../../src/lib/export/datasets.ts';
import { DATASETS, sortById, toCsv, toJson } from '../../src/lib/export/tables.ts';

async function exportsOnce(): Promise<
  Record<string, { json: string; csv: string; count: number }>
> {
  const corpus = buildCorpus(await readContent(process.cwd()));
  const records = {
    reports: corpus.reports.map((r) => r.report),
    claims: corpus.claims,
    actors: corpus.actors,
    events: corpus.events,
  };
  const out: Record<string, { json: string; csv: string; count: number }> = {};
  for (const name of DATASETS) {
    const rows = sortById(records[name] as Array<{ id: string }>);
    out[name] = {
      json: toJson(rows),
      csv: toCsv(rows as unknown as Record<string, unknown>[], datasetColumns(name)),
      count: rows.length,
    };
  }
  return out;
}

describe('/data exports', async () => {
  const first = await exportsOnce();

  it('are byte-identical from two independent corpus builds', async () => {
    const second = await exportsOnce();
    for (const name of DATASETS) {
      expect(second[name]?.json).toBe(first[name]?.json);
      expect(second[name]?.csv).toBe(first[name]?.csv);
    }
  });

  it.each(DATASETS)('%s.json parses and every record validates against its schema', (name) => {
    const rows = JSON.parse(first[name]?.json ?? '[]') as unknown[];
    expect(rows.length).toBe(first[name]?.count);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const result = DATASET_SCHEMAS[name].schema.safeParse(row);
      if (!result.success)
        throw new Error(`${name}: ${JSON.stringify(row).slice(0, 200)}: ${result.error.message}`);
    }
  });

  it.each(DATASETS)('%s.csv has a header of the schema fields and one row per record', (name) => {
    const rows = parseCsv(first[name]?.csv ?? '', { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.length).toBe(first[name]?.count);
    expect(Object.keys(rows[0] ?? {})).toEqual(datasetColumns(name));
    const json = JSON.parse(first[name]?.json ?? '[]') as Array<{ id: string }>;
    expect(rows.map((r) => r['id'])).toEqual(json.map((r) => r.id));
  });
});

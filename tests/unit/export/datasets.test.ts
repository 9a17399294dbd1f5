// The /data exports: deterministic, schema-valid, and the CSV twins carry the same records.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { DATASET_SCHEMAS, datasetColumns } from '../../../src/lib/export/datasets.ts';
import { DATASETS, sortById, toCsv, toJson } from '../../../src/lib/export/tables.ts';

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

  it('spread an object field over one column per key, the same values as the JSON', () => {
    expect(datasetColumns('events')).toEqual(
      expect.arrayContaining(['date.start', 'date.end', 'date.precision']),
    );
    expect(datasetColumns('events')).not.toContain('date');
    expect(datasetColumns('claims')).toEqual(
      expect.arrayContaining(['selector.exact', 'position.start']),
    );
    expect(datasetColumns('actors')).toEqual(expect.arrayContaining(['native.vi', 'native.zh']));
    const rows = parseCsv(first['events']?.csv ?? '', { columns: true }) as Array<
      Record<string, string>
    >;
    const json = JSON.parse(first['events']?.json ?? '[]') as Array<{
      id: string;
      date: { start: string; end?: string; precision: string };
    }>;
    rows.forEach((row, i) => {
      const date = json[i]!.date;
      expect([row['date.start'], row['date.end'], row['date.precision']]).toEqual([
        date.start,
        date.end ?? '',
        date.precision,
      ]);
    });
    expect(rows.find((r) => r['id'] === 'bce-111-han-conquest')?.['date.start']).toBe('-0110');
    // Lists of objects stay one JSON cell.
    expect(
      JSON.parse(
        rows.find((r) => r['id'] === '2014-hd981-oil-rig-crisis')?.['attestations'] ?? '[]',
      ),
    ).toHaveLength(5);
  });

  it('guard a formula in a spread column too, and leave a missing object empty', () => {
    const csv = toCsv(
      [{ id: 'a', date: { start: '=HYPERLINK("x")' } }, { id: 'b' }],
      ['id', 'date.start', 'date.end'],
    );
    expect(parseCsv(csv, { columns: true })).toEqual([
      { id: 'a', 'date.start': `'=HYPERLINK("x")`, 'date.end': '' },
      { id: 'b', 'date.start': '', 'date.end': '' },
    ]);
  });
});

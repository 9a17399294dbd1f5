import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentDigest, getDataset } from '../../content.ts';
import { datasetColumns } from '../../lib/export/datasets.ts';
import { DATASETS, toCsv, toJson, type Dataset } from '../../lib/export/tables.ts';

export const getStaticPaths = (async () => {
  const digest = await getContentDigest();
  return DATASETS.flatMap((name) =>
    (['json', 'csv'] as const).map((format) => ({
      params: { file: `${name}.${format}` },
      props: { name, format },
      cacheKey: digest,
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  name: Dataset;
  format: 'json' | 'csv';
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const records = await getDataset(props.name);
  if (props.format === 'json') {
    return new Response(toJson(records), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const csv = toCsv(records as unknown as Record<string, unknown>[], datasetColumns(props.name));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

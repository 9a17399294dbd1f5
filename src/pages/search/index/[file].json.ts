// The search index as static files: /search/index/meta.json, facets.json, post-<n>.json and
// shard-<n>.json, built once per build from the collections (src/lib/search/build-index.ts). The
// browser's search worker fetches them lazily (src/lib/search/engine.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getClaims, getEvents, getReports } from '../../../content.ts';
import { buildSearchIndex, indexFileMap } from '../../../lib/search/build-index.ts';

export const getStaticPaths = (async () => {
  const [reports, claims, actors, events] = await Promise.all([getReports(), getClaims(), getActors(), getEvents()]);
  // Claims in reading order, so one report's sentences share shards.
  const ordered = [...claims].sort((a, b) => a.reportId.localeCompare(b.reportId) || a.position.start - b.position.start);
  const files = indexFileMap(
    buildSearchIndex({ reports: reports.map((r) => r.report), claims: ordered, actors, events }),
  );
  return [...files].map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

interface Props {
  body: string;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// The search index as static files: /search/index/meta.json, facets.json, post-<n>.json and
// shard-<n>.json, built from the collections (src/lib/search/build-index.ts). The browser's search
// worker fetches them lazily (src/lib/search/engine.ts).
//
// The file names depend on the whole index (shards are cut by size), which takes about a second to
// build at 10,000 claims. They are remembered between builds under a digest of the project's code and
// the content (src/lib/build/build-memo.ts), so a rebuild with nothing changed lists them without
// building the index, and Astro copies the files from its incremental cache. The index is built, once
// per build, only when a file is rendered.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActors, getClaims, getContentDigest, getEvents, getReports } from '../../../content.ts';
import { codeUnitOrder } from '../../../lib/domain/order.ts';
import { buildSearchIndex, indexFileMap } from '../../../lib/search/build-index.ts';
import { buildKey, memoFile, recall, remember } from '../../../lib/build/build-memo.ts';

const MEMO = memoFile('search-index-files');
const isNameList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

let files: Promise<Map<string, string>> | undefined;

/** The index's files by name, built once per build. */
function indexFiles(): Promise<Map<string, string>> {
  files ??= (async () => {
    const [reports, claims, actors, events] = await Promise.all([
      getReports(),
      getClaims(),
      getActors(),
      getEvents(),
    ]);
    // Claims in reading order, so one report's sentences share shards.
    const ordered = [...claims].sort(
      (a, b) => codeUnitOrder(a.reportId, b.reportId) || a.position.start - b.position.start,
    );
    return indexFileMap(
      buildSearchIndex({ reports: reports.map((r) => r.report), claims: ordered, actors, events }),
    );
  })();
  return files;
}

let listed: string[] = [];
let checked = false;

export const getStaticPaths = (async () => {
  const key = buildKey(import.meta.url, await getContentDigest());
  const remembered = key === undefined ? undefined : recall(MEMO, key, isNameList);
  listed = remembered ?? [...(await indexFiles()).keys()];
  if (key !== undefined && !remembered) remember(MEMO, key, listed);
  // The key covers the project's code and all content: an unchanged key means unchanged files.
  return listed.map((file) => ({
    params: { file },
    ...(key === undefined ? {} : { cacheKey: key }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const built = await indexFiles();
  if (!checked) {
    const names = [...built.keys()];
    if (names.length !== listed.length || names.some((n, i) => n !== listed[i]))
      throw new Error(
        `search index: the files listed (${listed.length}) are not the files built (${names.length}); ` +
          `the remembered list in ${MEMO} is stale: delete it and build again`,
      );
    checked = true;
  }
  const body = built.get(params.file ?? '');
  if (body === undefined) throw new Error(`search index: no file "${params.file}"`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

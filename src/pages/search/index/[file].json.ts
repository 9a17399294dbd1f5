// The search index as static files: /search/index/meta.json, facets.json, post-<n>.json and
// shard-<n>.json. The content loader builds them with the corpus (src/lib/search/build-index.ts); the
// browser's search worker fetches them lazily (src/lib/search/engine.ts). Each file's cache key is its
// digest, so a rebuild without content changes reuses them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFiles } from '../../../content.ts';

export const getStaticPaths = (async () =>
  (await getSearchFiles()).map(({ file, body, digest }) => ({
    params: { file },
    props: { body },
    cacheKey: digest,
  }))) satisfies GetStaticPaths;

interface Props {
  body: string;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

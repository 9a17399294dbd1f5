/**
 * The baseline of the search benchmark: one Fuse over every record, with the engine's Fuse options,
 * query and final scoring (src/lib/search/engine/ranking.ts), but no candidate narrowing and every
 * shard loaded. Only the benchmark uses it (in the browser, through plain-worker.ts).
 */
import {
  DEFAULT_HITS_PER_GROUP,
  type Group,
  type SearchResponse,
} from '../../../src/lib/search/engine.ts';
import type { IndexStore } from '../../../src/lib/search/engine/index-store.ts';
import { exactKeyOf, finalScore, fuseRank } from '../../../src/lib/search/engine/ranking.ts';
import { rankedIds, recordHref } from '../../../src/lib/search/engine/response.ts';
import type { DocType, FuseRecord, SearchDoc } from '../../../src/lib/search/index-format.ts';
import { parseQuery } from '../../../src/lib/search/normalize.ts';

/** Loads every shard of the index. */
export async function loadAll(store: IndexStore): Promise<void> {
  const meta = await store.init();
  await Promise.all(meta.shards.map((_, i) => store.loadShard(i)));
}

/** Searches every record with one Fuse; hits carry ids and scores only (no text or highlights). */
export async function plainSearch(
  store: IndexStore,
  query: string,
  hitsPerGroup: Record<DocType, number> = DEFAULT_HITS_PER_GROUP,
): Promise<SearchResponse> {
  await loadAll(store);
  const parsed = parseQuery(query);
  const all = store.records.filter((r): r is FuseRecord => !!r);
  const scores = fuseRank(parsed, store.docs, store.keys, all);
  const exactKey = exactKeyOf(parsed);
  const byType = new Map<DocType, Array<{ d: number; score: number }>>();
  for (const [d, s] of scores) {
    const type = store.typeOfDoc(d);
    const list = byType.get(type) ?? [];
    list.push({ d, score: finalScore(type, store.docs[d] as SearchDoc, s, exactKey) });
    byType.set(type, list);
  }
  const groups: Group[] = [];
  for (const [type, list] of byType) {
    list.sort((a, b) => a.score - b.score || a.d - b.d);
    groups.push({
      type,
      count: list.length,
      hits: list.slice(0, hitsPerGroup[type]).map((r) => {
        const id = (store.docs[r.d] as SearchDoc).id;
        return {
          type,
          id,
          text: '',
          ranges: [],
          sub: '',
          score: r.score,
          href: recordHref(type, id),
        };
      }),
    });
  }
  return {
    query: parsed.text,
    groups,
    total: scores.size,
    ranked: rankedIds(groups),
    partial: false,
    suggestions: [],
    ignoredFilters: [],
  };
}

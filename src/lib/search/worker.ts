/// <reference lib="webworker" />
/**
 * The search Web Worker: owns a SearchEngine whose files come from /search/index/ on this origin,
 * so index loading, candidate narrowing and Fuse ranking never block the page. Messages:
 * `{ id, q, filters }` → `{ id, result, final }` (a second, final answer follows once filter counts
 * are loaded); `{ id, warm: true }` loads meta.json ahead of the first query.
 */
import { SearchEngine } from './engine.ts';
import { loadFromOrigin } from './engine/index-store.ts';
import type { SearchFilters } from './state.ts';

export interface WorkerRequest {
  id: number;
  q?: string;
  filters?: SearchFilters;
  warm?: boolean;
}

/** New shards a first answer may wait for; the rest load for the complete answer that follows. */
const SHARD_BUDGET = 4;
/** New postings files a first answer may wait for (exact matches first). */
const POSTING_BUDGET = 2;

const engine = new SearchEngine(loadFromOrigin);

self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  const { id, q = '', filters = {}, warm } = e.data;
  void (async () => {
    try {
      if (warm) {
        await engine.init();
        return;
      }
      // A quick answer first: at most SHARD_BUDGET new shards. Then, if it was not complete or the
      // filter counts were not loaded yet, the complete answer.
      const hadFacets = engine.facetsLoaded;
      const result = await engine.search(q, filters, {
        shardBudget: SHARD_BUDGET,
        postingBudget: POSTING_BUDGET,
      });
      const done = hadFacets && result.complete !== false;
      self.postMessage({ id, result, final: done });
      if (!done) {
        await engine.loadFacets();
        self.postMessage({ id, result: await engine.search(q, filters), final: true });
      }
    } catch (err) {
      self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  })();
});

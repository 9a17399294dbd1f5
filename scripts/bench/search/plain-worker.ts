/// <reference lib="webworker" />
/**
 * The benchmark's baseline worker: `{ id, q }` → `{ id, result, final: true }` from `plainSearch`
 * over the index files on this origin. scripts/bench/search.ts bundles it with Vite; the site does
 * not ship it.
 */
import { IndexStore, loadFromOrigin } from '../../../src/lib/search/engine/index-store.ts';
import { plainSearch } from './plain-search.ts';

const store = new IndexStore(loadFromOrigin);

self.addEventListener('message', (e: MessageEvent<{ id: number; q?: string }>) => {
  const { id, q = '' } = e.data;
  plainSearch(store, q).then(
    (result) => self.postMessage({ id, result, final: true }),
    (err: unknown) =>
      self.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
});

import { beforeAll, describe, expect, it } from 'vitest';
import { plainSearch } from '../../../../../scripts/bench/search/plain-search.ts';
import { SearchEngine } from '../../../../../src/lib/search/engine.ts';
import { IndexStore } from '../../../../../src/lib/search/engine/index-store.ts';
import { fileLoader, realIndexFiles } from '../../../../helpers/search-index.ts';

let files: Map<string, string>;
beforeAll(async () => {
  files = await realIndexFiles();
});

describe('plainSearch (the benchmark’s baseline: one Fuse over every record)', () => {
  it('loads every shard and ranks with the engine’s scoring', async () => {
    const asked: string[] = [];
    const store = new IndexStore(fileLoader(files, asked));
    const plain = await plainSearch(store, 'Paracel Islands');
    const shards = [...files.keys()].filter((n) => n.startsWith('shard-'));
    expect(asked.filter((n) => n.startsWith('shard-')).sort()).toEqual(shards.sort());
    expect(plain.ranked[0]).toEqual({ type: 'actor', id: 'paracel-islands' });
    // The narrowed engine agrees on the best answer.
    const narrowed = await new SearchEngine(fileLoader(files)).search('Paracel Islands');
    expect(narrowed.ranked[0]).toEqual(plain.ranked[0]);
  });
  it('counts every match and returns at most the hits per group', async () => {
    const store = new IndexStore(fileLoader(files));
    const res = await plainSearch(store, 'Vietnam', { event: 2, actor: 2, report: 1, claim: 3 });
    expect(res.total).toBeGreaterThan(100);
    for (const g of res.groups) expect(g.hits.length).toBeLessThanOrEqual(3);
    expect(res.groups.reduce((n, g) => n + g.count, 0)).toBe(res.total);
    for (const h of res.groups.flatMap((g) => g.hits)) expect(h.href).toBe(`/${h.type}s/${h.id}/`);
  });
});

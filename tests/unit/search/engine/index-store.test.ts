import { beforeAll, describe, expect, it } from 'vitest';
import {
  IndexStore,
  lastAtMost,
  withinBudget,
} from '../../../../src/lib/search/engine/index-store.ts';
import type { SearchMeta } from '../../../../src/lib/search/index-format.ts';
import { fileLoader, realIndexFiles } from '../../../helpers/search-index.ts';

describe('withinBudget (which posting files and shards a budgeted search loads)', () => {
  it('takes loaded files for free, new files up to the budget, in first-chosen order', () => {
    const loaded = new Set([7]);
    const r = withinBudget([3, 7, 3, 5, 9, 7, 1], (f) => loaded.has(f), 2);
    expect([...r.picked]).toEqual([3, 7, 5]);
    expect(r.complete).toBe(false);
  });

  it('is complete when nothing was left out, and keeps what was picked before without charging it', () => {
    const r = withinBudget([4, 2, 4], () => false, 1, new Set([2]));
    expect([...r.picked]).toEqual([2, 4]);
    expect(r.complete).toBe(true);
    expect(withinBudget([1, 2, 3], () => false, Infinity).complete).toBe(true);
    expect([...withinBudget([1, 2], () => false, 0).picked]).toEqual([]);
  });
});

describe('lastAtMost (which file holds an item)', () => {
  it('finds the last start at or below the value', () => {
    const starts = [0, 10, 20, 35];
    expect(lastAtMost(starts, 0)).toBe(0);
    expect(lastAtMost(starts, 9)).toBe(0);
    expect(lastAtMost(starts, 10)).toBe(1);
    expect(lastAtMost(starts, 34)).toBe(2);
    expect(lastAtMost(starts, 35)).toBe(3);
    expect(lastAtMost(starts, 1000)).toBe(3);
  });
});

describe('IndexStore on the real corpus', () => {
  let files: Map<string, string>;
  let meta: SearchMeta;
  beforeAll(async () => {
    files = await realIndexFiles();
    meta = JSON.parse(files.get('meta') as string) as SearchMeta;
  });

  it('loads meta.json once, first, and nothing else until asked', async () => {
    const asked: string[] = [];
    const store = new IndexStore(fileLoader(files, asked));
    await Promise.all([store.init(), store.init()]);
    expect(asked).toEqual(['meta']);
    expect(store.loads).toBe(1);
    expect(store.facets).toBeUndefined();
  });

  it('says when meta.json is not a search index', async () => {
    const store = new IndexStore(() => Promise.resolve({ vocab: 'nope' }));
    await expect(store.init()).rejects.toThrow('search index: meta.json is not a search index');
    expect(() => new IndexStore(fileLoader(files)).meta).toThrow(
      'search index: meta.json used before init()',
    );
  });

  it('decodes the postings of a word: the records that have it, ascending', async () => {
    const asked: string[] = [];
    const store = new IndexStore(fileLoader(files, asked));
    await store.init();
    const vi = meta.vocab.indexOf('dempsey');
    expect(store.postings(vi)).toHaveLength(0);
    const bucket = store.bucketOf(vi);
    await Promise.all([store.loadBucket(bucket), store.loadBucket(bucket)]);
    expect(asked.filter((n) => n.startsWith('post-'))).toEqual([`post-${bucket}`]);
    expect(store.bucketLoaded(bucket)).toBe(true);
    const docs = [...store.postings(vi)];
    expect(docs).toHaveLength(meta.df[vi] as number);
    expect(docs).toEqual([...docs].sort((a, b) => a - b));
    // The records are those whose shard text says "Dempsey".
    for (const d of docs) await store.loadShard(store.shardOf(d));
    for (const d of docs) {
      const doc = store.docs[d];
      const text = [doc?.title, ...(doc?.alt ?? []), doc?.text].join(' ');
      expect(text).toMatch(/dempsey/i);
      expect(store.records[d]?.i).toBe(d);
    }
  });

  it('knows each record’s type, and reads quoted phrases in loaded records only', async () => {
    const store = new IndexStore(fileLoader(files));
    await store.init();
    for (const t of meta.types) {
      if (!t.count) continue;
      expect(store.typeOfDoc(t.start)).toBe(t.type);
      expect(store.typeOfDoc(t.start + t.count - 1)).toBe(t.type);
    }
    const actor = meta.types.find((t) => t.type === 'actor');
    const d = actor?.start ?? 0;
    expect(store.hasPhrases(d, [['anything']])).toBe(false);
    await store.loadShard(store.shardOf(d));
    const words = (store.docs[d]?.title ?? '').toLowerCase().split(/\s+/);
    expect(store.hasPhrases(d, [words])).toBe(true);
  });
});

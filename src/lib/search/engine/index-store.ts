/**
 * The index files of one search index, loaded lazily through a `Loader` and each only once:
 * `meta` (vocabulary, postings and shard layout, filter labels) first, then the postings files
 * (`post-<n>`) of the vocabulary terms a query needs, the shards (`shard-<n>`: records and their Fuse
 * index) of the candidates it ranks, and `facets` when filters are used. Concurrent requests for one
 * file share its load.
 */
import type {
  DocType,
  FacetsFile,
  FuseIndexInput,
  FuseRecord,
  PostingsFile,
  SearchDoc,
  SearchMeta,
  ShardFile,
} from '../index-format.ts';
import { hasPhrase } from '../highlight.ts';
import { InflectionIndex } from '../inflection.ts';
import { synonymIndex } from '../synonyms.ts';

/** Fetches index file `name` (`meta`, `post-3`, `shard-12`, `facets`); `version` busts caches. */
export type Loader = (name: string, version?: string) => Promise<unknown>;

/**
 * The loader a search worker uses: the index file `name` from /search/index/ on the page's own
 * origin, its version in the query so a new build is never read from an old cache.
 */
export const loadFromOrigin: Loader = async (name, version) => {
  const url = new URL(
    `/search/index/${name}.json${version ? `?v=${version}` : ''}`,
    self.location.origin,
  );
  const res = await fetch(url);
  if (!res.ok) throw new Error(`search index: ${url.pathname} answered ${res.status}`);
  return res.json();
};

/** Index of the last of the ascending `starts` that is ≤ `value` (0 when none is): which file holds it. */
export function lastAtMost(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The files to load for items in priority order, within a budget of files not loaded yet. Files
 * already loaded (or already in `picked`) cost nothing; a file past the budget is left out and the
 * answer is not `complete`. `picked` keeps the order files were first chosen in.
 */
export function withinBudget(
  files: Iterable<number>,
  isLoaded: (file: number) => boolean,
  budget: number,
  picked: Set<number> = new Set(),
): { picked: Set<number>; complete: boolean } {
  let fresh = 0;
  let complete = true;
  for (const file of files) {
    if (picked.has(file)) continue;
    if (!isLoaded(file)) {
      if (fresh >= budget) {
        complete = false;
        continue;
      }
      fresh++;
    }
    picked.add(file);
  }
  return { picked, complete };
}

export class IndexStore {
  private metaFile: SearchMeta | undefined;
  private metaPromise: Promise<SearchMeta> | undefined;
  private readonly postingLists: Array<Int32Array | undefined> = [];
  private readonly bucketLoads = new Map<number, Promise<void>>();
  private readonly shardLoads = new Map<number, Promise<void>>();
  /** Records by doc index, present once their shard is loaded. */
  docs: SearchDoc[] = [];
  /** Fuse index records by doc index, present once their shard is loaded. */
  records: Array<FuseRecord | undefined> = [];
  /** The Fuse index's keys (the same in every shard). */
  keys: FuseIndexInput['keys'] | undefined;
  /** facets.json, once loaded. */
  facets: FacetsFile | undefined;
  private facetsPromise: Promise<FacetsFile> | undefined;
  /**
   * Other forms of a word in the vocabulary, built with meta.json: its inflections ("visited" →
   * "visits") and, for a state's name or demonym, the other words of its group ("chinese" → "china").
   */
  forms: (term: string) => number[] = () => [];
  private readonly load: Loader;
  /** Files loaded so far. */
  loads = 0;

  constructor(load: Loader) {
    this.load = (name, version) => {
      this.loads++;
      return load(name, version);
    };
  }

  /** meta.json; only after `init()` has resolved. */
  get meta(): SearchMeta {
    if (!this.metaFile) throw new Error('search index: meta.json used before init()');
    return this.metaFile;
  }

  /** Loads meta.json (once). */
  init(): Promise<SearchMeta> {
    this.metaPromise ??= this.load('meta').then((m) => {
      const meta = m as SearchMeta;
      if (!meta || !Array.isArray(meta.vocab) || !Array.isArray(meta.shards))
        throw new Error('search index: meta.json is not a search index');
      this.metaFile = meta;
      const inflections = new InflectionIndex(meta.vocab);
      const synonyms = synonymIndex(meta.vocab, meta.synonyms ?? []);
      this.forms = (term) => {
        const out = new Set(inflections.forms(term));
        // "Americans" → "american" → "america": the group of the word, or of one of its forms.
        for (const word of [term, ...[...out].map((i) => meta.vocab[i] as string)])
          for (const i of synonyms.get(word) ?? []) if (meta.vocab[i] !== term) out.add(i);
        return [...out];
      };
      this.docs = new Array<SearchDoc>(meta.docCount);
      this.records = new Array<FuseRecord | undefined>(meta.docCount);
      return meta;
    });
    return this.metaPromise;
  }

  /** Loads facets.json (once). */
  loadFacets(): Promise<FacetsFile> {
    this.facetsPromise ??= this.init().then(async (meta) => {
      this.facets = (await this.load('facets', meta.version)) as FacetsFile;
      return this.facets;
    });
    return this.facetsPromise;
  }

  /** Fetches index file `name` once; `apply` stores its content. Later calls share the first load. */
  private loadOnce<F>(
    loads: Map<number, Promise<void>>,
    n: number,
    name: string,
    apply: (file: F) => void,
  ): Promise<void> {
    let p = loads.get(n);
    if (!p) {
      p = this.load(name, this.meta.version).then((f) => apply(f as F));
      loads.set(n, p);
    }
    return p;
  }

  /** The postings file holding vocabulary term `vi`. */
  bucketOf(vi: number): number {
    return lastAtMost(this.meta.buckets, vi);
  }

  bucketLoaded(n: number): boolean {
    return this.bucketLoads.has(n);
  }

  /** Loads postings file `n`, decoding its delta-encoded lists. */
  loadBucket(n: number): Promise<void> {
    return this.loadOnce<PostingsFile>(this.bucketLoads, n, `post-${n}`, (file) => {
      file.lists.forEach((deltas, j) => {
        const abs = new Int32Array(deltas.length);
        let acc = 0;
        for (let k = 0; k < deltas.length; k++) abs[k] = acc += deltas[k] as number;
        this.postingLists[file.start + j] = abs;
      });
    });
  }

  /** The records holding vocabulary term `vi`, ascending (empty until its postings file is loaded). */
  postings(vi: number): Int32Array {
    return this.postingLists[vi] ?? new Int32Array(0);
  }

  /** The shard holding record `doc`. */
  shardOf(doc: number): number {
    return lastAtMost(this.meta.shards, doc);
  }

  shardLoaded(n: number): boolean {
    return this.shardLoads.has(n);
  }

  /** Loads shard `n`: its records and their Fuse index records. */
  loadShard(n: number): Promise<void> {
    return this.loadOnce<ShardFile>(this.shardLoads, n, `shard-${n}`, (shard) => {
      this.keys ??= shard.index.keys as FuseIndexInput['keys'];
      shard.docs.forEach((d, j) => (this.docs[shard.start + j] = d));
      for (const r of shard.index.records) {
        const i = shard.start + r.i;
        this.records[i] = { ...r, i };
      }
    });
  }

  /** The record type of doc `d` (types are contiguous ranges of doc indexes). */
  typeOfDoc(d: number): DocType {
    const types = this.meta.types;
    for (let i = types.length - 1; i >= 0; i--) {
      const t = types[i];
      if (t && t.count > 0 && d >= t.start) return t.type;
    }
    return 'claim';
  }

  /** Whether a loaded record holds every quoted phrase, in one of its searchable fields. */
  hasPhrases(d: number, phrases: readonly string[][]): boolean {
    const doc = this.docs[d];
    if (!doc) return false;
    const fields = [doc.title, ...(doc.alt ?? []), doc.text, doc.y].filter((f): f is string => !!f);
    return phrases.every((p) => fields.some((f) => hasPhrase(f, p)));
  }
}

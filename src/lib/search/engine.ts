/**
 * The search engine that runs in the Web Worker (and in tests and the benchmark with another
 * loader). It loads index files lazily through `load(name)`:
 *
 * 1. `meta` (vocabulary, shard and postings layout, filter labels) on the first query;
 * 2. for each query term, the vocabulary terms it stands for (exact, prefix, 1–2 edits) and their
 *    posting lists → candidate records (all terms matched; failing that, the most terms);
 * 3. filters over the candidates (`facets`, loaded when needed or after the first results);
 * 4. the best candidates of each type by idf score and length go to Fuse, loading only the shards
 *    that hold them; Fuse ranks them with the same options as a plain Fuse over everything;
 * 5. a final score mixes Fuse's score, the record type and popularity; highlights are computed from
 *    the vocabulary terms the query matched.
 *
 * `plainSearch` is the baseline for the benchmark: one Fuse over every record, same options.
 */
import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import {
  combineCandidates,
  expandTerm,
  idf,
  lowerBound,
  maxEdits,
  PREFIX_QUALITY,
  type Expansion,
} from './candidates.ts';
import {
  DOC_TYPES,
  FUSE_OPTIONS,
  fuseQuery,
  type DocType,
  type FacetsFile,
  type FuseIndexInput,
  type FuseRecord,
  type PostingsFile,
  type SearchDoc,
  type SearchMeta,
  type ShardFile,
} from './format.ts';
import { excerpt, hasPhrase, highlightRanges } from './highlight.ts';
import { InflectionIndex } from './inflection.ts';
import { synonymIndex } from './synonyms.ts';
import { foldForSearch, parseQuery, type ParsedQuery } from './normalize.ts';
import type { SearchFilters } from './state.ts';

export type { DocType };
export type Loader = (name: string, version?: string) => Promise<unknown>;

export interface Hit {
  type: DocType;
  id: string;
  /** Text to show (a claim's text, possibly an excerpt; otherwise the title). */
  text: string;
  /** Highlight ranges in `text`, inclusive ends. */
  ranges: Array<[number, number]>;
  /** Second line: where a claim is from, an event's date, an actor's kind. */
  sub: string;
  /** Final score, lower is better. */
  score: number;
  /** Link to the record's page. */
  href: string;
}

export interface Group {
  type: DocType;
  /** Records of this type that match (all of them, not only the hits shown). */
  count: number;
  hits: Hit[];
}

export interface FacetCounts {
  report: Array<{ value: string; label: string; count: number }>;
  actor: Array<{ value: string; label: string; count: number }>;
  origin: Array<{ value: string; label: string; count: number }>;
  kind: Array<{ value: string; label: string; count: number }>;
}

export interface Suggestion {
  /** What to show ("Did you mean …", "Remove the filters"). */
  label: string;
  /** The query to run. */
  q: string;
  /** Run it without filters. */
  clearFilters?: boolean;
}

export interface SearchResponse {
  query: string;
  /** Groups in display order (best match first), empty groups left out. */
  groups: Group[];
  total: number;
  /** All hits in rank order across groups (for the benchmark's recall). */
  ranked: Array<{ type: DocType; id: string }>;
  /** Live filter counts; absent until facets are loaded. */
  facets?: FacetCounts;
  /** True when no record matched every word. */
  partial: boolean;
  /** True when counts are upper bounds: a quoted phrase was checked in the ranked results only. */
  atMost?: boolean;
  /** False when a shard budget left some of the best candidates unranked (a complete answer follows). */
  complete?: boolean;
  suggestions: Suggestion[];
  /** Filters that were ignored because their value is unknown. */
  ignoredFilters: string[];
  /** Where the time went (ms): vocabulary, postings (incl. loading), shards (loading), Fuse, the rest. */
  timings?: {
    expand: number;
    postings: number;
    shards: number;
    fuse: number;
    total: number;
    loaded: number;
  };
}

export interface EngineOptions {
  /** Candidates of each type handed to Fuse (claims are most of the corpus, so they get more). */
  rankLimit?: Partial<Record<DocType, number>>;
  /** Hits returned per group. */
  hitsPerGroup?: Partial<Record<DocType, number>>;
}

/** A quoted phrase is checked in every candidate when they sit in at most this many shards (~24 KB each). */
const PHRASE_CHECK_SHARDS = 48;
const DEFAULT_RANK: Record<DocType, number> = { event: 40, actor: 40, report: 10, claim: 80 };
const DEFAULT_HITS: Record<DocType, number> = { event: 10, actor: 10, report: 5, claim: 40 };
/** Record types are weighted: a name or title that matches beats a sentence that mentions it. */
const TYPE_FACTOR: Record<DocType, number> = { event: 0.35, actor: 0.35, report: 0.4, claim: 1 };

const now = () => performance.now();

const href = (type: DocType, id: string) => `/${type}s/${id}/`;

/** Index of the last of the ascending `starts` that is ≤ `value` (0 when none is): which file holds it. */
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

function lastAtMost(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class SearchEngine {
  private meta: SearchMeta | undefined;
  private metaPromise: Promise<SearchMeta> | undefined;
  private postings: Array<Int32Array | undefined> = [];
  private buckets = new Map<number, Promise<void>>();
  private shardLoads = new Map<number, Promise<void>>();
  private docs: SearchDoc[] = [];
  private records: Array<FuseRecord | undefined> = [];
  private keys: FuseIndexInput['keys'] | undefined;
  private facets: FacetsFile | undefined;
  private facetsPromise: Promise<FacetsFile> | undefined;
  /**
   * Other forms of a word in the vocabulary, built with meta.json: its inflections ("visited" →
   * "visits") and, for a state's name or demonym, the other words of its group ("chinese" → "china").
   */
  private forms: (term: string) => number[] = () => [];
  private readonly rankLimit: Record<DocType, number>;
  private readonly hitsPerGroup: Record<DocType, number>;

  private readonly load: Loader;
  /** Files loaded so far. */
  loads = 0;

  constructor(load: Loader, options: EngineOptions = {}) {
    this.load = (name, version) => {
      this.loads++;
      return load(name, version);
    };
    this.rankLimit = { ...DEFAULT_RANK, ...options.rankLimit };
    this.hitsPerGroup = { ...DEFAULT_HITS, ...options.hitsPerGroup };
  }

  /** Loads meta.json (once). */
  async init(): Promise<SearchMeta> {
    this.metaPromise ??= this.load('meta').then((m) => {
      const meta = m as SearchMeta;
      if (!meta || !Array.isArray(meta.vocab) || !Array.isArray(meta.shards))
        throw new Error('search index: meta.json is not a search index');
      this.meta = meta;
      const inflections = new InflectionIndex(meta.vocab);
      const synonyms = synonymIndex(meta.vocab, meta.synonyms ?? []);
      this.forms = (term) => {
        const out = new Set(inflections.forms(term));
        // "Americans" → "american" → "america": the group of the word, or of one of its forms.
        for (const word of [term, ...[...out].map((i) => meta.vocab[i] as string)])
          for (const i of synonyms.get(word) ?? []) if (meta.vocab[i] !== term) out.add(i);
        return [...out];
      };
      this.docs = new Array(meta.docCount);
      this.records = new Array(meta.docCount);
      return meta;
    });
    return this.metaPromise;
  }

  /** Loads facets.json (once); the engine works without it until filters are used. */
  loadFacets(): Promise<FacetsFile> {
    this.facetsPromise ??= this.init().then(async (meta) => {
      this.facets = (await this.load('facets', meta.version)) as FacetsFile;
      return this.facets;
    });
    return this.facetsPromise;
  }

  get facetsLoaded(): boolean {
    return this.facets !== undefined;
  }

  private bucketOf(vi: number): number {
    return lastAtMost((this.meta as SearchMeta).buckets, vi);
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
      p = this.load(name, (this.meta as SearchMeta).version).then((f) => apply(f as F));
      loads.set(n, p);
    }
    return p;
  }

  private loadBucket(n: number): Promise<void> {
    return this.loadOnce<PostingsFile>(this.buckets, n, `post-${n}`, (file) => {
      file.lists.forEach((deltas, j) => {
        const abs = new Int32Array(deltas.length);
        let acc = 0;
        for (let k = 0; k < deltas.length; k++) abs[k] = acc += deltas[k] as number;
        this.postings[file.start + j] = abs;
      });
    });
  }

  private shardOf(doc: number): number {
    return lastAtMost((this.meta as SearchMeta).shards, doc);
  }

  private loadShard(n: number): Promise<void> {
    return this.loadOnce<ShardFile>(this.shardLoads, n, `shard-${n}`, (shard) => {
      this.keys ??= shard.index.keys as FuseIndexInput['keys'];
      shard.docs.forEach((d, j) => (this.docs[shard.start + j] = d));
      for (const r of shard.index.records) {
        const i = shard.start + r.i;
        this.records[i] = { ...r, i };
      }
    });
  }

  /** Loads every shard (for the plain-Fuse baseline). */
  async loadAll(): Promise<void> {
    const meta = await this.init();
    await Promise.all(meta.shards.map((_, i) => this.loadShard(i)));
  }

  /** Whether a loaded record holds every quoted phrase, in one of its searchable fields. */
  private hasPhrases(d: number, phrases: readonly string[][]): boolean {
    const doc = this.docs[d];
    if (!doc) return false;
    const fields = [doc.title, ...(doc.alt ?? []), doc.text, doc.y].filter((f): f is string => !!f);
    return phrases.every((p) => fields.some((f) => hasPhrase(f, p)));
  }

  private typeOfDoc(d: number): DocType {
    const types = (this.meta as SearchMeta).types;
    for (let i = types.length - 1; i >= 0; i--) {
      const t = types[i];
      if (t && t.count > 0 && d >= t.start) return t.type;
    }
    return 'claim';
  }

  /** Which filter values are known; unknown ones are reported and ignored. */
  private resolveFilters(filters: SearchFilters) {
    const meta = this.meta as SearchMeta;
    const ignored: string[] = [];
    const report =
      filters.report === undefined ? -1 : meta.reports.findIndex((r) => r.id === filters.report);
    if (filters.report !== undefined && report < 0) ignored.push('report');
    const actor =
      filters.actor === undefined ? -1 : meta.actors.findIndex((a) => a.id === filters.actor);
    if (filters.actor !== undefined && actor < 0) ignored.push('actor');
    const origin =
      filters.origin !== undefined && meta.origins.includes(filters.origin)
        ? filters.origin
        : undefined;
    if (filters.origin !== undefined && origin === undefined) ignored.push('origin');
    const kind = filters.kind === undefined ? -1 : meta.kinds.indexOf(filters.kind);
    if (filters.kind !== undefined && kind < 0) ignored.push('kind');
    return { report, actor, origin, kind, from: filters.from, to: filters.to, ignored };
  }

  /**
   * Searches. With `shardBudget`, at most that many shards not yet loaded are fetched: the answer
   * then ranks the candidates whose records are at hand (the shards holding the best candidates are
   * fetched first) and says `complete: false`; searching again without a budget completes it.
   * `postingBudget` does the same for postings files (exact matches first, then prefixes, then edits).
   */
  async search(
    query: string,
    filters: SearchFilters = {},
    options: { shardBudget?: number; postingBudget?: number } = {},
  ): Promise<SearchResponse> {
    const meta = await this.init();
    const parsed = parseQuery(query);
    const empty: SearchResponse = {
      query: parsed.text,
      groups: [],
      total: 0,
      ranked: [],
      partial: false,
      suggestions: [],
      ignoredFilters: [],
    };
    if (!parsed.terms.length && !parsed.phrases.length) return empty;

    // 1–2. Expand terms, load their postings, combine.
    const t0 = now();
    const loadsBefore = this.loads;
    const { expansions, matchedVocab } = this.expand(parsed);
    const t1 = now();
    // Postings files to load: with a budget, the files of the best expansions first (exact matches
    // before prefixes before edits); expansions whose file is left out wait for the complete answer.
    // Every word's best expansion is always loaded, so a word never drops out of the AND.
    const always = new Set<number>();
    for (const list of expansions) {
      const top = [...list].sort(
        (a, b) => b.quality - a.quality || (meta.df[b.vi] ?? 0) - (meta.df[a.vi] ?? 0),
      )[0];
      if (top) always.add(this.bucketOf(top.vi));
    }
    const byQuality = expansions
      .flatMap((list) => list)
      .sort((a, b) => b.quality - a.quality || a.vi - b.vi);
    const { picked: needed, complete: postingsComplete } = withinBudget(
      byQuality.map((e) => this.bucketOf(e.vi)),
      (b) => this.buckets.has(b),
      options.postingBudget ?? Infinity,
      always,
    );
    const f = this.resolveFilters(filters);
    const filtering =
      f.report >= 0 ||
      f.actor >= 0 ||
      f.origin !== undefined ||
      f.kind >= 0 ||
      f.from !== undefined ||
      f.to !== undefined;
    await Promise.all([
      ...[...needed].map((b) => this.loadBucket(b)),
      ...(filtering ? [this.loadFacets()] : []),
    ]);
    const set = combineCandidates(
      expansions,
      (vi) => this.postings[vi] ?? new Int32Array(0),
      meta.docCount,
    );
    // Quoted phrases: the postings only say that a record has the phrase's words. When the candidates
    // sit in few shards, their own text is read and those without the phrase are dropped, so results,
    // counts and filter counts are exact. Otherwise only the ranked ones are checked (below) and the
    // counts are upper bounds (`atMost`).
    let cand: { docs: Int32Array; scores: Float64Array } = set;
    let phrasesChecked = parsed.phrases.length === 0;
    let phraseShardsComplete = true;
    if (!phrasesChecked) {
      const shards = new Set(Array.from(set.docs, (d) => this.shardOf(d)));
      if (shards.size <= PHRASE_CHECK_SHARDS) {
        const { picked, complete: fits } = withinBudget(
          shards,
          (sh) => this.shardLoads.has(sh),
          options.shardBudget ?? Infinity,
        );
        if (fits) {
          await Promise.all([...picked].map((sh) => this.loadShard(sh)));
          const keep = Array.from(set.docs, (d) => this.hasPhrases(d, parsed.phrases));
          cand = {
            docs: set.docs.filter((_, j) => keep[j]),
            scores: set.scores.filter((_, j) => keep[j]),
          };
          phrasesChecked = true;
        } else phraseShardsComplete = false;
      }
    }
    const t2 = now();

    // 3. Filters and live counts.
    const pass = (d: number, skip?: string): boolean => {
      const fc = this.facets;
      if (!fc || !filtering) return true;
      if (skip !== 'report' && f.report >= 0 && !(fc.r[d] ?? []).includes(f.report)) return false;
      if (skip !== 'actor' && f.actor >= 0 && !(fc.a[d] ?? []).includes(f.actor)) return false;
      if (
        skip !== 'origin' &&
        f.origin !== undefined &&
        !(fc.r[d] ?? []).some((r) => meta.reports[r]?.origin === f.origin)
      )
        return false;
      if (skip !== 'kind' && f.kind >= 0 && fc.k[d] !== f.kind) return false;
      const y = fc.y[d];
      if (y && f.from !== undefined && y[1] < f.from) return false;
      if (y && f.to !== undefined && y[0] > f.to) return false;
      return true;
    };
    const facets = this.facets ? this.countFacets(cand.docs, pass) : undefined;

    // Per type: how many candidates pass the filters, and the best few by idf score over length.
    const counts = new Map<DocType, number>();
    const heaps = new Map<DocType, TopK>();
    for (let j = 0; j < cand.docs.length; j++) {
      const d = cand.docs[j] as number;
      if (filtering && !pass(d)) continue;
      const type = this.typeOfDoc(d);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      let heap = heaps.get(type);
      if (!heap) heaps.set(type, (heap = new TopK(this.rankLimit[type])));
      const len = (meta.lengths.charCodeAt(d) || 49) - 48;
      heap.push(d, (cand.scores[j] as number) / (1 + 0.08 * len));
    }

    // 4. Fuse ranks the best candidates of each type (entities first: few records, few shards).
    const chosen: number[] = [];
    const best = new Map<DocType, Array<{ d: number; pre: number }>>();
    for (const type of ['event', 'actor', 'report', 'claim'] as const) {
      const top = heaps.get(type)?.sorted();
      if (!top) continue;
      best.set(type, top);
      for (const c of top) chosen.push(c.d);
    }
    const t3 = now();
    // Shards in the order of the candidates they hold.
    const { picked: wanted, complete: shardsComplete } = withinBudget(
      chosen.map((d) => this.shardOf(d)),
      (sh) => this.shardLoads.has(sh),
      options.shardBudget ?? Infinity,
    );
    const complete = postingsComplete && shardsComplete && phraseShardsComplete;
    await Promise.all([...wanted].map((sh) => this.loadShard(sh)));
    const t4 = now();
    const records = chosen.map((d) => this.records[d]).filter((r): r is FuseRecord => !!r);
    const fuseScores = this.fuseRank(parsed, records);
    const t5 = now();

    // 5. Final order: Fuse's score where Fuse matched, the rest after it by candidate score.
    const exactKey = exactKeyOf(parsed);
    const groups: Group[] = [];
    for (const [type, top] of best) {
      // Phrases not checked above: a ranked record without the phrase is dropped and uncounted.
      const loaded = top.filter((c) => this.docs[c.d] !== undefined);
      const kept = phrasesChecked
        ? loaded
        : loaded.filter((c) => this.hasPhrases(c.d, parsed.phrases));
      if (kept.length < loaded.length)
        counts.set(type, (counts.get(type) ?? 0) - (loaded.length - kept.length));
      const ranked = kept
        .map((c, rank) => {
          const fs = fuseScores.get(c.d);
          // Candidates Fuse did not accept rank after every Fuse match, in candidate order.
          const base = fs === undefined ? 1 + rank / 1e4 : fs;
          return { d: c.d, score: this.finalScore(type, c.d, base, exactKey) };
        })
        .sort((a, b) => a.score - b.score || a.d - b.d);
      const hits = ranked
        .slice(0, this.hitsPerGroup[type])
        .map((r) => this.hit(type, r.d, r.score, matchedVocab, parsed));
      if (hits.length || counts.get(type))
        groups.push({ type, count: counts.get(type) ?? 0, hits });
    }
    groups.sort(
      (a, b) =>
        (a.hits[0]?.score ?? 1) - (b.hits[0]?.score ?? 1) ||
        DOC_TYPES.indexOf(a.type) - DOC_TYPES.indexOf(b.type),
    );
    const ranked = groups
      .flatMap((g) => g.hits)
      .sort((a, b) => a.score - b.score)
      .map((h) => ({ type: h.type, id: h.id }));
    const total = groups.reduce((n, g) => n + g.count, 0);
    return {
      query: parsed.text,
      groups,
      total,
      ranked,
      ...(facets ? { facets } : {}),
      partial: set.partial,
      ...(phrasesChecked ? {} : { atMost: true }),
      complete,
      suggestions: total === 0 || set.partial ? this.suggest(parsed, filtering, total) : [],
      ignoredFilters: f.ignored,
      timings: {
        expand: t1 - t0,
        postings: t2 - t1,
        shards: t4 - t3,
        fuse: t5 - t4,
        total: now() - t0,
        loaded: this.loads - loadsBefore,
      },
    };
  }

  /** The plain-Fuse baseline: every record, one Fuse, same options and post-ranking. */
  async plainSearch(query: string): Promise<SearchResponse> {
    await this.loadAll();
    const parsed = parseQuery(query);
    const all = this.records.filter((r): r is FuseRecord => !!r);
    const scores = this.fuseRank(parsed, all);
    const exactKey = exactKeyOf(parsed);
    const byType = new Map<DocType, Array<{ d: number; score: number }>>();
    for (const [d, s] of scores) {
      const type = this.typeOfDoc(d);
      const list = byType.get(type) ?? [];
      list.push({ d, score: this.finalScore(type, d, s, exactKey) });
      byType.set(type, list);
    }
    const groups: Group[] = [];
    for (const [type, list] of byType) {
      list.sort((a, b) => a.score - b.score || a.d - b.d);
      groups.push({
        type,
        count: list.length,
        hits: list.slice(0, this.hitsPerGroup[type]).map((r) => ({
          type,
          id: (this.docs[r.d] as SearchDoc).id,
          text: '',
          ranges: [],
          sub: '',
          score: r.score,
          href: href(type, (this.docs[r.d] as SearchDoc).id),
        })),
      });
    }
    const ranked = groups
      .flatMap((g) => g.hits)
      .sort((a, b) => a.score - b.score)
      .map((h) => ({ type: h.type, id: h.id }));
    return {
      query: parsed.text,
      groups,
      total: scores.size,
      ranked,
      partial: false,
      suggestions: [],
      ignoredFilters: [],
    };
  }

  /**
   * Lower is better: Fuse's score (or the fallback), times a factor per record type, a tenth when
   * the whole query is exactly a name, title or alias ("CPV", "Hanoi"), divided by a little for
   * popularity (claims attesting an event, claims naming an actor).
   */
  private finalScore(type: DocType, d: number, base: number, exactKey: string): number {
    const doc = this.docs[d] as SearchDoc;
    const exact =
      exactKey !== '' &&
      type !== 'claim' &&
      [doc.title, ...(doc.alt ?? [])].some(
        (v) => v !== undefined && foldForSearch(v).toLowerCase() === exactKey,
      );
    return (
      (Math.max(base, 1e-4) * TYPE_FACTOR[type] * (exact ? 0.1 : 1)) /
      (1 + 0.12 * Math.log1p(doc.p ?? 0))
    );
  }

  private expand(parsed: ParsedQuery): {
    expansions: Array<Array<Expansion & { idf: number }>>;
    matchedVocab: Set<string>;
  } {
    const meta = this.meta as SearchMeta;
    const n = meta.docCount;
    const expansions: Array<Array<Expansion & { idf: number }>> = [];
    const matchedVocab = new Set<string>();
    const add = (list: Expansion[]) => {
      expansions.push(list.map((e) => ({ ...e, idf: idf(meta.df[e.vi] ?? 1, n) })));
      // Highlight what the word found as typed, in another form or as a prefix; its typo matches only when it found
      // nothing else ("shyou" → "shiyou"), not a near spelling of a word that is there ("truong" → "trong").
      const typed = list.filter((e) => e.quality >= PREFIX_QUALITY);
      for (const e of typed.length ? typed : list) matchedVocab.add(meta.vocab[e.vi] as string);
    };
    parsed.terms.forEach((term, i) => {
      const last = i === parsed.terms.length - 1;
      add(
        expandTerm(term, meta.vocab, meta.df, {
          prefix: term.length >= 3 || (last && parsed.open),
          fuzzy: true,
          forms: this.forms,
        }),
      );
    });
    for (const phrase of parsed.phrases)
      for (const term of phrase)
        add(expandTerm(term, meta.vocab, meta.df, { prefix: false, fuzzy: false }));
    // Function words narrow nothing, but are marked beside the words around them ("Gulf of Tonkin").
    for (const term of parsed.optional)
      if (meta.vocab[lowerBound(meta.vocab, term)] === term) matchedVocab.add(term);
    return { expansions, matchedVocab };
  }

  private fuseRank(parsed: ParsedQuery, records: FuseRecord[]): Map<number, number> {
    const out = new Map<number, number>();
    const query = fuseQuery(parsed.words);
    if (!records.length || !query) return out;
    const index = Fuse.parseIndex<SearchDoc>({ keys: this.keys ?? [], records });
    const fuse = new Fuse(this.docs, FUSE_OPTIONS, index);
    for (const r of fuse.search(query)) out.set(r.refIndex, r.score ?? 1);
    return out;
  }

  private hit(
    type: DocType,
    d: number,
    score: number,
    matched: Set<string>,
    parsed: ParsedQuery,
  ): Hit {
    const meta = this.meta as SearchMeta;
    const doc = this.docs[d] as SearchDoc;
    let text = type === 'claim' ? (doc.text ?? '') : (doc.title ?? doc.id);
    let ranges = highlightRanges(text, matched, parsed.phrases);
    // An entity matched through an alias: show the alias that matched after the name.
    if (type !== 'claim' && !ranges.length && doc.alt?.length) {
      const alias = doc.alt.find((a) => highlightRanges(a, matched, parsed.phrases).length);
      if (alias) {
        const prefix = `${text} — `;
        ranges = highlightRanges(alias, matched, parsed.phrases).map(([s, e]) => [
          s + prefix.length,
          e + prefix.length,
        ]);
        text = prefix + alias;
      }
    }
    if (type === 'claim') ({ text, ranges } = excerpt(text, ranges, 320));
    let sub = doc.sub ?? '';
    if (type === 'claim') {
      const r = meta.reports[doc.r ?? -1];
      sub = [r?.label, doc.s, meta.kinds[doc.k ?? -1]].filter(Boolean).join(' · ');
    }
    return { type, id: doc.id, text, ranges, sub, score, href: href(type, doc.id) };
  }

  private countFacets(docs: Int32Array, pass: (d: number, skip?: string) => boolean): FacetCounts {
    const meta = this.meta as SearchMeta;
    const fc = this.facets as FacetsFile;
    const report = new Array<number>(meta.reports.length).fill(0);
    const actor = new Array<number>(meta.actors.length).fill(0);
    const origin = new Map<string, number>();
    const kind = new Array<number>(meta.kinds.length).fill(0);
    for (const d of docs) {
      if (pass(d, 'report')) for (const r of fc.r[d] ?? []) report[r] = (report[r] ?? 0) + 1;
      if (pass(d, 'actor')) for (const a of fc.a[d] ?? []) actor[a] = (actor[a] ?? 0) + 1;
      if (pass(d, 'origin'))
        for (const o of new Set((fc.r[d] ?? []).map((r) => meta.reports[r]?.origin)))
          if (o) origin.set(o, (origin.get(o) ?? 0) + 1);
      const k = fc.k[d] ?? -1;
      if (k >= 0 && pass(d, 'kind')) kind[k] = (kind[k] ?? 0) + 1;
    }
    return {
      report: meta.reports.map((r, i) => ({
        value: r.id,
        label: `${r.label} — ${r.title}`,
        count: report[i] ?? 0,
      })),
      actor: meta.actors
        .map((a, i) => ({ value: a.id, label: a.name, count: actor[i] ?? 0 }))
        .filter((a) => a.count > 0)
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      origin: meta.origins.map((o) => ({ value: o, label: o, count: origin.get(o) ?? 0 })),
      kind: meta.kinds.map((k, i) => ({ value: k, label: k, count: kind[i] ?? 0 })),
    };
  }

  /** "No results" help: spelling suggestions from the vocabulary, fewer words, no filters. */
  private suggest(parsed: ParsedQuery, filtering: boolean, total: number): Suggestion[] {
    const meta = this.meta as SearchMeta;
    const out: Suggestion[] = [];
    if (total === 0 && filtering)
      out.push({ label: 'Search without the filters', q: parsed.text, clearFilters: true });
    // Spelling: replace each term by the most frequent vocabulary term within two edits.
    let changed = false;
    const fixed = parsed.terms.map((t) => {
      if (t.length < 3) return t;
      const exact = expandTerm(t, meta.vocab, meta.df, {
        prefix: false,
        fuzzy: false,
        forms: this.forms,
      });
      if (exact.length) return t;
      let best: string | undefined;
      let bestDf = 0;
      // As many edits as a typo is allowed (1 up to 7 letters, then 2): further away is another word
      // ("script" is not a misspelling of "soviet").
      const k = maxEdits(t);
      if (k === 0) return t;
      for (let i = 0; i < meta.vocab.length; i++) {
        const v = meta.vocab[i] as string;
        if (Math.abs(v.length - t.length) > k) continue;
        const df = meta.df[i] ?? 0;
        if (df > bestDf && distance(t, v) <= k) {
          best = v;
          bestDf = df;
        }
      }
      if (best) {
        changed = true;
        return best;
      }
      return t;
    });
    if (changed) out.push({ label: `Did you mean “${fixed.join(' ')}”?`, q: fixed.join(' ') });
    if (parsed.phrases.length)
      out.push({ label: 'Search the words without quotes', q: parsed.text.replace(/"/g, '') });
    if (parsed.terms.length > 1) {
      // Without the words the corpus does not have (else without the shortest word).
      const unknown = new Set(
        parsed.terms.filter(
          (t) =>
            !expandTerm(t, meta.vocab, meta.df, { prefix: true, fuzzy: true, forms: this.forms })
              .length,
        ),
      );
      const shortest = [...parsed.terms].sort((a, b) => a.length - b.length)[0];
      const rest = parsed.terms
        .filter((t) => (unknown.size ? !unknown.has(t) : t !== shortest))
        .join(' ');
      if (rest) out.push({ label: `Search for “${rest}”`, q: rest });
    }
    return out.slice(0, 4);
  }
}

/** The k best candidates by score (ties: lower index) in a bounded heap: O(n log k), no full sort. */
class TopK {
  private readonly d: number[] = [];
  private readonly pre: number[] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }
  /** True when a is worse than b (lower score, or same score and higher index). */
  private worse(a: number, b: number): boolean {
    const pa = this.pre[a] as number;
    const pb = this.pre[b] as number;
    return pa < pb || (pa === pb && (this.d[a] as number) > (this.d[b] as number));
  }
  private swap(a: number, b: number): void {
    [this.d[a], this.d[b]] = [this.d[b] as number, this.d[a] as number];
    [this.pre[a], this.pre[b]] = [this.pre[b] as number, this.pre[a] as number];
  }
  push(d: number, pre: number): void {
    if (this.k <= 0) return;
    if (this.d.length < this.k) {
      this.d.push(d);
      this.pre.push(pre);
      for (let i = this.d.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const root = this.pre[0] as number;
    if (pre < root || (pre === root && d > (this.d[0] as number))) return;
    this.d[0] = d;
    this.pre[0] = pre;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.d.length && this.worse(l, m)) m = l;
      if (r < this.d.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
  sorted(): Array<{ d: number; pre: number }> {
    return this.d
      .map((d, i) => ({ d, pre: this.pre[i] as number }))
      .sort((a, b) => b.pre - a.pre || a.d - b.d);
  }
}

/** The query as one folded, lower-case string, for exact name matches. */
function exactKeyOf(parsed: ParsedQuery): string {
  return foldForSearch(parsed.text.replace(/"/g, '')).toLowerCase().trim();
}

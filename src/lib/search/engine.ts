/**
 * The search engine that runs in the Web Worker (and in tests and the benchmark with another
 * loader). Its parts are in engine/: the index store loads index files lazily through `load(name)`,
 * `meta` (vocabulary, shard and postings layout, filter labels) on the first query. A search then:
 *
 * 1. finds the vocabulary terms each query word stands for (exact, another form, prefix, typos) and
 *    their posting lists → candidate records (all words matched; failing that, the most words);
 * 2. checks quoted phrases in the candidates' own text when they sit in few shards;
 * 3. applies the filters (`facets`, loaded when needed or after the first results), counts, and keeps
 *    the best candidates of each type by idf score and length (top-k);
 * 4. hands those to Fuse, loading only the shards that hold them; Fuse ranks them with the same
 *    options as a plain Fuse over everything;
 * 5. orders them by a final score that mixes Fuse's score, the record type and popularity, with
 *    highlights from the vocabulary terms the query matched, and suggestions when little matched.
 */
import { combineCandidates } from './candidates.ts';
import {
  DOC_TYPES,
  type DocType,
  type FacetsFile,
  type FuseRecord,
  type SearchDoc,
  type SearchMeta,
} from './index-format.ts';
import { parseQuery, type ParsedQuery } from './normalize.ts';
import type { SearchFilters } from './state.ts';
import {
  countFacets,
  filterPredicate,
  resolveFilters,
  type FacetCounts,
  type ResolvedFilters,
} from './engine/facets.ts';
import { IndexStore, withinBudget, type Loader } from './engine/index-store.ts';
import { exactKeyOf, finalScore, fuseRank } from './engine/ranking.ts';
import { rankedIds, toHit, type Group, type SearchResponse } from './engine/response.ts';
import { suggest } from './engine/suggestions.ts';
import { expandQuery, postingsToLoad, type QueryTerms } from './engine/terms.ts';
import { TopK } from './engine/top-k.ts';

export type { DocType, FacetCounts, Loader, SearchResponse };
export type { Group, Hit } from './engine/response.ts';
export type { Suggestion } from './engine/suggestions.ts';
export { withinBudget };

export interface EngineOptions {
  /** Candidates of each type handed to Fuse (claims are most of the corpus, so they get more). */
  rankLimit?: Partial<Record<DocType, number>>;
  /** Hits returned per group. */
  hitsPerGroup?: Partial<Record<DocType, number>>;
}

export interface SearchOptions {
  /** New shards the answer may wait for; past it the answer says `complete: false`. */
  shardBudget?: number;
  /** New postings files the answer may wait for (exact matches first, then prefixes, then edits). */
  postingBudget?: number;
}

/** A quoted phrase is checked in every candidate when they sit in at most this many shards (~24 KB each). */
const PHRASE_CHECK_SHARDS = 48;
const DEFAULT_RANK: Record<DocType, number> = { event: 40, actor: 40, report: 10, claim: 80 };
/** Hits returned per group unless EngineOptions say otherwise. */
export const DEFAULT_HITS_PER_GROUP: Record<DocType, number> = {
  event: 10,
  actor: 10,
  report: 5,
  claim: 40,
};

const now = () => performance.now();

/** Candidate records and their scores (same order), ascending by record. */
interface Candidates {
  docs: Int32Array;
  scores: Float64Array;
}

export class SearchEngine {
  /** The index files, loaded lazily. */
  readonly store: IndexStore;
  private readonly rankLimit: Record<DocType, number>;
  private readonly hitsPerGroup: Record<DocType, number>;

  constructor(load: Loader, options: EngineOptions = {}) {
    this.store = new IndexStore(load);
    this.rankLimit = { ...DEFAULT_RANK, ...options.rankLimit };
    this.hitsPerGroup = { ...DEFAULT_HITS_PER_GROUP, ...options.hitsPerGroup };
  }

  /** Loads meta.json (once). */
  init(): Promise<SearchMeta> {
    return this.store.init();
  }

  /** Loads facets.json (once); the engine works without it until filters are used. */
  loadFacets(): Promise<FacetsFile> {
    return this.store.loadFacets();
  }

  get facetsLoaded(): boolean {
    return this.store.facets !== undefined;
  }

  /** Files loaded so far. */
  get loads(): number {
    return this.store.loads;
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
    options: SearchOptions = {},
  ): Promise<SearchResponse> {
    const meta = await this.store.init();
    const parsed = parseQuery(query);
    if (!parsed.terms.length && !parsed.phrases.length) return emptyResponse(parsed.text);
    const t0 = now();
    const loadsBefore = this.store.loads;
    const f = resolveFilters(meta, filters);

    // 1. Query words → vocabulary terms → posting lists → candidates.
    const terms = expandQuery(meta, this.store.forms, parsed);
    const t1 = now();
    const found = await this.candidates(terms, f, options.postingBudget);
    // 2. Quoted phrases, read in the candidates' own text where they sit in few shards.
    const phrases = await this.checkPhrases(parsed, found.set, options.shardBudget);
    const t2 = now();

    // 3. Filters, live counts, and the best candidates of each type.
    const pass = filterPredicate(meta, this.store.facets, f);
    const facets = this.store.facets
      ? countFacets(meta, this.store.facets, phrases.cand.docs, pass)
      : undefined;
    const { counts, best } = this.bestOfEachType(phrases.cand, f.active ? pass : undefined);

    // 4. Fuse ranks them (entities first: few records, few shards).
    const t3 = now();
    const chosen = [...best.values()].flat().map((c) => c.d);
    const shards = await this.loadShardsOf(chosen, options.shardBudget);
    const t4 = now();
    const records = chosen.map((d) => this.store.records[d]).filter((r): r is FuseRecord => !!r);
    const fuseScores = fuseRank(parsed, this.store.docs, this.store.keys, records);
    const t5 = now();

    // 5. Final order, hits and suggestions.
    const groups = this.groups(parsed, terms, best, counts, fuseScores, phrases.checked);
    const total = groups.reduce((n, g) => n + g.count, 0);
    return {
      query: parsed.text,
      groups,
      total,
      ranked: rankedIds(groups),
      ...(facets ? { facets } : {}),
      partial: found.set.partial,
      ...(phrases.checked ? {} : { atMost: true }),
      complete: found.complete && shards.complete && phrases.complete,
      suggestions:
        total === 0 || found.set.partial
          ? suggest(meta, this.store.forms, parsed, f.active, total)
          : [],
      ignoredFilters: f.ignored,
      timings: {
        expand: t1 - t0,
        postings: t2 - t1,
        shards: t4 - t3,
        fuse: t5 - t4,
        total: now() - t0,
        loaded: this.store.loads - loadsBefore,
      },
    };
  }

  /** Loads the postings the query needs (and facets.json when filtering) and combines them. */
  private async candidates(terms: QueryTerms, f: ResolvedFilters, budget = Infinity) {
    const { picked, complete } = postingsToLoad(this.store, terms.expansions, budget);
    await Promise.all([
      ...[...picked].map((b) => this.store.loadBucket(b)),
      ...(f.active ? [this.store.loadFacets()] : []),
    ]);
    const set = combineCandidates(
      terms.expansions,
      (vi) => this.store.postings(vi),
      this.store.meta.docCount,
    );
    return { set, complete };
  }

  /**
   * Quoted phrases: the postings only say that a record has the phrase's words. When the candidates
   * sit in few shards, their own text is read and those without the phrase are dropped, so results,
   * counts and filter counts are exact (`checked`). Otherwise only the ranked ones are checked (in
   * `groups`) and the counts are upper bounds (`atMost`).
   */
  private async checkPhrases(parsed: ParsedQuery, set: Candidates, shardBudget = Infinity) {
    if (parsed.phrases.length === 0) return { cand: set, checked: true, complete: true };
    const shards = new Set(Array.from(set.docs, (d) => this.store.shardOf(d)));
    if (shards.size > PHRASE_CHECK_SHARDS) return { cand: set, checked: false, complete: true };
    const { picked, complete } = withinBudget(
      shards,
      (sh) => this.store.shardLoaded(sh),
      shardBudget,
    );
    if (!complete) return { cand: set, checked: false, complete: false };
    await Promise.all([...picked].map((sh) => this.store.loadShard(sh)));
    const keep = Array.from(set.docs, (d) => this.store.hasPhrases(d, parsed.phrases));
    const cand = {
      docs: set.docs.filter((_, j) => keep[j]),
      scores: set.scores.filter((_, j) => keep[j]),
    };
    return { cand, checked: true, complete: true };
  }

  /** Per type: how many candidates pass the filters, and the best few by idf score over length. */
  private bestOfEachType(cand: Candidates, pass: ((d: number) => boolean) | undefined) {
    const lengths = this.store.meta.lengths;
    const counts = new Map<DocType, number>();
    const heaps = new Map<DocType, TopK>();
    for (let j = 0; j < cand.docs.length; j++) {
      const d = cand.docs[j] as number;
      if (pass && !pass(d)) continue;
      const type = this.store.typeOfDoc(d);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      let heap = heaps.get(type);
      if (!heap) heaps.set(type, (heap = new TopK(this.rankLimit[type])));
      const len = (lengths.charCodeAt(d) || 49) - 48;
      heap.push(d, (cand.scores[j] as number) / (1 + 0.08 * len));
    }
    const best = new Map<DocType, Array<{ d: number; pre: number }>>();
    for (const type of ['event', 'actor', 'report', 'claim'] as const) {
      const top = heaps.get(type)?.sorted();
      if (top) best.set(type, top);
    }
    return { counts, best };
  }

  /** Loads the shards of `docs`, in the order of the candidates they hold, within the budget. */
  private async loadShardsOf(docs: number[], budget = Infinity) {
    const { picked, complete } = withinBudget(
      docs.map((d) => this.store.shardOf(d)),
      (sh) => this.store.shardLoaded(sh),
      budget,
    );
    await Promise.all([...picked].map((sh) => this.store.loadShard(sh)));
    return { complete };
  }

  /** Groups in display order: Fuse's score where Fuse matched, the rest after it by candidate score. */
  private groups(
    parsed: ParsedQuery,
    terms: QueryTerms,
    best: Map<DocType, Array<{ d: number; pre: number }>>,
    counts: Map<DocType, number>,
    fuseScores: Map<number, number>,
    phrasesChecked: boolean,
  ): Group[] {
    const { docs, meta } = this.store;
    const exactKey = exactKeyOf(parsed);
    const groups: Group[] = [];
    for (const [type, top] of best) {
      // Phrases not checked before: a ranked record without the phrase is dropped and uncounted.
      const loaded = top.filter((c) => docs[c.d] !== undefined);
      const kept = phrasesChecked
        ? loaded
        : loaded.filter((c) => this.store.hasPhrases(c.d, parsed.phrases));
      if (kept.length < loaded.length)
        counts.set(type, (counts.get(type) ?? 0) - (loaded.length - kept.length));
      const ranked = kept
        .map((c, rank) => {
          const fs = fuseScores.get(c.d);
          // Candidates Fuse did not accept rank after every Fuse match, in candidate order.
          const base = fs === undefined ? 1 + rank / 1e4 : fs;
          return { d: c.d, score: finalScore(type, docs[c.d] as SearchDoc, base, exactKey) };
        })
        .sort((a, b) => a.score - b.score || a.d - b.d);
      const hits = ranked
        .slice(0, this.hitsPerGroup[type])
        .map((r) => toHit(meta, type, docs[r.d] as SearchDoc, r.score, terms.matchedVocab, parsed));
      if (hits.length || counts.get(type))
        groups.push({ type, count: counts.get(type) ?? 0, hits });
    }
    return groups.sort(
      (a, b) =>
        (a.hits[0]?.score ?? 1) - (b.hits[0]?.score ?? 1) ||
        DOC_TYPES.indexOf(a.type) - DOC_TYPES.indexOf(b.type),
    );
  }
}

function emptyResponse(query: string): SearchResponse {
  return {
    query,
    groups: [],
    total: 0,
    ranked: [],
    partial: false,
    suggestions: [],
    ignoredFilters: [],
  };
}

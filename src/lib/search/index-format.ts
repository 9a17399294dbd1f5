/**
 * The shape of the search index files under /search/index/ and the Fuse options both the build and
 * the browser use. Kept in one small module so the worker, the build and the benchmark agree.
 */
import Fuse, { type Expression, type FuseIndex, type IFuseOptions } from 'fuse.js';
import { foldForSearch } from './normalize.ts';

/** Kinds of search record, in the order they are numbered in the index. */
export const DOC_TYPES = ['event', 'actor', 'report', 'claim'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** One searchable record as shipped in a shard. Text is data: the browser only ever sets it as text. */
export interface SearchDoc {
  /** The record's id (claim, event, actor or report id). */
  id: string;
  /** Index into DOC_TYPES. */
  t: number;
  /** Event title, actor name, report title. */
  title?: string;
  /** Aliases: event terms, actor aliases/acronyms/native names/metonyms, report authors and publisher. */
  alt?: string[];
  /** Claim text, report abstract. */
  text?: string;
  /** Events and reports: the years they cover ("2014", "1995"), searchable. */
  y?: string;
  /** Line shown under the result: event date and kind, actor kind and description, report byline. */
  sub?: string;
  /** Claims: index of the report in SearchMeta.reports. */
  r?: number;
  /** Claims: section path, joined with " › ". */
  s?: string;
  /** Claims: index into SearchMeta.kinds. */
  k?: number;
  /** Popularity, a tie-breaker: claims attesting an event, claims naming an actor. */
  p?: number;
}

export interface ReportInfo {
  id: string;
  /** Short label, "Hayton 2015". */
  label: string;
  title: string;
  /** Country code of the outlet. */
  origin: string;
  year: number;
}

/** /search/index/meta.json: what the engine loads first. */
export interface SearchMeta {
  /** Digest of the index; appended to every other file's URL so caches never mix builds. */
  version: string;
  /** Contiguous ranges of doc indexes per type, in DOC_TYPES order. */
  types: Array<{ type: DocType; start: number; count: number }>;
  docCount: number;
  /** Start doc index of each shard file `shard-<n>.json` (shard n covers [shards[n], shards[n+1])). */
  shards: number[];
  /** Every token of the corpus, sorted (code-unit order). */
  vocab: string[];
  /** Document frequency of each vocab term. */
  df: number[];
  /** First vocab index of each postings file `post-<n>.json`. */
  buckets: number[];
  /** Per doc, a length class: a character whose code − 48 is round(sqrt(tokens)) (capped). */
  lengths: string;
  reports: ReportInfo[];
  /** Actors for the filter, by index: id and display name. */
  actors: Array<{ id: string; name: string }>;
  /** Words that name the same state ("china", "chinese", "sino"), each group sorted; see synonyms.ts. */
  synonyms: string[][];
  kinds: string[];
  origins: string[];
}

/** /search/index/post-<n>.json: posting lists of vocab[start …], doc indexes delta-encoded. */
export interface PostingsFile {
  start: number;
  lists: number[][];
}

/** /search/index/facets.json: filter values per doc, columnar. */
export interface FacetsFile {
  /** Report indexes per doc. */
  r: number[][];
  /** Actor indexes per doc. */
  a: number[][];
  /** First and last year per doc, or null where a year does not apply (actors). */
  y: Array<[number, number] | null>;
  /** Claim kind index per doc, -1 for other records. */
  k: number[];
}

/** /search/index/shard-<n>.json: records and their Fuse index (record `i` relative to `start`). */
export interface ShardFile {
  start: number;
  docs: SearchDoc[];
  index: FuseIndexJson;
}

/** A serialised Fuse index (`FuseIndex.toJSON()`), one record of it, and what `Fuse.parseIndex` takes. */
export type FuseIndexJson = ReturnType<FuseIndex<SearchDoc>['toJSON']>;
export type FuseRecord = FuseIndexJson['records'][number];
export type FuseIndexInput = Parameters<typeof Fuse.parseIndex<SearchDoc>>[0];

/** Searchable fields and their weights (Fuse normalises weights to sum to 1). */
export const FUSE_KEYS = [
  { name: 'title', weight: 2 },
  { name: 'alt', weight: 1.5 },
  { name: 'text', weight: 1 },
  { name: 'y', weight: 0.5 },
];

/**
 * The Fuse query for a parsed query: every word or phrase must match, each in any field (Fuse's
 * logical `$and` of extended-search patterns), so "normalisation 1995" finds an event whose alias
 * says one and whose date the other.
 */
export function fuseQuery(words: readonly string[]): Expression | null {
  return words.length ? { $and: [...words] as unknown as Expression[] } : null;
}

/** Fuse reads every field through this: diacritics folded, so the index holds folded text. */
export function foldingGetFn(obj: SearchDoc, path: string | string[]): string | string[] {
  const v = Fuse.config.getFn(obj, path) as unknown;
  if (Array.isArray(v)) return v.map((x) => foldForSearch(String(x)));
  return typeof v === 'string' ? foldForSearch(v) : (v as string);
}

/** The Fuse options of both the narrowed engine and the plain-Fuse baseline. */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS,
  ignoreLocation: true,
  threshold: 0.34,
  useExtendedSearch: true,
  includeScore: true,
  getFn: foldingGetFn,
};

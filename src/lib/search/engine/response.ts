/**
 * What a search answers: groups of hits per record type, in rank order, with the text to show and
 * its highlights. Text from reports stays data: the page sets it as text, highlights as ranges.
 */
import { midSentence } from '../../domain/labels.ts';
import type { DocType, SearchDoc, SearchMeta } from '../index-format.ts';
import { excerpt, highlightRanges } from '../highlight.ts';
import type { ParsedQuery } from '../normalize.ts';
import { claimKindLabel, type FacetCounts } from './facets.ts';
import type { Suggestion } from './suggestions.ts';

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

/** The page of a record. */
export const recordHref = (type: DocType, id: string): string => `/${type}s/${id}/`;

/**
 * The hit for record `doc`: a claim's text (an excerpt around the highlights) under its report,
 * section and kind; an entity's title, and the alias that matched when the title did not.
 * `matched` are the vocabulary terms the query matched.
 */
export function toHit(
  meta: SearchMeta,
  type: DocType,
  doc: SearchDoc,
  score: number,
  matched: ReadonlySet<string>,
  parsed: ParsedQuery,
): Hit {
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
    const kind = meta.kinds[doc.k ?? -1];
    sub = [r?.label, doc.s, kind && midSentence(claimKindLabel(kind))].filter(Boolean).join(' · ');
  }
  return { type, id: doc.id, text, ranges, sub, score, href: recordHref(type, doc.id) };
}

/** Hits of every group in one rank order (best first), as type and id. */
export function rankedIds(groups: readonly Group[]): Array<{ type: DocType; id: string }> {
  return groups
    .flatMap((g) => g.hits)
    .sort((a, b) => a.score - b.score)
    .map((h) => ({ type: h.type, id: h.id }));
}

/**
 * Ranking: Fuse scores the chosen records with the same options as a plain Fuse over everything,
 * then a final score weighs the record type, an exact name match and popularity.
 */
import Fuse from 'fuse.js';
import {
  FUSE_OPTIONS,
  fuseQuery,
  type DocType,
  type FuseIndexInput,
  type FuseRecord,
  type SearchDoc,
} from '../index-format.ts';
import { foldForSearch, type ParsedQuery } from '../normalize.ts';

/** Record types are weighted: a name or title that matches beats a sentence that mentions it. */
const TYPE_FACTOR: Record<DocType, number> = { event: 0.35, actor: 0.35, report: 0.4, claim: 1 };

/**
 * Fuse's score (0 best) of each of `records` that matches the query, by doc index. `docs` holds the
 * records by doc index (only those of `records` are read); `keys` are the index's keys.
 */
export function fuseRank(
  parsed: ParsedQuery,
  docs: readonly SearchDoc[],
  keys: FuseIndexInput['keys'] | undefined,
  records: FuseRecord[],
): Map<number, number> {
  const out = new Map<number, number>();
  const query = fuseQuery(parsed.words);
  if (!records.length || !query) return out;
  const index = Fuse.parseIndex<SearchDoc>({ keys: keys ?? [], records });
  const fuse = new Fuse(docs, FUSE_OPTIONS, index);
  for (const r of fuse.search(query)) out.set(r.refIndex, r.score ?? 1);
  return out;
}

/** The query as one folded, lower-case string, for exact name matches. */
export function exactKeyOf(parsed: ParsedQuery): string {
  return foldForSearch(parsed.text.replace(/"/g, '')).toLowerCase().trim();
}

/**
 * Lower is better: Fuse's score (or the fallback), times a factor per record type, a tenth when
 * the whole query is exactly a name, title or alias ("CPV", "Hanoi"), divided by a little for
 * popularity (claims attesting an event, claims naming an actor).
 */
export function finalScore(type: DocType, doc: SearchDoc, base: number, exactKey: string): number {
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

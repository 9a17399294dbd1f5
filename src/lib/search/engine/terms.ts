/**
 * Step 1 of a search: the vocabulary terms each query word stands for (see candidates.ts), the terms
 * to highlight, and the postings files to load for them.
 */
import { expandTerm, idf, lowerBound, PREFIX_QUALITY, type Expansion } from '../candidates.ts';
import type { SearchMeta } from '../index-format.ts';
import type { ParsedQuery } from '../normalize.ts';
import { withinBudget, type IndexStore } from './index-store.ts';

export type WeightedExpansion = Expansion & { idf: number };

export interface QueryTerms {
  /** Per query word (terms, then the words of quoted phrases), the vocabulary terms it matched. */
  expansions: WeightedExpansion[][];
  /** Vocabulary terms to highlight. */
  matchedVocab: Set<string>;
}

export function expandQuery(
  meta: SearchMeta,
  forms: (term: string) => readonly number[],
  parsed: ParsedQuery,
): QueryTerms {
  const n = meta.docCount;
  const expansions: WeightedExpansion[][] = [];
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
        forms,
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

/**
 * Postings files to load: with a budget, the files of the best expansions first (exact matches
 * before prefixes before edits); expansions whose file is left out wait for the complete answer.
 * Every word's best expansion is always loaded, so a word never drops out of the AND.
 */
export function postingsToLoad(
  store: IndexStore,
  expansions: readonly WeightedExpansion[][],
  budget: number,
): { picked: Set<number>; complete: boolean } {
  const df = store.meta.df;
  const always = new Set<number>();
  for (const list of expansions) {
    const top = [...list].sort(
      (a, b) => b.quality - a.quality || (df[b.vi] ?? 0) - (df[a.vi] ?? 0),
    )[0];
    if (top) always.add(store.bucketOf(top.vi));
  }
  const byQuality = expansions
    .flatMap((list) => list)
    .sort((a, b) => b.quality - a.quality || a.vi - b.vi);
  return withinBudget(
    byQuality.map((e) => store.bucketOf(e.vi)),
    (b) => store.bucketLoaded(b),
    budget,
    always,
  );
}

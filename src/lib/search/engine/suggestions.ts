/**
 * Help when nothing (or only part of the query) matches: search without the filters, a spelling
 * from the vocabulary ("Did you mean …"), the words without quotes, fewer words.
 */
import { expandTerm, maxEdits } from '../candidates.ts';
import { typoDistance } from '../edit-distance.ts';
import type { SearchMeta } from '../index-format.ts';
import type { ParsedQuery } from '../normalize.ts';

export interface Suggestion {
  /** What to show ("Did you mean …", "Remove the filters"). */
  label: string;
  /** The query to run. */
  q: string;
  /** Run it without filters. */
  clearFilters?: boolean;
}

/**
 * At most four suggestions for a query that found `total` records (none, or only records matching
 * some of its words). `forms` gives a word's other forms in the vocabulary (see IndexStore).
 */
export function suggest(
  meta: SearchMeta,
  forms: (term: string) => readonly number[],
  parsed: ParsedQuery,
  filtering: boolean,
  total: number,
): Suggestion[] {
  const out: Suggestion[] = [];
  if (total === 0 && filtering)
    out.push({ label: 'Search without the filters', q: parsed.text, clearFilters: true });
  // Spelling: replace each term by the most frequent vocabulary term within the edits of a typo.
  let changed = false;
  const fixed = parsed.terms.map((t) => {
    if (t.length < 3) return t;
    const exact = expandTerm(t, meta.vocab, meta.df, { prefix: false, fuzzy: false, forms });
    if (exact.length) return t;
    const best = spelling(meta, t);
    if (best === undefined) return t;
    changed = true;
    return best;
  });
  if (changed) out.push({ label: `Did you mean “${fixed.join(' ')}”?`, q: fixed.join(' ') });
  if (parsed.phrases.length)
    out.push({ label: 'Search the words without quotes', q: parsed.text.replace(/"/g, '') });
  if (parsed.terms.length > 1) {
    // Without the words the corpus does not have (else without the shortest word).
    const unknown = new Set(
      parsed.terms.filter(
        (t) => !expandTerm(t, meta.vocab, meta.df, { prefix: true, fuzzy: true, forms }).length,
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

/**
 * The most frequent vocabulary term within as many edits as a typo is allowed (1 up to 7 letters,
 * then 2; a swap of adjacent letters is one): further away is another word ("script" is not a
 * misspelling of "soviet").
 */
function spelling(meta: SearchMeta, t: string): string | undefined {
  const k = maxEdits(t);
  if (k === 0) return undefined;
  let best: string | undefined;
  let bestDf = 0;
  for (let i = 0; i < meta.vocab.length; i++) {
    const v = meta.vocab[i] as string;
    if (Math.abs(v.length - t.length) > k) continue;
    const df = meta.df[i] ?? 0;
    if (df > bestDf && typoDistance(t, v, k) <= k) {
      best = v;
      bestDf = df;
    }
  }
  return best;
}

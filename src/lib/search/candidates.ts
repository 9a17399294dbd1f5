/**
 * The candidate filter: before Fuse ranks anything, each query term is matched against the sorted
 * vocabulary of the corpus (exactly, as a prefix, or within a few typing slips), and the posting
 * lists of the matching vocabulary terms say which records can match at all. Fuse then ranks only
 * the best of those, instead of scanning every record.
 */
import { typoDistance } from './edit-distance.ts';
import { isHanToken } from './normalize.ts';

/** How a vocabulary term matched a query term, and how much that match is worth (0–1). */
export interface Expansion {
  /** Index into the vocabulary. */
  vi: number;
  /** 1 exact, 0.9 another form of the word, 0.75 prefix, 0.55 one edit, 0.4 two edits (a swap of adjacent letters is one). */
  quality: number;
}

export interface ExpandOptions {
  /** Match as a prefix too (a word still being typed, or any term of 3+ characters). */
  prefix: boolean;
  /** Allow edits (off for quoted phrases). */
  fuzzy: boolean;
  /** Cap on prefix expansions, most frequent kept. */
  maxPrefix?: number;
  /** Other forms of the term in the vocabulary ("visited" → "visits"); see inflection.ts. */
  forms?: (term: string) => readonly number[];
}

/** First index in the sorted `vocab` whose term is ≥ `term` (code-unit order). */
export function lowerBound(vocab: readonly string[], term: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocab[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edits allowed for a term of this length: none below 4 characters, one up to 7, then two. */
export function maxEdits(term: string): number {
  if (isHanToken(term)) return 0;
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

/** The quality of a prefix match ("normal" → "normalisation"); an exact match is 1, a typo less. */
export const PREFIX_QUALITY = 0.75;
/** The quality of another form of the same word ("visited" → "visits"): nearly as good as exact. */
export const FORM_QUALITY = 0.9;

/** The vocabulary terms a query term stands for (see Expansion). */
export function expandTerm(
  term: string,
  vocab: readonly string[],
  df: readonly number[],
  options: ExpandOptions,
): Expansion[] {
  const out = new Map<number, number>();
  const at = lowerBound(vocab, term);
  if (vocab[at] === term) out.set(at, 1);
  for (const i of options.forms?.(term) ?? []) out.set(i, FORM_QUALITY);
  // Near spellings (below) only for a word the corpus has neither as typed nor in another form:
  // "Trong" is a name here, and its neighbours one edit away ("wrong", "prong", "Trung") are noise.
  const asTyped = out.size > 0;
  if (options.prefix && !isHanToken(term) && term.length >= 2) {
    const found: number[] = [];
    for (let i = vocab[at] === term ? at + 1 : at; i < vocab.length; i++) {
      const v = vocab[i] as string;
      if (!v.startsWith(term)) break;
      found.push(i);
    }
    const cap = options.maxPrefix ?? 64;
    if (found.length > cap) found.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0));
    for (const i of found.slice(0, cap)) if (!out.has(i)) out.set(i, PREFIX_QUALITY);
  }
  const k = options.fuzzy && !asTyped ? maxEdits(term) : 0;
  if (k > 0) {
    const len = term.length;
    for (let i = 0; i < vocab.length; i++) {
      const v = vocab[i] as string;
      if (Math.abs(v.length - len) > k || out.has(i)) continue;
      if (k === 1 && !mayBeOneEdit(term, v)) continue;
      const d = typoDistance(term, v, k);
      if (d > 0 && d <= k) out.set(i, d === 1 ? 0.55 : 0.4);
    }
  }
  return [...out].map(([vi, quality]) => ({ vi, quality })).sort((a, b) => a.vi - b.vi);
}

/**
 * A cheap necessary condition for `a` and `b` to be one edit apart (see edit-distance.ts), by the
 * kind of edit. An edit after the first letter leaves the first letters equal (a[0] = b[0]). At the
 * first letter: a substitution leaves the second letters equal (a[1] = b[1]); an extra letter in
 * front of `a`, or the first two letters swapped, puts `a`'s second letter first in `b`
 * (a[1] = b[0]); a first letter missing from `a` ("ietnam" for "vietnam") puts `a`'s first letter
 * second in `b` (a[0] = b[1]).
 */
export function mayBeOneEdit(a: string, b: string): boolean {
  return a[0] === b[0] || a[1] === b[1] || b[0] === a[1] || a[0] === b[1];
}

/** Inverse document frequency of a term found in `df` of `n` records. */
export function idf(df: number, n: number): number {
  return Math.log(1 + n / Math.max(1, df));
}

let buffers: { total: Float64Array; matched: Uint8Array; best: Float64Array } | undefined;
/** Zeroed work arrays for `n` records, reused across queries (allocating them each time costs GC). */
function scratch(n: number) {
  if (!buffers || buffers.total.length !== n)
    buffers = { total: new Float64Array(n), matched: new Uint8Array(n), best: new Float64Array(n) };
  return buffers;
}

export interface CandidateSet {
  /** Candidate record indexes, ascending. */
  docs: Int32Array;
  /** Score of each candidate (same order): sum over terms of the best quality × idf. */
  scores: Float64Array;
  /** True when no record matched every term and the candidates match only some of them. */
  partial: boolean;
}

/**
 * Combines per-term matches into candidates. `terms[t]` lists, for query term t, the matching
 * vocabulary terms with their quality, and `postings(vi)` gives a vocabulary term's record indexes.
 * Records matching every term are the candidates; when there are none, those matching the most terms.
 */
export function combineCandidates(
  terms: ReadonlyArray<ReadonlyArray<Expansion & { idf: number }>>,
  postings: (vi: number) => ArrayLike<number>,
  docCount: number,
): CandidateSet {
  const { total, matched, best } = scratch(docCount);
  const touched: number[] = [];
  const any: number[] = [];
  for (const expansions of terms) {
    for (const e of expansions) {
      const list = postings(e.vi);
      const w = e.quality * e.idf;
      for (let j = 0; j < list.length; j++) {
        const d = list[j] as number;
        const prev = best[d] as number;
        if (prev === 0) touched.push(d);
        if (w > prev) best[d] = w;
      }
    }
    for (const d of touched) {
      if (matched[d] === 0) any.push(d);
      total[d] = (total[d] as number) + (best[d] as number);
      matched[d] = (matched[d] as number) + 1;
      best[d] = 0;
    }
    touched.length = 0;
  }
  // Scan by record index (no sort needed): those matching every term, else the most terms.
  let need = terms.length;
  let partial = false;
  let docs: number[] = [];
  if (any.length) {
    let most = 0;
    for (const d of any) if ((matched[d] as number) > most) most = matched[d] as number;
    if (most < need && need > 1) {
      need = most;
      partial = true;
    }
    for (let d = 0; d < docCount; d++) if (matched[d] === need) docs.push(d);
  }
  const scores = Float64Array.from(docs, (d) => total[d] as number);
  // Leave the scratch arrays zeroed for the next query.
  for (const d of any) {
    total[d] = 0;
    matched[d] = 0;
  }
  return {
    docs: Int32Array.from(docs),
    scores,
    partial,
  };
}

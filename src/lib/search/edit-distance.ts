/**
 * How many typing slips apart two words are: the optimal string alignment distance (restricted
 * Damerau–Levenshtein), where an insertion, a deletion, a substitution or two adjacent letters
 * swapped each count as one edit. Levenshtein counts a swap as two, so "hanio" would be as far from
 * "hanoi" as from "hanks".
 */
import { distance } from 'fastest-levenshtein';

/** The optimal string alignment distance between `a` and `b` (UTF-16 code units). */
export function osaDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const n = b.length;
  // Three rows of the dynamic programme: two back (for swaps), previous, current.
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, (before[j - 2] as number) + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n] as number;
}

/**
 * The OSA distance of `a` and `b` when it is at most `max`, otherwise some number above `max`.
 * Fast for the many words that are far apart: Levenshtein (bit-parallel, `fastest-levenshtein`)
 * counts a swap as two edits and everything else as OSA does, so it is at most twice the OSA
 * distance, and words more than 2 × max Levenshtein edits apart cannot be within `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const lev = distance(a, b);
  if (lev <= 1 || lev > 2 * max) return lev;
  return osaDistance(a, b);
}

/**
 * Other forms of the same English word, so "visited" finds "visits" and "agency" finds "agencies".
 *
 * The Porter stemmer (the `stemmer` package) groups the vocabulary; inside a group only words that
 * differ by an inflection count as the same word. Porter alone also joins derivations a researcher
 * keeps apart ("international" and "internal" → "intern", "community" and "communism" → "commun");
 * the ending check drops those. Two words are forms of one another when, after their longest common
 * beginning, what is left of each is one of INFLECTIONS, or a doubled last consonant before -ed/-ing
 * ("commit" / "committed").
 *
 * Only lower-case Latin words of three letters or more take part (tokens are already folded), so
 * names in Chinese characters, numbers and short words like "us" match only as typed.
 */
import { stemmer } from 'stemmer';

/** What may be left after the common beginning: plural, 3rd person, past, participle, y → ies/ied. */
const INFLECTIONS = new Set(['', 'e', 's', 'es', 'ed', 'd', 'ing', 'y', 'ies', 'ied']);
const WORD = /^[a-z]{3,}$/;

/** Whether a token takes part in inflection matching at all. */
export const inflects = (token: string): boolean => WORD.test(token);

function restIsInflection(rest: string, before: string): boolean {
  if (INFLECTIONS.has(rest)) return true;
  // A doubled consonant: "commit" + "ted", "stop" + "ping".
  return rest.length >= 3 && rest[0] === before && /^[b-df-hj-np-tv-z](ed|ing)$/.test(rest);
}

/** True when `a` and `b` are the same word in different inflections (or the same word). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (!inflects(a) || !inflects(b) || stemmer(a) !== stemmer(b)) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const before = a[p - 1] ?? '';
  return restIsInflection(a.slice(p), before) && restIsInflection(b.slice(p), before);
}

/** The vocabulary grouped by stem, to find a term's other forms without scanning every word. */
export class InflectionIndex {
  private readonly byStem = new Map<string, number[]>();
  private readonly vocab: readonly string[];

  constructor(vocab: readonly string[]) {
    this.vocab = vocab;
    vocab.forEach((v, i) => {
      if (!inflects(v)) return;
      const stem = stemmer(v);
      const list = this.byStem.get(stem);
      if (list) list.push(i);
      else this.byStem.set(stem, [i]);
    });
  }

  /** Indexes of the vocabulary words that are other forms of `term` (never `term` itself). */
  forms(term: string): number[] {
    if (!inflects(term)) return [];
    return (this.byStem.get(stemmer(term)) ?? []).filter((i) => {
      const v = this.vocab[i] as string;
      return v !== term && sameWord(term, v);
    });
  }
}

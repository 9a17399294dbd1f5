/**
 * A state's one-word names and its demonyms are one search word: "anti-Chinese protests" finds
 * "Anti-China protests in Hanoi", "Vietnamese navy" finds "Vietnam's navy". The groups come from the
 * gazetteer (content/actors/*.yaml: `name`, `aliases` and `demonyms` of every actor that has
 * demonyms) at build time and travel in meta.json; the engine treats a group's other words like other
 * forms of the query word (see candidates.ts).
 *
 * Only forms of a single token take part ("China", "Chinese", "Sino"; "America", "American"), so a
 * multi-word name ("United States") is never required as a whole. Acronyms and metonyms stay out:
 * "US" is also the word "us" once lower-cased, and "Beijing" is a city as well as a government.
 */
import { codeUnitOrder } from '../domain/order.ts';
import { tokenSpans } from './normalize.ts';

/** The groups, each sorted, of the words in `vocab` that name the same state; groups of one dropped. */
export function synonymGroups(
  actors: ReadonlyArray<{ name: string; aliases: readonly string[]; demonyms: readonly string[] }>,
  vocab: ReadonlySet<string>,
): string[][] {
  const groups: string[][] = [];
  for (const a of actors) {
    if (!a.demonyms.length) continue;
    const words = new Set<string>();
    for (const form of [a.name, ...a.aliases, ...a.demonyms]) {
      const toks = tokenSpans(form);
      const only = toks.length === 1 ? toks[0]?.token : undefined;
      if (only !== undefined && vocab.has(only)) words.add(only);
    }
    if (words.size > 1) groups.push([...words].sort());
  }
  return groups.sort((x, y) => codeUnitOrder(x[0] ?? '', y[0] ?? ''));
}

/** Word → vocabulary indexes of the other words of its group(s). */
export function synonymIndex(
  vocab: readonly string[],
  groups: readonly string[][],
): Map<string, number[]> {
  const at = new Map(vocab.map((v, i) => [v, i]));
  const out = new Map<string, number[]>();
  for (const group of groups)
    for (const word of group) {
      const others = group
        .filter((w) => w !== word)
        .flatMap((w) => (at.has(w) ? [at.get(w) as number] : []));
      out.set(word, [...new Set([...(out.get(word) ?? []), ...others])]);
    }
  return out;
}

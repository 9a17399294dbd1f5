/** Walking the tries over a text: every form that ends at some position is a candidate match. */
import { isSpace, isWord, type Entry, type TrieNode } from './gazetteer.ts';

export interface Candidate {
  entry: Entry;
  start: number;
  end: number;
  /** A demonym with a plural "s" ("Americans"): a noun, so it names the state on its own. */
  plural?: boolean;
}

/** Walks a trie from position `i` of `text`, collecting every form that ends somewhere. */
export function walk(root: TrieNode, text: string, i: number, out: Candidate[]): void {
  if (!root.next.has(text[i] as string)) return;
  const startOk = !isWord(text[i - 1]);
  let node: TrieNode | undefined = root;
  let j = i;
  while (node && j < text.length) {
    const ch = text[j] as string;
    if (isSpace(ch)) {
      node = node.next.get(' ');
      while (j < text.length && isSpace(text[j])) j++;
    } else {
      node = node.next.get(ch);
      j++;
    }
    if (!node) return;
    for (const entry of node.entries) {
      // "Americans": a demonym's plural is a noun.
      if (entry.cls === 'demonym' && startOk && text[j] === 's' && !isWord(text[j + 1]))
        out.push({ entry, start: i, end: j + 1, plural: true });
      if (entry.boundary) {
        if (!startOk) continue;
        if (!entry.openEnd && isWord(text[j])) continue;
      }
      // "US$18 million", "$US billions": an acronym touching a dollar sign is a currency code.
      if (entry.cls === 'acronym' && (text[j] === '$' || text[i - 1] === '$')) continue;
      out.push({ entry, start: i, end: j });
    }
  }
}

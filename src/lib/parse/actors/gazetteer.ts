/**
 * Compiling the gazetteer: every actor's forms (names, aliases, metonyms, acronyms, Chinese names,
 * short names, demonyms) go into two character tries, one case-folded and one case-kept, over their
 * diacritic-folded spelling. The rules the forms follow are in the comment of `../actors.ts`.
 */
import type { Actor } from '../../schemas/actor.ts';
import { fold } from '../fold.ts';

export type FormClass = 'name' | 'acronym' | 'metonym' | 'zh' | 'short' | 'demonym';

export interface Entry {
  actorId: string;
  cls: FormClass;
  /** Whole-word boundaries are required at the start and end. */
  boundary: boolean;
  /** The form ends in a non-word character ("U.S."), so the end boundary is implicit. */
  openEnd: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

/** A compiled gazetteer: build once with `compileGazetteer`, share across reports. */
export interface Gazetteer {
  /** Actors by id. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** Trie of lower-cased folded names, aliases and metonyms. */
  readonly insensitive: TrieNode;
  /** Trie of folded acronyms, short names, demonyms and Chinese names (case kept). */
  readonly sensitive: TrieNode;
  /** Number of distinct forms compiled. */
  readonly forms: number;
}

const WORD = /[\p{L}\p{N}]/u;
export const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** Normalises whitespace in a form so that one trie edge " " stands for any whitespace run. */
export function normaliseForm(form: string): string {
  return form.trim().replace(/\s+/gu, ' ');
}

function insert(root: TrieNode, key: string, entry: Entry): boolean {
  let node = root;
  // UTF-16 units, as the walk reads them (astral CJK characters become two edges).
  for (let i = 0; i < key.length; i++) {
    const ch = key[i] as string;
    let child = node.next.get(ch);
    if (!child) {
      child = newNode();
      node.next.set(ch, child);
    }
    node = child;
  }
  if (node.entries.some((e) => e.actorId === entry.actorId && e.cls === entry.cls)) return false;
  node.entries.push(entry);
  return true;
}

/** The forms an actor is matched by, grouped by class (before folding). */
export function actorForms(actor: Actor): Record<FormClass, string[]> {
  return {
    name: [actor.name, ...actor.aliases, ...(actor.native.vi ? [actor.native.vi] : [])],
    metonym: actor.metonyms,
    acronym: actor.acronyms,
    zh: actor.native.zh ? [actor.native.zh] : [],
    short: actor.shortNames,
    demonym: actor.demonyms,
  };
}

/** Compiles the gazetteer's forms into tries. Call once per build. */
export function compileGazetteer(actors: Actor[]): Gazetteer {
  const insensitive = newNode();
  const sensitive = newNode();
  let forms = 0;
  for (const actor of actors) {
    const f = actorForms(actor);
    for (const cls of Object.keys(f) as FormClass[]) {
      for (const raw of f[cls]) {
        const form = normaliseForm(raw);
        if (!form) continue;
        const caseFolded = cls === 'name' || cls === 'metonym';
        const key = fold(form, { lower: caseFolded });
        const entry: Entry = {
          actorId: actor.id,
          cls,
          boundary: cls !== 'zh',
          openEnd: !isWord(key[key.length - 1]),
        };
        if (insert(caseFolded ? insensitive : sensitive, key, entry)) forms++;
      }
    }
  }
  return { actors: new Map(actors.map((a) => [a.id, a])), insensitive, sensitive, forms };
}

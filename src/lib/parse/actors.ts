/**
 * Actor matching against the curated gazetteer (content/actors/*.yaml).
 *
 * Rules (the README's "Actor matching" section explains them to researchers):
 * - Names, aliases and metonyms match whole words, ignoring case and Vietnamese diacritics
 *   ("Nguyen Phu Trong" = "Nguyễn Phú Trọng"; "Hanoi" → vietnam). Whitespace inside a name may be
 *   any run of spaces or line breaks.
 * - Acronyms match whole words and are case-SENSITIVE ("US" but never "us"; "PLA" never inside "PLAN").
 *   A form ending in "." ("U.S.") needs no boundary after it ("U.S.-China", "U.S.Vietnamese").
 * - Chinese names (native.zh) match as exact substrings; spaces between CJK characters are ignored.
 * - Short names (a bare surname or given name, "Trọng", "Xi"; "Party" for the CPV; "Gulf") are
 *   case-sensitive and count only after the actor was named in full (name, alias, acronym or Chinese
 *   name) earlier in the same report; when several actors share a short name, the one named most
 *   recently wins.
 * - Demonyms ("Sino", "Vietnamese", "American") name their state in three uses only:
 *   - as a part of a hyphenated compound whose neighbour is another match ("Sino-Vietnamese",
 *     "US-Vietnamese", "Sino-US-Vietnam");
 *   - before a noun for the people, forces or vessels a state acts through, with at most two
 *     modifiers between ("Chinese forces", "Vietnamese patrol boats", "American officials", "Chinese
 *     naval vessels"; `AGENT_NOUNS`), also when another demonym is coordinated with it ("Chinese and
 *     South Vietnamese warships") — not after a hyphen ("anti-Chinese protesters") nor before one
 *     ("Chinese-built ships");
 *   - as a noun: a plural ("Americans", "Russians") or "the" + demonym followed by punctuation, a
 *     function word or a past-tense verb ("the Vietnamese responded", "by the Chinese.").
 *   Anything else stays an adjective ("Chinese compromise", "Chinese FDI", "anti-Chinese emotion").
 *   The nouns are English, the same for every state, so they live here; which word is whose
 *   demonym is the gazetteer's ("South Vietnamese" belongs to South Vietnam, longest match first).
 * - An acronym touching a dollar sign is a currency, not an actor ("US$18 million", "$US billions").
 * - Possessives need no special form: "China’s" matches "China" because the apostrophe is a boundary.
 * - Overlaps: the longest match wins ("Communist Party of Vietnam" over "Vietnam", "South China Sea"
 *   — a place — over "China", "PLA Navy" over "PLA"); ties go to the earlier one.
 *
 * Compilation builds two character tries (case-folded and case-kept) over the folded forms; matching
 * folds the sentence and walks the tries from each position, so cost grows with text length, not with
 * the number of actors. Measured 2026-11-22 on the 2-core build machine: compiling 310 actors (916
 * forms) takes about 15 ms; matching the 107 KB Hayton report as one string about 40 ms, and all five
 * reports paragraph by paragraph (200 KB) under 100 ms.
 */
import type { Actor } from '../schemas/actor.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { fold, foldDiacritics } from './fold.ts';

type FormClass = 'name' | 'acronym' | 'metonym' | 'zh' | 'short' | 'demonym';

interface Entry {
  actorId: string;
  cls: FormClass;
  /** Whole-word boundaries are required at the start and end. */
  boundary: boolean;
  /** The form ends in a non-word character ("U.S."), so the end boundary is implicit. */
  openEnd: boolean;
}

interface TrieNode {
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

/** One actor mention: offsets are UTF-16 offsets into the text given to `match` (end exclusive). */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** Normalises whitespace in a form so that one trie edge " " stands for any whitespace run. */
function normaliseForm(form: string): string {
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

interface Candidate {
  entry: Entry;
  start: number;
  end: number;
  /** A demonym with a plural "s" ("Americans"): a noun, so it names the state on its own. */
  plural?: boolean;
}

/**
 * Nouns for the people, forces and vessels a state acts through. A demonym before one of them (after
 * at most two modifiers) names the state: "Chinese forces", "Vietnamese fishing boats".
 */
const AGENT_NOUNS = new Set(
  (
    'forces troops soldiers militia militias sailors marines crews crew personnel officers commanders ' +
    'units garrison garrisons ships ship vessels vessel boats boat warships warship frigates corvettes ' +
    'submarines trawlers aircraft jets fighters planes helicopters bombers drones fishermen fishers ' +
    'workers citizens nationals protesters protestors demonstrators rioters officials official leaders ' +
    'leader diplomats diplomat negotiators delegation delegations delegates envoy envoys ambassador ' +
    'counterpart counterparts authorities government side regime administration president premier ' +
    'minister ministers ministry embassy consulate police companies company firms enterprises investors ' +
    'businesses'
  ).split(' '),
);
/** Words that end a noun phrase: a modifier before an agent noun is none of these. */
const PHRASE_BREAK = new Set(
  'the a an of to and or but in on at by for from with as that which who whose than over into'.split(
    ' ',
  ),
);
/** After "the" + demonym, what shows the demonym is a noun ("the Chinese, …", "the Vietnamese responded"). */
const AFTER_NOUN =
  /^(?:\s*(?:[,.;:!?)\]”"’]|$)|\s+(?:and|or|but|had|have|has|were|was|are|is|did|do|would|could|might|also|then|in|on|at|to|of|for|with|from|by|as|against|into|who|which|that|[a-z]+ed)\b)/;
const MODIFIED_NOUN = /^(?:\s+([a-z][a-z-]*)){1,3}/;

/**
 * Whether a demonym candidate is used as a noun or before an agent noun (see the module comment).
 * `ct` is the case-kept folded text.
 */
function demonymNamesState(ct: string, c: Candidate): boolean {
  if (ct[c.start - 1] === '-' || ct[c.end] === '-') return false;
  if (c.plural) return true;
  let after = ct.slice(c.end, c.end + 80);
  // "Chinese and South Vietnamese warships": the noun after the second demonym is the first's too.
  const coordinated = /^\s+(?:and|or)\s+(?:\p{Lu}\p{L}*\s+){1,2}(?=\p{Ll})/u.exec(after);
  if (coordinated) after = after.slice(coordinated[0].length - 1);
  const words = MODIFIED_NOUN.exec(after)?.[0].trim().split(/\s+/) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (PHRASE_BREAK.has(w)) break;
    if (AGENT_NOUNS.has(w)) return true;
  }
  return (
    /(?:^|[^\p{L}\p{N}])the\s+$/iu.test(ct.slice(Math.max(0, c.start - 5), c.start)) &&
    AFTER_NOUN.test(after)
  );
}

/** Walks a trie from position `i` of `text`, collecting every form that ends somewhere. */
function walk(root: TrieNode, text: string, i: number, out: Candidate[]): void {
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

/**
 * A matcher for one report. Feed it the report's sentences in document order: it remembers which
 * full names it has seen, for the short-name rule.
 */
/** A web address in a claim ("http://english.chinamil.com.cn/news-channels/china-military-news/…"). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s)\]>"”]+/gi;

export function createReportMatcher(g: Gazetteer): { match(text: string): ActorMention[] } {
  /** Actor id → sequence number of the last full-name mention (for short-name resolution). */
  const seen = new Map<string, number>();
  let counter = 0;

  return {
    match(text: string): ActorMention[] {
      const lowerFolded = foldDiacritics(text, { lower: true });
      const caseFolded = foldDiacritics(text);
      const lt = lowerFolded.text;
      const ct = caseFolded.text;
      const candidates: Candidate[] = [];
      for (let i = 0; i < lt.length; i++) {
        walk(g.insensitive, lt, i, candidates);
        walk(g.sensitive, ct, i, candidates);
      }

      // Demonyms survive inside a hyphenated compound with another match, before an agent noun or
      // as nouns.
      const starts = new Set(candidates.map((c) => c.start));
      const ends = new Set(candidates.map((c) => c.end));
      const kept = candidates.filter(
        (c) =>
          c.entry.cls !== 'demonym' ||
          (!c.plural &&
            ((ct[c.end] === '-' && starts.has(c.end + 1)) ||
              (ct[c.start - 1] === '-' && ends.has(c.start - 1)))) ||
          demonymNamesState(ct, c),
      );

      // Longest first, then earliest; take those that overlap nothing already taken.
      kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const chosen: Candidate[] = [];
      const taken = new Uint8Array(lt.length);
      // Words inside a web address name no actor: they are taken before any candidate is chosen.
      for (const m of ct.matchAll(WEB_ADDRESS)) taken.fill(1, m.index, m.index + m[0].length);
      const shortSpans = new Set<string>();
      for (const c of kept) {
        // Several actors may share a short name at the same span: keep them all for now.
        const span = `${c.start}:${c.end}`;
        if (c.entry.cls === 'short' && shortSpans.has(span)) {
          chosen.push(c);
          continue;
        }
        let free = true;
        for (let k = c.start; k < c.end; k++) {
          if (taken[k]) {
            free = false;
            break;
          }
        }
        if (!free) continue;
        chosen.push(c);
        if (c.entry.cls === 'short') shortSpans.add(span);
        for (let k = c.start; k < c.end; k++) taken[k] = 1;
      }
      chosen.sort((a, b) => a.start - b.start || a.end - b.end);

      const out: ActorMention[] = [];
      for (let idx = 0; idx < chosen.length; idx++) {
        const c = chosen[idx] as Candidate;
        let actorId = c.entry.actorId;
        if (c.entry.cls === 'short') {
          // Gather every actor sharing this short name at this span; pick the most recently seen.
          const group = [c];
          while (idx + 1 < chosen.length) {
            const n = chosen[idx + 1] as Candidate;
            if (n.start !== c.start || n.end !== c.end || n.entry.cls !== 'short') break;
            group.push(n);
            idx++;
          }
          let best: string | undefined;
          let bestSeen = -1;
          for (const m of group) {
            const s = seen.get(m.entry.actorId);
            if (s !== undefined && s > bestSeen) {
              best = m.entry.actorId;
              bestSeen = s;
            }
          }
          if (best === undefined) continue;
          actorId = best;
        } else if (c.entry.cls === 'name' || c.entry.cls === 'zh' || c.entry.cls === 'acronym') {
          seen.set(actorId, ++counter);
        }
        const start = caseFolded.starts[c.start] as number;
        const end = caseFolded.ends[c.end - 1] as number;
        out.push({ actorId, start, end, text: text.slice(start, end) });
      }
      return out;
    },
  };
}

/**
 * Problems in a gazetteer as a whole, each naming the file, the actor and the field: duplicate ids,
 * one form claimed by two actors, and affiliation/roles[].of pointing at unknown actor ids.
 */
export function gazetteerProblems(actors: Actor[], fileOf: (id: string) => string): ContentError[] {
  const problems: ContentError[] = [];
  const ids = new Map<string, number>();
  actors.forEach((a, i) => {
    const prev = ids.get(a.id);
    if (prev !== undefined) {
      problems.push(
        new ContentError(
          fileOf(a.id),
          `actor "${a.id}".id`,
          `duplicate actor id "${a.id}" (entries #${prev + 1} and #${i + 1} of the gazetteer); expected each id once`,
        ),
      );
    } else ids.set(a.id, i);
  });

  // A form may belong to one actor only (short names excepted: they are resolved by recency).
  const owners = new Map<string, { id: string; field: string }>();
  for (const a of actors) {
    const fields: Array<[string, string[], boolean]> = [
      ['name', [a.name], true],
      ['aliases', a.aliases, true],
      ['metonyms', a.metonyms, true],
      ['native.vi', a.native.vi ? [a.native.vi] : [], true],
      ['acronyms', a.acronyms, false],
      ['native.zh', a.native.zh ? [a.native.zh] : [], false],
      ['demonyms', a.demonyms, false],
    ];
    for (const [field, forms, caseFolded] of fields) {
      forms.forEach((form, k) => {
        const group = field === 'demonyms' ? 'd' : caseFolded ? 'n' : 'a';
        const key = `${group}:${fold(normaliseForm(form), { lower: caseFolded })}`;
        const where =
          forms.length > 1 ||
          field === 'aliases' ||
          field === 'metonyms' ||
          field === 'acronyms' ||
          field === 'demonyms'
            ? `${field}[${k}]`
            : field;
        const owner = owners.get(key);
        if (owner && owner.id !== a.id) {
          problems.push(
            new ContentError(
              fileOf(a.id),
              `actor "${a.id}".${where}`,
              `"${form}" is also claimed by actor "${owner.id}" (${fileOf(owner.id)}, ${owner.field}); expected each name to belong to one actor`,
            ),
          );
        } else if (!owner) owners.set(key, { id: a.id, field: where });
      });
    }
  }

  // An acronym spelled exactly like another actor's name would match the same span twice.
  const nameOwners = new Map<string, string>();
  for (const a of actors) {
    for (const form of [a.name, ...a.aliases, ...a.metonyms])
      nameOwners.set(fold(normaliseForm(form)), a.id);
  }
  for (const a of actors) {
    a.acronyms.forEach((form, k) => {
      const owner = nameOwners.get(fold(normaliseForm(form)));
      if (owner !== undefined && owner !== a.id) {
        problems.push(
          new ContentError(
            fileOf(a.id),
            `actor "${a.id}".acronyms[${k}]`,
            `"${form}" is also a name of actor "${owner}" (${fileOf(owner)}); expected each name to belong to one actor`,
          ),
        );
      }
    });
  }

  for (const a of actors) {
    if (a.affiliation !== undefined && !ids.has(a.affiliation)) {
      problems.push(
        new ContentError(
          fileOf(a.id),
          `actor "${a.id}".affiliation`,
          `unknown actor id "${a.affiliation}"; expected the id of an actor in content/actors/`,
        ),
      );
    }
    if (a.affiliation === a.id) {
      problems.push(
        new ContentError(
          fileOf(a.id),
          `actor "${a.id}".affiliation`,
          'an actor cannot be affiliated with itself',
        ),
      );
    }
    a.roles.forEach((r, k) => {
      if (r.of !== undefined && !ids.has(r.of)) {
        problems.push(
          new ContentError(
            fileOf(a.id),
            `actor "${a.id}".roles[${k}].of`,
            `unknown actor id "${r.of}"; expected the id of an actor in content/actors/`,
          ),
        );
      }
      if (r.from && r.to && r.to < r.from) {
        problems.push(
          new ContentError(
            fileOf(a.id),
            `actor "${a.id}".roles[${k}].to`,
            `role ends (${r.to}) before it starts (${r.from})`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Throws ContentErrors listing every problem `gazetteerProblems` finds; returns quietly otherwise. */
export function validateGazetteer(actors: Actor[], fileOf: (id: string) => string): void {
  const problems = gazetteerProblems(actors, fileOf);
  if (problems.length) throw new ContentErrors(problems);
}

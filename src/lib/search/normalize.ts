/**
 * Text normalisation for search, shared by the build-time index and the browser engine so both see
 * the same tokens.
 *
 * - `foldForSearch` removes diacritics (NFKD, marks dropped, đ → d), unifies apostrophes and dashes
 *   and closes up spaced-out Chinese, keeping case: Fuse lower-cases by itself, and keeping case
 *   means an English sentence folds to itself, which keeps the shipped index small.
 * - `tokenSpans` finds the searchable tokens of a text with their offsets in the ORIGINAL text:
 *   words of letters and digits, lower-cased and folded; dotted acronyms as one token ("U.S." → "us");
 *   every Chinese character on its own ("中共中央" → 中, 共, 中, 央); and a hyphenated compound also as
 *   one joined token ("HD-981" → "hd", "981", "hd981"). Single Latin letters are not tokens.
 * - `parseQuery` splits what a person typed into terms, quoted phrases and the words handed to Fuse.
 *   Function words ("of", "to", "the") narrow nothing: "Xi Jinping visit to Hanoi" needs no "to".
 */
import { fold, foldDiacritics } from '../parse/fold.ts';

/** Longest query we act on; anything longer is cut (the input's maxlength says the same). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms of a query narrow the candidates; the rest are ignored. */
export const MAX_TERMS = 12;

/**
 * English function words. In a query with other words they are not required of a result, and
 * results mark them only beside another marked word (highlight.ts).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in into is it its of on or that the this to was were with'.split(
    ' ',
  ),
);

/** Folds diacritics, apostrophes, dashes and spaced-out Chinese, keeping case. */
export function foldForSearch(s: string): string {
  return fold(s);
}

export interface TokenSpan {
  /** The normalised token (lower case, folded). */
  token: string;
  /** Offset of the token's first character in the original text (UTF-16, inclusive). */
  start: number;
  /** Offset just after its last character in the original text (exclusive). */
  end: number;
  /** Set on the joined form of a hyphenated compound ("hd981"), which overlaps its parts. */
  joined?: true;
}

const HAN = /\p{Script=Han}/u;
// Han characters one by one; dotted acronyms ("U.S.", "U.S.A"); runs of other letters and digits.
const TOKEN_RE =
  /(\p{Script=Han})|((?:(?!\p{Script=Han})\p{L}\.){2,}(?:(?!\p{Script=Han})\p{L}(?![\p{L}\p{N}]))?)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** The tokens of `text` with their offsets in `text` itself (see the module doc). */
export function tokenSpans(text: string): TokenSpan[] {
  const folded = foldDiacritics(text, { lower: true });
  const f = folded.text;
  const spans: TokenSpan[] = [];
  // Folded offsets of the previous word token, to join hyphenated compounds.
  let chain: Array<{ token: string; fs: number; fe: number }> = [];
  const flushChain = () => {
    if (chain.length > 1) {
      const first = chain[0];
      const last = chain[chain.length - 1];
      if (first && last)
        spans.push({
          token: chain.map((c) => c.token).join(''),
          start: folded.starts[first.fs] ?? 0,
          end: folded.ends[last.fe - 1] ?? text.length,
          joined: true,
        });
    }
    chain = [];
  };
  for (const m of f.matchAll(TOKEN_RE)) {
    const fs = m.index;
    const fe = fs + m[0].length;
    const isHan = m[1] !== undefined;
    const token = m[2] !== undefined ? m[2].replace(/\./g, '') : m[0];
    if (isHan || m[2] !== undefined) flushChain();
    if (!isHan && token.length < 2 && !/\p{N}/u.test(token)) {
      flushChain();
      continue;
    }
    if (!isHan && m[3] !== undefined) {
      const prev = chain[chain.length - 1];
      if (prev && !(fs === prev.fe + 1 && f[prev.fe] === '-')) flushChain();
      chain.push({ token, fs, fe });
    }
    spans.push({
      token,
      start: folded.starts[fs] ?? 0,
      end: folded.ends[fe - 1] ?? text.length,
    });
  }
  flushChain();
  return spans;
}

/** The distinct tokens of `text`. */
export function tokens(text: string): string[] {
  return [...new Set(tokenSpans(text).map((s) => s.token))];
}

/** True for a token made of one Chinese character. */
export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

export interface ParsedQuery {
  /** The query as used: trimmed, cut to MAX_QUERY_LENGTH, whitespace collapsed. */
  text: string;
  /** Tokens outside quotes; the last one may be a word still being typed. */
  terms: string[];
  /**
   * Function words of the query left out of `terms` and `words` because it has other words (a last
   * word still being typed stays in `terms`: "Gulf of To" may become "Tonkin").
   */
  optional: string[];
  /** Quoted phrases, each as its tokens (matched exactly, in order). */
  phrases: string[][];
  /** Phrases as folded text, for exact substring checks. */
  phraseTexts: string[];
  /** True when the query ends inside a word (no trailing space): its last term is matched as a prefix. */
  open: boolean;
  /**
   * Patterns for Fuse's extended search, one per word (fuzzy) or phrase (`'"…"`, exact), operators
   * neutralised; all must match, each in any field.
   */
  words: string[];
}

/** Parses a query (see ParsedQuery). Never throws; an empty or symbol-only query has no terms. */
export function parseQuery(raw: string): ParsedQuery {
  const cut = String(raw ?? '').slice(0, MAX_QUERY_LENGTH);
  const text = cut.replace(/\s+/g, ' ').trim();
  const folded = foldForSearch(text).replace(/[“”„‟″]/g, '"');
  const phrases: string[][] = [];
  const phraseTexts: string[] = [];
  const fuseParts: string[] = [];
  // Quoted phrases first; an unbalanced quote is treated as an ordinary character.
  const rest = folded.replace(/"([^"]+)"/g, (_, inner: string) => {
    const toks = tokenSpans(inner.replace(/-/g, ' ')).map((s) => s.token);
    const phraseText = inner.trim().replace(/"/g, '');
    if (toks.length) {
      phrases.push(toks);
      phraseTexts.push(phraseText.toLowerCase());
      fuseParts.push(`'"${phraseText}"`);
    }
    return ' ';
  });
  const words: Array<{ toks: string[]; fuse: string }> = [];
  for (const word of rest.split(' ')) {
    // Fuse's extended-search operators (= ' ! ^ $ |) and stray quotes are stripped from the edges.
    const clean = word.replace(/^[='!^"|]+/, '').replace(/[$"|]+$/, '');
    // "HD-981" narrows by its parts ("hd", "981"), so "HD 981" in a text matches too.
    const toks = tokenSpans(clean.replace(/-/g, ' ')).map((s) => s.token);
    if (toks.length) words.push({ toks, fuse: clean.replace(/["|]/g, '') });
  }
  const endsInWord = text !== '' && !/[\s"]$/.test(cut) && !/"$/.test(text);
  // Function words may be left out when something else narrows (another word, or a phrase); the
  // last token of a word still being typed never is.
  const hasOther =
    phrases.length > 0 || words.some((w) => w.toks.some((t) => !FUNCTION_WORDS.has(t)));
  const mayDrop = (t: string) => hasOther && FUNCTION_WORDS.has(t);
  const typing = endsInWord ? words.at(-1) : undefined;
  const keep = (w: (typeof words)[number], j: number) =>
    !mayDrop(w.toks[j] as string) || (w === typing && j === w.toks.length - 1);
  const kept = words.filter((w) => w.toks.some((_, j) => keep(w, j)));
  const uniqueTerms = [...new Set(words.flatMap((w) => w.toks.filter((_, j) => keep(w, j))))].slice(
    0,
    MAX_TERMS,
  );
  const optional = [...new Set(words.flatMap((w) => w.toks.filter((_, j) => !keep(w, j))))].filter(
    (t) => !uniqueTerms.includes(t),
  );
  return {
    text,
    terms: uniqueTerms,
    optional,
    phrases: phrases.slice(0, MAX_TERMS),
    phraseTexts: phraseTexts.slice(0, MAX_TERMS),
    open: endsInWord && uniqueTerms.length > 0,
    words: [...new Set([...fuseParts, ...kept.map((w) => w.fuse)])].slice(0, MAX_TERMS),
  };
}

/**
 * Highlighting: which parts of a result's text matched, as ranges with INCLUSIVE ends (Fuse's
 * convention), and the DOM that shows them. The DOM is built from text nodes and <mark> elements;
 * no HTML string is ever parsed, so text from the reports cannot inject markup.
 */
import { FUNCTION_WORDS, tokenSpans, type TokenSpan } from './normalize.ts';

/** [start, end], both inclusive, in UTF-16 code units. */
export type Range = readonly [number, number];

/**
 * Sorts ranges, drops empty or reversed ones, clamps them into [0, length − 1] and merges ranges that
 * overlap or touch. Non-integer or non-finite values are dropped.
 */
export function normaliseRanges(ranges: readonly Range[], length: number): Array<[number, number]> {
  if (length <= 0) return [];
  const clean = ranges
    .filter(
      ([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s <= e && e >= 0 && s < length,
    )
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(length - 1, e)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of clean) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Ranges of `text` to highlight: every token whose normalised form is one of `matched` (the
 * vocabulary terms the query matched, so a typo highlights the word it found), and every
 * occurrence of a quoted phrase (folded, case-insensitive). A function word ("of", "to") is marked
 * only next to another marked word ("Gulf of Tonkin", "party-to-party"), unless the query matched
 * nothing else.
 */
export function highlightRanges(
  text: string,
  matched: ReadonlySet<string>,
  phrases: readonly string[][] = [],
): Array<[number, number]> {
  const spans = tokenSpans(text);
  const ranges: Range[] = [];
  // The words of the text in order, without the joined form of a hyphenated compound ("hd981").
  const words = spans.filter((s) => !s.joined);
  const onlyFunctionWords = [...matched].every((t) => FUNCTION_WORDS.has(t));
  const content = (i: number) => {
    const w = words[i];
    return w !== undefined && matched.has(w.token) && !FUNCTION_WORDS.has(w.token);
  };
  words.forEach((s, i) => {
    if (!matched.has(s.token)) return;
    if (FUNCTION_WORDS.has(s.token) && !onlyFunctionWords && !content(i - 1) && !content(i + 1))
      return;
    ranges.push([s.start, s.end - 1]);
  });
  // A compound matched as a whole ("hd981" in "HD-981").
  for (const s of spans) if (s.joined && matched.has(s.token)) ranges.push([s.start, s.end - 1]);
  for (const phrase of phrases) ranges.push(...phraseRanges(spans, phrase));
  return normaliseRanges(ranges, text.length);
}

/** Where a phrase occurs among `spans`: consecutive tokens equal to the phrase's tokens. */
function phraseRanges(spans: readonly TokenSpan[], phrase: readonly string[]): Range[] {
  const out: Range[] = [];
  if (!phrase.length) return out;
  for (let i = 0; i + phrase.length <= spans.length; i++) {
    if (phrase.every((p, j) => spans[i + j]?.token === p)) {
      const a = spans[i];
      const b = spans[i + phrase.length - 1];
      if (a && b) out.push([a.start, b.end - 1]);
    }
  }
  return out;
}

/** True when `text` holds the phrase (its tokens in a row), as a quoted query asks. */
export function hasPhrase(text: string, phrase: readonly string[]): boolean {
  return phraseRanges(tokenSpans(text), phrase).length > 0;
}

/**
 * Appends `text` to `parent` as text nodes, wrapping each range in a <mark>. `doc` is the document
 * to create nodes in (the page's, or a test's).
 */
export function appendHighlighted(
  doc: Document,
  parent: Node,
  text: string,
  ranges: readonly Range[],
): void {
  let at = 0;
  for (const [s, e] of normaliseRanges(ranges, text.length)) {
    if (s > at) parent.appendChild(doc.createTextNode(text.slice(at, s)));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(s, e + 1);
    parent.appendChild(mark);
    at = e + 1;
  }
  if (at < text.length) parent.appendChild(doc.createTextNode(text.slice(at)));
}

/**
 * A window of a long text around its first highlight, so a result shows the match: at most
 * `max` characters, cut at word boundaries, with "…" where cut. Ranges are shifted to match.
 */
export function excerpt(
  text: string,
  ranges: readonly Range[],
  max = 260,
): { text: string; ranges: Array<[number, number]> } {
  const norm = normaliseRanges(ranges, text.length);
  if (text.length <= max) return { text, ranges: norm };
  const first = norm[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const cut = text.slice(start, end);
  return {
    text: prefix + cut + suffix,
    ranges: normaliseRanges(
      norm
        .filter(([s, e]) => e >= start && s < end)
        .map(([s, e]): [number, number] => [
          Math.max(s, start) + shift,
          Math.min(e, end - 1) + shift,
        ]),
      prefix.length + cut.length,
    ),
  };
}

/**
 * Sentence splitter for report prose. Rules, in order (each one is tested in
 * tests/unit/parse/sentences.test.ts on corpus text):
 *
 * 1. A candidate end is a run of `.`, `?`, `!` or `…`, extended over closing quotes and brackets and
 *    over GFM footnote markers (`[^11]`), followed by whitespace and then an upper-case letter, a digit,
 *    an opening quote or bracket — or by the end of the paragraph.
 * 2. Not an end after an abbreviation that never ends a sentence before a capital ("Mr.", "Dr.",
 *    "Gen.", "Lt.", "Sen.", "St.", "e.g.", "i.e.", "cf.", "vs."), after a single capital initial
 *    ("Adam Y. Soliman"), after "No.", "p.", "pp.", "vol.", "para." or a month abbreviation followed by
 *    a number ("Dec. 16", "p. 10").
 * 3. After dotted acronyms ("U.S.", "U.K.", "P.R.C.") it is an end only when the next word usually
 *    starts a sentence ("The", "This", "But", "In"…): "the U.S. Navy" stays whole.
 * 4. Not an end inside an open quotation that closes later in the same paragraph: a quotation of
 *    several sentences stays in the sentence that introduces it.
 * Decimals, money and versions ("$28.5 billion", "5.4 per cent") never match rule 1 (no space after
 * the point). Footnote markers are removed from the sentence text and returned in `footnotes`,
 * attached to the sentence they follow.
 */

export interface SentenceSpan {
  /** Sentence text: footnote markers removed, whitespace collapsed. */
  text: string;
  /** Offset of the sentence in the input (inclusive). */
  start: number;
  /** Offset of the end of the sentence in the input (exclusive), footnote markers included. */
  end: number;
  /** Labels of the footnote markers inside or right after the sentence. */
  footnotes: string[];
}

const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'mt',
  'ft',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  'approx',
  'dept',
  'fig',
  'rev',
  'hon',
]);
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'vols',
  'para',
  'art',
  'ch',
  'sec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'op',
  'ed',
]);
const SENTENCE_STARTERS = new Set(
  (
    'The This That These Those It Its In On At As But And Yet However Moreover Meanwhile Although Though ' +
    'While When After Before Since Such There Their They We He She Its Many Most Some Both Vietnam China ' +
    'Hanoi Beijing Washington For From Despite During Given If A An Nor Instead Still Indeed Thus Today'
  ).split(' '),
);

const FOOTNOTE = /\[\^([^\]\s]+)\]/y;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Quote bookkeeping for one paragraph, computed once so the splitter stays linear: prefix counts of
 * opening and closing curly quotes and of straight double quotes.
 */
interface QuoteIndex {
  open: Int32Array;
  close: Int32Array;
  straight: Int32Array;
  lastClose: number;
  lastStraight: number;
}

function quoteIndex(text: string): QuoteIndex {
  const n = text.length;
  const open = new Int32Array(n + 1);
  const close = new Int32Array(n + 1);
  const straight = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const c = text[k];
    open[k + 1] = (open[k] ?? 0) + (c === '“' ? 1 : 0);
    close[k + 1] = (close[k] ?? 0) + (c === '”' ? 1 : 0);
    straight[k + 1] = (straight[k] ?? 0) + (c === '"' ? 1 : 0);
  }
  return {
    open,
    close,
    straight,
    lastClose: text.lastIndexOf('”'),
    lastStraight: text.lastIndexOf('"'),
  };
}

/** Whether position `i` (a sentence-final mark) lies inside a quotation that closes later on. */
function insideQuote(q: QuoteIndex, from: number, i: number): boolean {
  const depth = (q.open[i] ?? 0) - (q.open[from] ?? 0) - ((q.close[i] ?? 0) - (q.close[from] ?? 0));
  if (depth > 0) return q.lastClose > i;
  const straight = (q.straight[i] ?? 0) - (q.straight[from] ?? 0);
  if (straight % 2 === 1) return q.lastStraight > i;
  return false;
}

function isBoundary(
  text: string,
  q: QuoteIndex,
  markStart: number,
  afterEnd: number,
  sentenceStart: number,
): boolean {
  const mark = text[markStart];
  const rest = text.slice(afterEnd);
  const next = /^\s+(\S)/.exec(rest);
  if (!next) return rest.trim() === '';
  const nextChar = next[1] ?? '';
  if (!/[\p{Lu}\p{N}“"‘'(\[]/u.test(nextChar) || /^\s+\[\^/.test(rest)) return false;
  if (mark === '.') {
    const word =
      /([\p{L}.]+)$/u.exec(text.slice(Math.max(sentenceStart, markStart - 40), markStart))?.[1] ??
      '';
    const lower = word.toLowerCase();
    const nextWord = /^\s+([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? '';
    if (NEVER_FINAL.has(lower)) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Adam Y. Soliman"
    if (BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(nextWord)) return false;
    if (/^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^(?:\p{Lu}\.){2,}/u.test(`${word}.`)) {
      // Dotted acronym such as "U.S.": an end only before a typical sentence opener.
      if (!SENTENCE_STARTERS.has(nextWord)) return false;
    }
  }
  return !insideQuote(q, sentenceStart, afterEnd);
}

/** Splits one paragraph into sentences with exact offsets; see the rules at the top of the file. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const END = /[.?!…]+/g;
  const q = quoteIndex(paragraph);
  let start = 0;
  for (let m = END.exec(paragraph); m; m = END.exec(paragraph)) {
    let j = m.index + m[0].length;
    // Extend over closing quotes/brackets and footnote markers.
    for (;;) {
      const c = paragraph[j];
      if (c !== undefined && CLOSERS.has(c)) {
        j++;
        continue;
      }
      FOOTNOTE.lastIndex = j;
      const fn = FOOTNOTE.exec(paragraph);
      if (fn) {
        j += fn[0].length;
        continue;
      }
      break;
    }
    if (isBoundary(paragraph, q, m.index, j, start)) {
      pushSpan(spans, paragraph, start, j);
      start = j;
    }
    END.lastIndex = j;
  }
  if (start < paragraph.length) pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], paragraph: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(paragraph[s] ?? '')) s++;
  while (e > s && /\s/.test(paragraph[e - 1] ?? '')) e--;
  if (s >= e) return;
  const raw = paragraph.slice(s, e);
  const footnotes = [...raw.matchAll(/\[\^([^\]\s]+)\]/g)].map((f) => f[1] ?? '');
  const text = raw
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) {
    // Only markers: attach them to the previous sentence.
    spans.at(-1)?.footnotes.push(...footnotes);
    return;
  }
  spans.push({ text, start: s, end: e, footnotes });
}

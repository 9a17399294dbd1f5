/** PDF pages: cover, imprint and contents pages, and the notes and author notes at a page's foot. */
import { NOTES_HEAD, parseNotes } from '../notes.ts';
import type { IngestContext, Line, RemovedKind } from '../types.ts';
import type { Mark } from './marks.ts';

/**
 * PDF pages (between form feeds) that are front matter: an imprint page (copyright, ISBN, "All rights
 * reserved"), a contents page, and a cover page before them (no line of running prose).
 */
export function frontMatterPages(
  ctx: IngestContext,
  lines: readonly Line[],
  mark: Mark[],
  set: (i: number, kind: RemovedKind) => void,
): void {
  const starts = [0, ...lines.flatMap((l, i) => (l.pageStart ? [i] : []))];
  const pageOf = starts.map((s, p) => [s, (starts[p + 1] ?? lines.length) - 1] as const);
  let lastFront = -1;
  for (const [p, [a, b]] of pageOf.entries()) {
    const texts = lines
      .slice(a, b + 1)
      .map((l) => l.text)
      .filter(Boolean);
    if (!texts.length) continue;
    const imprint = texts.some((t) =>
      /©|\bISBN\b|\bISSN\b|All rights reserved|No part of this publication/iu.test(t),
    );
    const contents =
      /^(?:Table of )?Contents$/iu.test(texts[0]!) ||
      (texts.length >= 3 &&
        texts.filter((t) => /(?:\.{3,}|…+|\s)\s*\d{1,3}$/u.test(t)).length >= texts.length * 0.6);
    if (imprint || contents) {
      for (let k = a; k <= b; k++) set(k, contents && !imprint ? 'contents' : 'front-matter');
      lastFront = p;
    }
    if (p > 3) break;
  }
  // the cover: the pages before an imprint or contents page, when they hold no running prose
  for (let p = 0; p < lastFront; p++) {
    const [a, b] = pageOf[p]!;
    if (lines.slice(a, b + 1).every((l) => l.text.length <= 70))
      for (let k = a; k <= b; k++) set(k, 'front-matter');
  }
  // a contents list without its own page: "Contents" followed by lines ending in page numbers
  for (let i = 0; i < lines.length; i++) {
    if (mark[i] !== undefined || !/^(?:Table of )?Contents$/iu.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (
      j < lines.length &&
      (lines[j]!.text === '' || /(?:\.{3,}|…+|\s)\s*\d{1,3}$/u.test(lines[j]!.text))
    )
      j++;
    if (j - i >= 3) for (let k = i; k < j; k++) set(k, 'contents');
  }
  void ctx;
}

/**
 * Note texts at the foot of a PDF page ("7 US Department of State, press briefing, 2 October 2014.",
 * continuation lines included) become note definitions; an author note ("* Jane Doe is a senior fellow…")
 * is removed. A foot is the run of lines just before the page's end (a form feed, page number, running
 * footer or slug); numbered notes in it must be consecutive.
 */
export function pageFootNotes(
  ctx: IngestContext,
  lines: readonly Line[],
  mark: Mark[],
  breakAt: Set<number>,
): void {
  // page ends: the last kept line before a page break or the end of the text
  const ends = new Set<number>();
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !breakAt.has(i) && !lines[i]!.pageStart) continue;
    let e = i - 1;
    while (e >= 0 && (mark[e] !== undefined || lines[e]!.text === '')) e--;
    if (e >= 0) ends.add(e);
  }
  let lastNote = 0;
  for (const e of [...ends].sort((x, y) => x - y)) {
    // walk back over kept lines (no blank line inside the foot except before it)
    const foot: number[] = [];
    for (let k = e; k >= 0 && foot.length < 40; k--) {
      if (lines[k]!.text === '') break;
      if (mark[k] !== undefined) break;
      foot.unshift(k);
    }
    // the longest tail of the foot that reads as consecutive notes or an author note (a notes
    // section under its own heading is read by the notes pass)
    if (foot.some((k) => NOTES_HEAD.test(lines[k]!.text))) continue;
    for (let s = 0; s < foot.length; s++) {
      const run = foot.slice(s);
      const parsed = parseFoot(run.map((k) => lines[k]!.text));
      if (!parsed) continue;
      // numbering runs on from the last page's notes (or starts again at 1)
      if (parsed.notes.length && parsed.notes[0]!.n !== lastNote + 1 && parsed.notes[0]!.n !== 1)
        continue;
      for (const [x, k] of run.entries()) {
        const which = parsed.lineKinds[x]!;
        if (which === 'author') {
          mark[k] = 'author-bio';
        } else mark[k] = 'note';
      }
      for (const note of parsed.notes) {
        ctx.pageNotes.set(note.n, { text: note.text, line: lines[run[note.at]!]!.n });
        lastNote = note.n;
      }
      break;
    }
  }
}

/** Reads a page foot: an author note starting with * or † and/or numbered notes (parseNotes) that take up every line. */
export function parseFoot(
  texts: readonly string[],
): { notes: { n: number; text: string; at: number }[]; lineKinds: ('note' | 'author')[] } | null {
  if (texts.some((t) => NOTES_HEAD.test(t))) return null;
  let authorLines = 0;
  if (/^[*†‡]\s*\p{Lu}/u.test(texts[0] ?? '')) {
    authorLines = 1;
    while (
      authorLines < texts.length &&
      !/^\[?\d{1,3}\]?[.)]?\s+[\p{Lu}"“‘'(]/u.test(texts[authorLines]!)
    )
      authorLines++;
  }
  const lineKinds: ('note' | 'author')[] = texts.map((_, i) =>
    i < authorLines ? 'author' : 'note',
  );
  const rest = texts.slice(authorLines);
  if (!rest.length) return authorLines ? { notes: [], lineKinds } : null;
  if (!/^\[?\d{1,3}\]?[.)]?\s+[\p{Lu}"“‘'(]/u.test(rest[0]!)) return null;
  const parsed = parseNotes(rest);
  if (!parsed.notes.size || parsed.rest.length) return null;
  // every line starting with a number must be a note's start or its wrapped date ("2 October 2014.")
  const notes = [...parsed.notes].map(([n, text]) => ({
    n,
    text,
    at:
      authorLines +
      Math.max(
        0,
        rest.findIndex(
          (t) => t.startsWith(`${n} `) || t.startsWith(`${n}. `) || t.startsWith(`[${n}]`),
        ),
      ),
  }));
  if (notes.some((x) => !/[,.]|\d{4}/u.test(x.text))) return null;
  return { notes, lineKinds };
}

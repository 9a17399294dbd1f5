/**
 * What the ingest decided without being sure, with the raw line numbers, for a person to check after
 * `npm run ingest`: short lines kept as headings, lines starting with a number kept in the body,
 * footnote markers without a note text, caption-like lines kept as paragraphs. Other checks (dated
 * sentences that joined no event, which need the corpus) plug in as hooks.
 */
import { NUMBERED } from './blocks.ts';
import { SECTION_WORD } from './furniture.ts';
import type { Notes } from './notes.ts';
import type { Block, Line, Unsure } from './types.ts';

/** A check run on a finished ingest (its Markdown and frontmatter); returns more things to check. */
export type UnsureHook = (result: {
  markdown: string;
  frontmatter: Record<string, unknown>;
}) => Unsure[];

/** Hooks the CLI runs after the ingest's own checks (e.g. dated sentences that joined no curated event). */
export const unsureHooks: UnsureHook[] = [];

const CAPTION_START =
  /^(?:Figure|Fig\.|Map|Chart|Graph|Table|Photo|Image|Picture|Source|Sources|Credit|Illustration)s?\b/iu;

/** Collects the ingest's own doubts about the body blocks it produced. */
export function collectUnsure(
  body: readonly Block[],
  kept: readonly (Line | null)[],
  notes: Notes,
): Unsure[] {
  const out: Unsure[] = [];
  const markerless: Unsure[] = [];
  const starts = new Map(body.map((b) => [b.line, b]));
  for (const b of body) {
    if (b.kind === 'h') {
      const words = b.text.split(/\s+/u).length;
      if (words <= 2 && !NUMBERED.test(b.text) && !SECTION_WORD.test(b.text))
        out.push({ kind: 'short-heading', line: b.line, text: b.text });
    } else if (b.kind === 'p') {
      const plain = b.text.replace(/\[\^\d+\]/gu, '');
      if (CAPTION_START.test(plain) || (plain.length <= 100 && !/[.?!:;]["”’)]*$/u.test(plain)))
        out.push({ kind: 'caption-like', line: b.line, text: plain });
    }
    if (b.kind !== 'table') {
      const missing = [...b.text.matchAll(/\[\^(\d+)\]/gu)]
        .map((m) => Number(m[1]))
        .filter((n) => !notes.defs.has(n));
      if (missing.length)
        markerless.push({
          kind: 'marker-without-note',
          line: b.line,
          text: missing.map((n) => `[^${n}]`).join(' '),
        });
    }
  }
  // a text with no note texts at all: one entry for all its markers
  if (notes.defs.size === 0 && markerless.length > 1)
    out.push({
      kind: 'marker-without-note',
      line: markerless[0]!.line,
      text: `${
        markerless
          .map((m) => m.text)
          .join(' ')
          .split(' ').length
      } markers (${markerless[0]!.text.split(' ')[0]} …), and the text holds no note texts`,
    });
  else out.push(...markerless);
  // a raw line starting with a number that stayed inside a paragraph (a note, heading or list item?)
  for (const l of kept) {
    if (!l || !/^\d{1,3}[.)]?\s+\p{L}/u.test(l.text)) continue;
    const b = starts.get(l.n);
    if (b && b.kind !== 'p') continue;
    out.push({ kind: 'numbered-line', line: l.n, text: l.text });
  }
  return out.sort((a, b) => a.line - b.line);
}

const LABEL: Record<Unsure['kind'], string> = {
  'short-heading': 'short line kept as a heading',
  'numbered-line': 'numbered line kept in the body',
  'marker-without-note': 'footnote markers without a note text',
  'caption-like': 'caption-like line kept as a paragraph',
  'undated-event': 'dated sentence without a curated event',
};

/** One line per doubt: "file:line: what: text". */
export function formatUnsure(unsure: readonly Unsure[], file: string): string[] {
  return unsure.map(
    (u) =>
      `${file}:${u.line}: ${LABEL[u.kind]}: ${u.text.length > 100 ? `${u.text.slice(0, 99)}…` : u.text}`,
  );
}

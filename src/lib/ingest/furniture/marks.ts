/** The verdicts the furniture pass records line by line, shared by its phases. */
import { escapeRe, type IngestContext, type Line, type RemovedKind } from '../types.ts';

/** A line's verdict: a kind of furniture, kept on purpose, a page-foot note, or not yet decided. */
export type Mark = RemovedKind | 'keep' | 'note' | undefined;

/** The lines being classified and what has been decided about them. */
export interface Marking {
  ctx: IngestContext;
  lines: readonly Line[];
  mark: Mark[];
  /** Lines of page furniture that stand where a page ended (a page break is kept there). */
  breakAt: Set<number>;
  /** Marks a line unless it is blank or already decided. */
  set: (i: number, kind: RemovedKind | 'note') => void;
  /** Not a PDF: a web page, Word or plain text. */
  web: boolean;
  pdf: boolean;
  /** Matches any of the report's authors' names; null without authors. */
  authorRe: RegExp | null;
}

/** A marking with nothing decided yet. */
export function startMarking(ctx: IngestContext): Marking {
  const lines = ctx.lines;
  const mark: Mark[] = lines.map(() => undefined);
  const authors = ctx.meta.authors.map((a) => a.trim()).filter(Boolean);
  return {
    ctx,
    lines,
    mark,
    breakAt: new Set<number>(),
    set: (i, kind) => {
      if (mark[i] === undefined && lines[i]!.text !== '') mark[i] = kind;
    },
    web: ctx.extraction !== 'pdf',
    pdf: ctx.extraction === 'pdf',
    authorRe: authors.length ? new RegExp(`(?:${authors.map(escapeRe).join('|')})`, 'u') : null,
  };
}

/**
 * Ingest: turns one raw text extraction (PDF, web page, Word or HTML export) plus bibliographic metadata
 * into a clean Markdown report with YAML frontmatter. Pure: text in, { markdown, frontmatter, stats,
 * warnings, unsure } out.
 *
 * The pipeline runs named passes, one file each: decode → lines → tables → furniture → notes → blocks
 * (headings, paragraphs, lists) → page-breaks → dedupe → markdown (with the note markers).
 *
 * Reproducibility: `npm run ingest` over content/raw with content/raw/sources.yaml (which also holds the
 * few declarative per-report `hints`) reproduces content/reports byte for byte; a unit test checks it.
 */
import type { Removed } from '../schemas/report.ts';
import type { IngestMeta } from '../schemas/ingest-meta.ts';
import { checkText, decodeEntities, detectExtraction, normaliseText } from './decode.ts';
import { checkMeta } from './meta.ts';
import { groupLines, hasTrailingSpaceStyle, splitLines, vocabularyOf } from './lines.ts';
import { rebuildTablesPass } from './tables.ts';
import { removeFurniture, removeInlineFurniture } from './furniture.ts';
import { markNotes, takeTrailingNotes } from './notes.ts';
import { buildBlocks } from './blocks.ts';
import { bridgePageBreaks, joinAcrossBreaks } from './page-breaks.ts';
import { dedupe } from './dedupe.ts';
import { collectUnsure } from './unsure.ts';
import { frontmatterOf, renderBody, repairAndEscape, toMarkdownFile } from './markdown.ts';
import { collapse, type IngestContext, type RemovedKind, type Unsure } from './types.ts';

export { decodeRaw, checkText } from './decode.ts';
export { checkMeta } from './meta.ts';
export { markFootnotes } from './notes.ts';
export { escapeMarkdownText } from './markdown.ts';
export { formatUnsure, unsureHooks, type UnsureHook } from './unsure.ts';
export { IngestError, type RemovedKind, type Unsure } from './types.ts';
export type { IngestMeta, IngestHints } from '../schemas/ingest-meta.ts';

export interface IngestStats {
  paragraphs: number;
  headings: number;
  listItems: number;
  tables: number;
  footnotes: number;
  footnoteDefinitions: number;
  references: number;
  hyphensRestored: number;
  removed: Partial<Record<RemovedKind, number>>;
}

export interface IngestResult {
  markdown: string;
  frontmatter: Record<string, unknown>;
  stats: IngestStats;
  warnings: string[];
  /** What the ingest decided without being sure, with raw line numbers, for a person to check. */
  unsure: Unsure[];
}

/** Runs the whole ingest on decoded text. */
export function ingest(
  raw: string,
  metaIn: Partial<IngestMeta>,
  fileLabel = metaIn.file ?? 'input',
): IngestResult {
  checkText(raw, fileLabel);
  const meta = checkMeta(metaIn, fileLabel);
  const extraction = meta.extraction ?? detectExtraction(raw.replace(/\r\n?/gu, '\n'));
  const normalised = normaliseText(raw);
  const text =
    extraction === 'html' || extraction === 'docx' ? decodeEntities(normalised) : normalised;
  const removed: Removed[] = [];
  const ctx: IngestContext = {
    meta,
    extraction,
    extractionDetected: meta.extraction === undefined,
    hints: meta.hints ?? {},
    file: fileLabel,
    text,
    lines: splitLines(text),
    vocabulary: vocabularyOf(text),
    removed,
    warnings: [],
    unsure: [],
    pageNotes: new Map(),
    remove: (kind, t, line) => void removed.push({ kind, text: collapse(t), line }),
  };

  rebuildTablesPass(ctx);
  const trailingSpaceStyle = hasTrailingSpaceStyle(ctx.lines);
  const kept = bridgePageBreaks(removeFurniture(ctx));
  const groups = groupLines(kept);
  const notes = takeTrailingNotes(ctx, groups);
  const blocks = buildBlocks(ctx, groups, trailingSpaceStyle);
  joinAcrossBreaks(ctx, blocks);
  removeInlineFurniture(ctx, blocks);
  const body = dedupe(ctx, blocks);
  let hyphensRestored = 0;
  const footnotes = markNotes(ctx, body, notes, (b) => {
    const r = repairAndEscape(b);
    hyphensRestored += r.hyphens;
    return r.text;
  });
  const md = renderBody(body, notes);
  ctx.unsure.push(...collectUnsure(body, kept, notes));
  const frontmatter = frontmatterOf(ctx);

  const removedCounts: Partial<Record<RemovedKind, number>> = {};
  for (const r of removed) removedCounts[r.kind] = (removedCounts[r.kind] ?? 0) + 1;
  const stats: IngestStats = {
    paragraphs: body.filter((b) => b.kind === 'p').length,
    headings: body.filter((b) => b.kind === 'h').length + (notes.references.length ? 1 : 0),
    listItems: body.filter((b) => b.kind === 'li').length,
    tables: body.filter((b) => b.kind === 'table').length,
    footnotes,
    footnoteDefinitions: notes.defs.size,
    references: notes.references.length,
    hyphensRestored,
    removed: removedCounts,
  };
  return {
    markdown: toMarkdownFile(frontmatter, md),
    frontmatter,
    stats,
    warnings: ctx.warnings,
    unsure: ctx.unsure,
  };
}

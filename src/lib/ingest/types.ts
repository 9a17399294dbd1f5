/** Shared types of the ingest passes: the state one raw report carries through the pipeline. */
import type { Removed } from '../schemas/report.ts';
import type { Extraction, IngestHints, IngestMeta } from '../schemas/ingest-meta.ts';

export type RemovedKind = Removed['kind'];

/** One line of the raw text. */
export interface Line {
  /** 1-based line number in the raw file. */
  n: number;
  raw: string;
  /** Trimmed, whitespace collapsed. */
  text: string;
  /** The line starts a new page (a form feed before it). */
  pageStart?: boolean;
}

/** A run of non-blank lines with the number of blank lines around it. */
export interface Group {
  lines: Line[];
  blanksBefore: number;
  blanksAfter: number;
}

/** One block of the Markdown body. */
export interface Block {
  kind: 'p' | 'h' | 'li' | 'table';
  level?: number;
  /** Number of an ordered list item. */
  ordinal?: number;
  text: string;
  /** Raw line the block starts at. */
  line: number;
}

/** Something the ingest decided without being sure, for a person to check (printed by the CLI). */
export interface Unsure {
  kind:
    'short-heading' | 'numbered-line' | 'marker-without-note' | 'caption-like' | 'undated-event';
  /** 1-based raw line. */
  line: number;
  text: string;
}

/** State of one report through the passes. */
export interface IngestContext {
  meta: IngestMeta;
  /** The kind of text: from the metadata, or worked out from the text. */
  extraction: Extraction;
  /** Whether `extraction` was worked out from the text. */
  extractionDetected: boolean;
  hints: IngestHints;
  file: string;
  /** Normalised text (LF line ends, NFC). */
  text: string;
  lines: Line[];
  vocabulary: ReadonlySet<string>;
  removed: Removed[];
  warnings: string[];
  unsure: Unsure[];
  remove: (kind: RemovedKind, text: string, line: number) => void;
  /** Note texts found at page foots (number → text), before any notes section is read. */
  pageNotes: Map<number, { text: string; line: number }>;
}

/** Error for input ingest refuses; the message names the file and what was expected. */
export class IngestError extends Error {
  override name = 'IngestError';
}

export function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Lower-cased text without quotes and note markers, for comparing passages. */
export function norm(s: string): string {
  return collapse(s)
    .toLowerCase()
    .replace(/[“”"‘’'`]/gu, '')
    .replace(/\s*\[\^?\d+\]/gu, '');
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

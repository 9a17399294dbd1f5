/**
 * Ingest: turns one raw text extraction (PDF or web page) plus bibliographic metadata into a clean
 * Markdown report with YAML frontmatter. Pure: text in, { markdown, frontmatter, stats, warnings } out.
 *
 * Pipeline: validate → classify lines (chrome, page numbers, captions, hint drops) → blocks →
 * paragraphs / headings / list items (rejoining wrapped lines, line-break hyphens) → trailing
 * bibliography and bracketed notes → pull-quote and duplicate removal → text repairs (CJK spacing,
 * lost hyphens) → footnote markers → Markdown.
 *
 * Reproducibility: `npm run ingest` over content/raw with content/raw/sources.yaml (which also holds the
 * small declarative per-report `hints`) reproduces content/reports byte for byte; a unit test checks it.
 */
import { Document, Scalar } from 'yaml';
import { reportSchema, type Removed } from '../schemas/report.ts';
import { isoDateProblem } from '../schemas/iso-date.ts';
import {
  collapseCjkSpacing,
  endsSentence,
  joinHyphenated,
  restoreLostHyphens,
  vocabularyOf,
} from './text.ts';

export type RemovedKind = Removed['kind'];

/** Declarative per-report decisions no heuristic can make safely. */
export interface IngestHints {
  /** Lines (trimmed, whitespace collapsed) containing `match` are removed as `kind`. */
  drop?: { kind: RemovedKind; match: string; lines?: number }[];
  /** A heading line starting with this text is joined with the next heading line. */
  join?: string[];
  /**
   * A flattened table between the line equal to `start` (its header row) and the line containing `end`,
   * rebuilt as a list: one item per row, rows starting at a date ("24 June 2015", "16–17 April" + "2015"),
   * URLs broken over lines rejoined.
   */
  table?: { start: string; end: string }[];
  /**
   * A flattened numeric table whose header row is the line equal to `start` (column names separated by
   * spaces) and whose rows start with a year, up to the line containing `end` (exclusive); rebuilt as a
   * GFM table. Money values fill the columns from the right; a row with two values per column (two sources)
   * gets "a / b"; a trailing bare number is a footnote.
   */
  grid?: { start: string; end: string }[];
  /** Headings the PDF extraction wrapped over several lines, given whole; their lines become one heading. */
  headings?: string[];
  /** Number of the first footnote in the text (for excerpts that start mid-document); default 1. */
  firstNote?: number;
}

/** Bibliographic metadata of one report, as in sources.yaml. */
export interface IngestMeta {
  id: string;
  title: string;
  authors: string[];
  family_names?: string[] | undefined;
  author_note?: string | undefined;
  publisher: string;
  published: string;
  kind: 'report' | 'article' | 'commentary' | 'paper';
  origin: string;
  url?: string | null | undefined;
  extraction: 'pdf' | 'web' | 'manual';
  confidence?: 'high' | 'medium' | 'low' | undefined;
  /** Raw file basename, e.g. `hayton-2015.txt`. */
  file: string;
  hints?: IngestHints | undefined;
}

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
}

/** Error for input ingest refuses; the message names the file and what was expected. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** Checks raw bytes: non-empty, not binary, valid UTF-8. Returns the decoded text. */
export function decodeRaw(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(`${file}: the file is empty; expected a UTF-8 text extraction`);
  if (bytes.includes(0)) throw new IngestError(`${file}: the file looks binary (it contains NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(`${file}: the file is not valid UTF-8 (first bad byte at offset ${bad}); re-save it as UTF-8`);
  }
  checkText(text, file);
  return text.replace(/^\uFEFF/u, '');
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 1; i <= bytes.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i));
    } catch {
      // an incomplete multi-byte sequence at the end is only an error if it never completes
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, i + 3)));
      } catch {
        return i - 1;
      }
    }
  }
  return 0;
}

/** Refuses empty or binary-looking text. */
export function checkText(text: string, file: string): void {
  if (text.trim() === '') throw new IngestError(`${file}: the file is empty (only whitespace); expected a text extraction`);
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001)
    throw new IngestError(`${file}: the file looks binary (${controls} control characters); expected UTF-8 text`);
}

/** Validates metadata; throws naming the missing or bad field. */
export function checkMeta(meta: Partial<IngestMeta>, file: string): IngestMeta {
  const missing: string[] = [];
  if (!meta.id) missing.push('id');
  if (!meta.title) missing.push('title');
  if (!meta.authors || meta.authors.length === 0 || meta.authors.some((a) => !a)) missing.push('author');
  if (!meta.published) missing.push('published (date)');
  if (missing.length) throw new IngestError(`${file}: metadata is missing ${missing.join(', ')}; give --meta <yaml> or --id/--title/--author/--published`);
  const problem = isoDateProblem(String(meta.published));
  if (problem) throw new IngestError(`${file}: metadata field "published": ${problem}`);
  return {
    publisher: 'Unknown',
    kind: 'report',
    origin: 'XX',
    extraction: 'pdf',
    ...meta,
  } as IngestMeta;
}

// ---------------------------------------------------------------------------------------------
// Line classification

interface Line {
  n: number; // 1-based line number
  raw: string;
  text: string; // trimmed, spaces collapsed
}

const CHROME: readonly RegExp[] = [
  /^Skip to (main )?content$/iu,
  /^Adjust font size/iu,
  /^Leave a Reply/iu,
  /^Your email address will not be published/iu,
  /(^|\|)\s*\d+ comments?\s*$/iu,
  /(作者|时间|责编)\s*[:：]/u,
  /^(Share|Print|Email|Tweet)$/iu,
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE_LINE = new RegExp(`^(${MONTHS})\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}$`, 'u');

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function norm(s: string): string {
  return collapse(s)
    .toLowerCase()
    .replace(/[“”"‘’'`]/gu, '')
    .replace(/\s*\[\^?\d+\]/gu, '');
}

// ---------------------------------------------------------------------------------------------

interface Block {
  kind: 'p' | 'h' | 'li' | 'table';
  level?: number;
  text: string;
  line: number;
}

/** Runs the whole ingest on decoded text. */
export function ingest(raw: string, metaIn: Partial<IngestMeta>, fileLabel = metaIn.file ?? 'input'): IngestResult {
  checkText(raw, fileLabel);
  const meta = checkMeta(metaIn, fileLabel);
  const hints = meta.hints ?? {};
  const warnings: string[] = [];
  const removed: Removed[] = [];
  const remove = (kind: RemovedKind, text: string, line: number): void => {
    removed.push({ kind, text: collapse(text), line });
  };

  const text = raw.replace(/\r\n?/gu, '\n').normalize('NFC').replace(/\u00a0/gu, ' ');
  const allLines: Line[] = rebuildTables(
    text.split('\n').map((r, i) => ({ n: i + 1, raw: r, text: collapse(r) })),
    hints.table ?? [],
    (t, n) => remove('other', t, n),
    warnings,
  );
  for (const g of hints.grid ?? []) {
    const found = rebuildGrid(allLines, g);
    if (!found) warnings.push(`grid hint "${g.start}" … "${g.end}" not found`);
  }
  const vocabulary = vocabularyOf(text);
  const pdf = meta.extraction === 'pdf';
  const trailingSpaceStyle =
    allLines.filter((l) => l.text && / $/u.test(l.raw)).length > allLines.filter((l) => l.text).length / 2;

  // 1. line classification: drop chrome, page numbers, hinted lines; keep blanks as separators
  const titleNorm = norm(meta.title);
  const kept: (Line | null)[] = []; // null = blank separator
  let dropRun: { kind: RemovedKind; left: number } | null = null;
  for (const [idx, l] of allLines.entries()) {
    if (l.text === '') {
      kept.push(null);
      continue;
    }
    if (l.text.startsWith(GRID)) {
      kept.push(l);
      continue;
    }
        if (dropRun && dropRun.left > 0) {
      dropRun.left--;
      remove(dropRun.kind, l.text, l.n);
      continue;
    }
    const hint = hints.drop?.find((d) => l.text.includes(d.match));
    if (hint) {
      remove(hint.kind, l.text, l.n);
      if (hint.lines && hint.lines > 1) dropRun = { kind: hint.kind, left: hint.lines - 1 };
      continue;
    }
    if (CHROME.some((re) => re.test(l.text))) {
      remove('chrome', l.text, l.n);
      continue;
    }
    if (/^\d{1,3}$/u.test(l.text)) {
      remove('page-number', l.text, l.n);
      continue;
    }
    const early = l.n <= 15;
    if (early && (norm(l.text) === titleNorm || (l.text.length > 8 && titleNorm.includes(norm(l.text).replace(/[\s:]+$/u, ''))))) {
      remove('running-header', l.text, l.n);
      continue;
    }
    if (early && (DATE_LINE.test(l.text) || meta.authors.some((a) => l.text === a || l.text === `By ${a}` || new RegExp(`^${escapeRe(a)}\\s*\\[\\d+\\]$`, 'u').test(l.text)))) {
      remove('chrome', l.text, l.n);
      continue;
    }
    if (/^\S.*\s{3,}(Source|Photo|Credit)s?:/u.test(l.raw)) {
      remove('caption', l.text, l.n);
      continue;
    }
    if (/^(Source|Photo|Image|Credit|Photo credit)s?\s*:/iu.test(l.text) || (/\bPhoto by\b/u.test(l.text) && l.text.length < 40)) {
      remove('credit', l.text, l.n);
      // "Photo by" at the end of a line: the photographer's name is on the next line
      if (/\bby$/u.test(l.text)) dropRun = { kind: 'credit', left: 1 };
      // a credit wrapped onto a short next line ("Photo: US State / Department")
      else {
        // a credit wrapped onto short next lines ("Photo: Ministry of / Foreign Affairs, the / People’s Republic / of China")
        let j = idx;
        while (/ $/u.test(allLines[j]!.raw) && allLines[j + 1] && /^[\p{L}][\p{L} .,’']{0,24}$/u.test(allLines[j + 1]!.raw)) j++;
        if (j > idx) dropRun = { kind: 'credit', left: j - idx };
      }
      continue;
    }
    kept.push(l);
  }

  // 2. blocks of consecutive lines
  const groups: { lines: Line[]; blanksBefore: number; blanksAfter: number }[] = [];
  let cur: Line[] = [];
  let blanks = 0;
  for (const l of kept) {
    if (l === null) {
      if (cur.length) {
        groups.push({ lines: cur, blanksBefore: blanks, blanksAfter: 0 });
        cur = [];
        blanks = 0;
      }
      blanks++;
    } else cur.push(l);
  }
  if (cur.length) groups.push({ lines: cur, blanksBefore: blanks, blanksAfter: 0 });
  for (let i = 0; i < groups.length; i++) groups[i]!.blanksAfter = groups[i + 1]?.blanksBefore ?? 2;

  // 3. trailing bibliography (web) and bracketed notes
  const references: string[] = [];
  const noteDefs = new Map<number, string>();
  while (groups.length) {
    const g = groups[groups.length - 1]!;
    const t = collapse(g.lines.map((l) => l.text).join(' '));
    const note = /^\[(\d+)\]\s*(.*)$/u.exec(t);
    if (note) {
      noteDefs.set(Number(note[1]), note[2] ?? '');
      references.unshift(t);
      groups.pop();
      continue;
    }
    if (!pdf && isBibEntry(t)) {
      references.unshift(t);
      groups.pop();
      continue;
    }
    break;
  }
  if (references.length > 0 && references.length < 3 && noteDefs.size === 0) {
    warnings.push(`only ${references.length} trailing bibliography-like entries; kept as body`);
    // put them back as paragraphs
    for (const r of references) groups.push({ lines: [{ n: 0, raw: r, text: r }], blanksBefore: 1, blanksAfter: 1 });
    references.length = 0;
  }

  // 4. headings, list items and paragraphs
  const webMajorGap = groups.some((g) => g.lines.length === 1 && g.blanksAfter >= 2 && isHeadingText(g.lines[0]!.text));
  const blocks: Block[] = [];
  let seenNumbered = false;
  let bulletRun = false;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (g.lines[0]!.text.startsWith(GRID)) {
      blocks.push({ kind: 'table', text: g.lines.map((l) => l.raw.slice(GRID.length)).join('\n'), line: g.lines[0]!.n });
      continue;
    }
    if (!pdf) {
      const first = g.lines[0]!;
      if (g.lines.length === 1 && (isHeadingText(first.text) || /^[IVX]+\.\s/u.test(first.text)) && !/^[-•●]/u.test(first.text)) {
        let htext = first.text;
        if (hints.join?.some((j) => htext.startsWith(j)) && groups[gi + 1]) {
          htext = `${htext} ${groups[gi + 1]!.lines.map((l) => l.text).join(' ')}`;
          gi++;
        }
        const major = !webMajorGap || groups[gi]!.blanksAfter >= 2;
        blocks.push({ kind: 'h', level: major ? 2 : 3, text: htext, line: first.n });
        continue;
      }
      const bullet = /^[•●\uf0b7]\s*/u.exec(first.text);
      blocks.push({
        kind: bullet ? 'li' : 'p',
        text: joinLines(g.lines.map((l) => (bullet && l === first ? l.text.slice(bullet[0].length) : l.text)), vocabulary),
        line: first.n,
      });
      continue;
    }
    // PDF: a run of blocks of very short lines that starts with a capital and never ends a sentence is an
    // image caption broken into 1–3-word lines (narrow body columns continue a sentence in lower case)
    if (isShortLines(g.lines) && /^\p{Lu}/u.test(g.lines[0]!.text) && !/^ /u.test(g.lines[0]!.raw)) {
      let end = gi;
      while (groups[end + 1] && isShortLines(groups[end + 1]!.lines) && !endsSentence(lastText(groups[end]!))) end++;
      const run = groups.slice(gi, end + 1);
      const runLines = run.flatMap((r) => r.lines);
      if (g.lines.length >= 2 && runLines.length >= 3 && !runLines.some((l) => /[.;:!?]["”’)]*\s*$|[.;!?] \p{Lu}|[-—–]\s*$/u.test(l.text))) {
        remove('caption', run.flatMap((r) => r.lines.map((l) => l.text)).join(' '), g.lines[0]!.n);
        gi = end;
        continue;
      }
    }
    // PDF: a block of one or two short lines that reads as a title, after a finished paragraph and before
    // a capitalised one, is a (sub)heading even when the extraction left a trailing space
    const joined = g.lines.map((l) => l.text).join(' ');
    const prevBlock = blocks[blocks.length - 1];
    const nextFirst = groups[gi + 1]?.lines[0]?.text ?? '';
    if (
      g.lines.length <= 2 &&
      g.lines.every((l) => l.text.length <= 40) &&
      isHeadingText(joined) &&
      (!prevBlock || prevBlock.kind === 'h' || endsSentence(prevBlock.text)) &&
      /^[\p{Lu}“"●•]/u.test(nextFirst) &&
      !/^ /u.test(g.lines[0]!.raw)
    ) {
      const level = prevBlock?.kind === 'h' ? Math.min((prevBlock.level ?? 2) + 1, 4) : seenNumbered ? 3 : 2;
      blocks.push({ kind: 'h', level, text: joined, line: g.lines[0]!.n });
      continue;
    }
    // PDF: paragraphs are not always separated by blank lines; split on short sentence-final lines
    const maxLen = Math.max(...g.lines.map((l) => l.text.length));
    let para: Line[] = [];
    let paraKind: 'p' | 'li' = 'p';
    const flush = (): void => {
      if (!para.length) return;
      const t = joinLines(para.map((l) => l.text), vocabulary);
      // a page break, or a sidebar / pull-quote set between columns, split a sentence: continue the
      // unfinished paragraph (looking back over at most two interposed blocks, never across a heading)
      let target: Block | undefined;
      if (paraKind === 'p' && /^[\p{Ll}(]/u.test(t)) {
        for (let k = blocks.length - 1; k >= Math.max(0, blocks.length - 3); k--) {
          const b = blocks[k]!;
          if (b.kind === 'h') break;
          if (b.kind === 'p' && (!endsSentence(b.text) || /:$/u.test(b.text))) {
            target = b;
            break;
          }
        }
      }
      if (target) target.text = joinLines([target.text, t], vocabulary);
      else blocks.push({ kind: paraKind, text: t, line: para[0]!.n });
      para = [];
      paraKind = 'p';
    };
    for (let li = 0; li < g.lines.length; li++) {
      const l = g.lines[li]!;
      const prevLine = g.lines[li - 1];
      const next = g.lines[li + 1] ?? groups[gi + 1]?.lines[0];
      const hinted = hints.headings?.find((h) => h.startsWith(l.text) && h !== l.text ? true : h === l.text);
      if (hinted) {
        let htext = l.text;
        while (htext !== hinted && g.lines[li + 1] && hinted.startsWith(`${htext} ${g.lines[li + 1]!.text}`)) htext = `${htext} ${g.lines[++li]!.text}`;
        if (htext === hinted) {
          flush();
          blocks.push({ kind: 'h', level: seenNumbered ? 3 : 2, text: htext, line: l.n });
          continue;
        }
      }
      const glyph = /^ (\d+\.\s+)?[A-Z]/u.test(l.raw);
      const headingLike =
        isHeadingText(l.text.replace(/^\d+\.\s+/u, '')) &&
        l.text.length <= 60 &&
        (!trailingSpaceStyle || !/ $/u.test(l.raw) || /^ \d+\.\s/u.test(l.raw)) &&
        (glyph || !prevLine || endsSentence(prevLine.text)) &&
        (!next || /^[\p{Lu}“"●•]/u.test(next.text));
      if (headingLike) {
        flush();
        const numbered = /^\d+\.\s/u.test(l.text);
        if (numbered) seenNumbered = true;
        // glyph and numbered headings are sections; with numbered sections, other headings are subsections
        const level = glyph || numbered ? 2 : seenNumbered || blocks[blocks.length - 1]?.kind === 'h' ? 3 : 2;
        blocks.push({ kind: 'h', level, text: l.text.replace(/^(\d+\.)\s+/u, '$1 '), line: l.n });
        continue;
      }
      const bullet = /^[•●\uf0b7]\s*/u.exec(l.text) ?? (trailingSpaceStyle && /^ \p{Lu}/u.test(l.raw) && bulletRun ? /^/u.exec(l.text) : null);
      if (bullet) {
        flush();
        paraKind = 'li';
        para.push({ ...l, text: l.text.slice(bullet[0].length) });
        continue;
      }
      para.push(l);
      // lost bullet glyphs: a list follows a line ending with a colon
      if (/:\s*$/u.test(l.text)) bulletRun = true;
      else if (paraKind === 'p' && li === 0 && !/^ /u.test(l.raw)) bulletRun = false;
      if (endsSentence(l.text) && l.text.length < 0.8 * maxLen && li < g.lines.length - 1) flush();
    }
    flush();
  }

  // 4b. PDF: a paragraph cut off mid-sentence (by a sidebar, pull-quote or picture set between the
  // columns) continues in the next paragraph, even when that starts with a capitalised name
  if (pdf) {
    for (let i = 0; i < blocks.length; i++) {
      const a = blocks[i]!;
      if (a.kind !== 'p' || endsSentence(a.text) || /^(Table|Figure|Note|Source)\b/u.test(a.text)) continue;
      for (let k = i + 1; k <= Math.min(i + 3, blocks.length - 1); k++) {
        const b = blocks[k]!;
        if (b.kind === 'h') break;
        if (b.kind !== 'p' || /^(Table|Figure|Note|Source)\b/u.test(b.text)) continue;
        a.text = joinLines([a.text, b.text], vocabulary);
        blocks.splice(k, 1);
        i--; // the merged paragraph may still be unfinished
        break;
      }
    }
  }

  // 5. pull-quotes and duplicates: a paragraph repeated inside (or equal to) another one
  const normed = blocks.map((b) => (b.kind === 'h' || b.kind === 'table' ? '' : norm(b.text)));
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const a = normed[i]!;
    if (a.length < 40 || blocks[i]!.kind === 'li') continue;
    for (let j = 0; j < blocks.length; j++) {
      if (i === j || drop.has(j)) continue;
      const b = normed[j]!;
      if (b === a && j < i) {
        drop.add(i);
        remove('duplicate', blocks[i]!.text, blocks[i]!.line);
        break;
      }
      if (b.length > a.length && (b.includes(a) || abridgedIn(a, b))) {
        drop.add(i);
        remove('pull-quote', blocks[i]!.text, blocks[i]!.line);
        break;
      }
    }
  }
  const body = blocks.filter((_, i) => !drop.has(i));

  // 6. text repairs and footnote markers
  let hyphensRestored = 0;
  let footnotes = 0;
  let expected = hints.firstNote ?? 1;
  const bracketMode = noteDefs.size > 0;
  const usedNotes = new Set<number>();
  for (const b of body) {
    if (b.kind === 'table') {
      // notes placed by the table rebuild keep the note sequence going
      for (const m of b.text.matchAll(/\[\^(\d+)\]/gu)) {
        usedNotes.add(Number(m[1]));
        expected = Math.max(expected, Number(m[1]) + 1);
        footnotes++;
      }
      continue;
    }
    // A table row rebuilt as a list item starts with its date in bold: that markup is ours.
    const bold = b.kind === 'li' ? (/^\*\*[^*\n]+\*\* — /u.exec(b.text)?.[0] ?? '') : '';
    let t = bold + escapeMarkdownText(collapseCjkSpacing(b.text.slice(bold.length)));
    const r = restoreLostHyphens(t);
    t = r.text;
    hyphensRestored += r.count;
    if (bracketMode) {
      t = t.replace(/\s?\[(\d{1,3})\]/gu, (_m, n: string) => {
        footnotes++;
        return `[^${Number(n)}]`;
      });
    } else if (pdf && b.kind !== 'h') {
      const res = markFootnotes(t, expected, usedNotes);
      t = res.text;
      footnotes += res.count;
      expected = res.expected;
    }
    b.text = t.replace(/ {2,}/gu, ' ').trim();
  }

  // 7. Markdown
  const out: string[] = [];
  let prevKind: Block['kind'] | null = null;
  for (const b of body) {
    if (b.kind === 'h') out.push(`${'#'.repeat(b.level ?? 2)} ${b.text}`);
    else if (b.kind === 'li') out.push(`- ${b.text}`);
    else out.push(b.text);
    prevKind = b.kind;
  }
  void prevKind;
  let md = '';
  for (let i = 0; i < out.length; i++) {
    const sep = i === 0 ? '' : body[i]!.kind === 'li' && body[i - 1]!.kind === 'li' ? '\n' : '\n\n';
    md += sep + out[i];
  }
  if (references.length) md += `\n\n## References\n\n${references.map((r) => `- ${escapeListText(r)}`).join('\n')}`;
  if (noteDefs.size) md += `\n\n${[...noteDefs].map(([n, t]) => `[^${n}]: ${t}`).join('\n')}`;
  md += '\n';

  removed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const frontmatter: Record<string, unknown> = {
    id: meta.id,
    title: meta.title,
    authors: meta.authors,
    ...(meta.family_names ? { family_names: meta.family_names } : {}),
    ...(meta.author_note ? { author_note: meta.author_note } : {}),
    publisher: meta.publisher,
    published: String(meta.published),
    kind: meta.kind,
    origin: meta.origin,
    ...(meta.url ? { url: meta.url } : {}),
    language: 'en',
    extraction: meta.extraction,
    ...(meta.confidence ? { confidence: meta.confidence } : {}),
    source: `content/raw/${meta.file}`,
    removed,
  };
  const parsed = reportSchema.safeParse(frontmatter);
  if (!parsed.success)
    throw new IngestError(`${fileLabel}: metadata does not fit the report schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  const removedCounts: Partial<Record<RemovedKind, number>> = {};
  for (const r of removed) removedCounts[r.kind] = (removedCounts[r.kind] ?? 0) + 1;
  const stats: IngestStats = {
    paragraphs: body.filter((b) => b.kind === 'p').length,
    headings: body.filter((b) => b.kind === 'h').length + (references.length ? 1 : 0),
    listItems: body.filter((b) => b.kind === 'li').length,
    tables: body.filter((b) => b.kind === 'table').length,
    footnotes,
    footnoteDefinitions: noteDefs.size,
    references: references.length,
    hyphensRestored,
    removed: removedCounts,
  };
  const doc = new Document(frontmatter);
  // dates stay strings for every YAML reader (YAML 1.1 readers would turn 2016-02-29 into a Date)
  const pub = doc.get('published', true);
  if (pub instanceof Scalar) pub.type = 'QUOTE_DOUBLE';
  const markdown = `---\n${doc.toString({ lineWidth: 0 })}---\n${md}`;
  return { markdown, frontmatter, stats, warnings };
}

/** Prefix marking synthetic lines of a rebuilt numeric table (a NUL never survives the input check). */
const GRID = '\u0000grid';

const ROW_DATE = new RegExp(`^(\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTHS}))(?: (\\d{4}))?\\b ?(.*)$`, 'u');

/** Rebuilds hinted flattened tables as bullet lines ("● **date** — cells (url)") that the list logic picks up. */
function rebuildTables(lines: Line[], specs: readonly { start: string; end: string }[], onHeader: (t: string, n: number) => void, warnings: string[]): Line[] {
  let out = lines;
  for (const spec of specs) {
    const s = out.findIndex((l) => l.text === spec.start);
    const e = out.findIndex((l, i) => i > s && l.text.includes(spec.end));
    if (s < 0 || e < 0) {
      warnings.push(`table hint "${spec.start}" … "${spec.end}" not found`);
      continue;
    }
    onHeader(out[s]!.text, out[s]!.n);
    const rows: { n: number; date: string; parts: string[]; url: string }[] = [];
    let inUrl = false;
    for (const l of out.slice(s + 1, e + 1)) {
      if (!l.text) continue;
      const m = ROW_DATE.exec(l.text);
      const last = rows[rows.length - 1];
      if (m) {
        rows.push({ n: l.n, date: m[2] ? `${m[1]} ${m[2]}` : m[1]!, parts: m[3] ? [m[3]] : [], url: '' });
        inUrl = false;
        continue;
      }
      if (!last) continue;
      if (/^\d{1,2}(?:[–-]\d{1,2})?$/u.test(l.text)) {
        rows.push({ n: l.n, date: l.text, parts: [], url: '' });
        inUrl = false;
        continue;
      }
      if (new RegExp(`^(?:${MONTHS})$`, 'u').test(l.text) && last.parts.length === 0 && /^\d[\d–-]*$/u.test(last.date)) {
        last.date += ` ${l.text}`;
        continue;
      }
      if (/^\d{4}$/u.test(l.text) && !/\d{4}$/u.test(last.date) && last.parts.length === 0) {
        last.date += ` ${l.text}`;
        continue;
      }
      if (/^https?:\/\//u.test(l.text) || (inUrl && !/\.html?$/u.test(last.url))) {
        last.url += /^https?:\/\//u.test(l.text) && last.url ? ` ${l.text}` : l.text;
        inUrl = true;
        continue;
      }
      last.parts.push(l.text);
    }
    const synthetic: Line[] = [];
    for (const r of rows) {
      const body = r.parts.join(' ').replace(/\s+/gu, ' ').trim();
      const t = `● **${r.date}** — ${body}${r.url ? ` (${r.url})` : ''}`;
      synthetic.push({ n: r.n, raw: t, text: t }, { n: r.n, raw: '', text: '' });
    }
    out = [...out.slice(0, s), { n: out[s]!.n, raw: '', text: '' }, ...synthetic, ...out.slice(e + 1)];
  }
  return out;
}

/**
 * True when `a` is an abridged copy of a passage of `b`: a single sentence whose words all occur in `b`
 * in order, within a span at most twice its length (pull-quotes often drop a clause).
 */
function abridgedIn(a: string, b: string): boolean {
  const aw = a.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (aw.length < 8 || aw.length > 60 || /[.?!]\s+\p{Lu}/u.test(a)) return false;
  const bw = b.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let k = 0; k < bw.length; k++) {
    if (bw[k] !== aw[0]) continue;
    let j = 1;
    let end = k;
    for (let x = k + 1; x < bw.length && j < aw.length && x - k <= 2 * aw.length; x++) {
      if (bw[x] === aw[j]) {
        j++;
        end = x;
      }
    }
    if (j === aw.length && end - k <= 2 * aw.length) return true;
  }
  return false;
}

function isShortLines(lines: readonly Line[]): boolean {
  return lines.every((l) => l.text.length <= 28);
}

function lastText(g: { lines: readonly Line[] }): string {
  return g.lines[g.lines.length - 1]!.text;
}

/** Rebuilds a hinted numeric table in place as one synthetic line per GFM table row. */
function rebuildGrid(lines: Line[], spec: { start: string; end: string }): boolean {
  const s = lines.findIndex((l) => l.text === spec.start);
  const e = lines.findIndex((l, i) => i > s && l.text.includes(spec.end));
  if (s < 0 || e < 0) return false;
  const cols = spec.start.split(' ');
  const rows: { n: number; tokens: string[] }[] = [];
  for (const l of lines.slice(s + 1, e)) {
    if (!l.text) continue;
    if (/^\d{4}\b/u.test(l.text)) rows.push({ n: l.n, tokens: l.text.split(' ') });
    else rows[rows.length - 1]?.tokens.push(...l.text.split(' '));
  }
  const table: string[] = [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const [year, ...rest] = r.tokens;
    const values: string[] = [];
    let tail = '';
    for (const t of rest) {
      const m = /^(.*?),?(\d{1,3})?$/u.exec(t)!;
      if (/^-?\$[\d.]+$/u.test(t)) values.push(t);
      else if (/^\d{1,3}$/u.test(t)) tail += `[^${t}]`;
      else if (values.length) {
        // a source marker ("V", "C", "*") qualifies the value before it; "C,29" also carries a note
        values[values.length - 1] += ` ${m[1]}`;
        if (m[2]) tail += `[^${m[2]}]`;
      }
    }
    const n = cols.length - 1;
    let cells: string[];
    if (values.length === 2 * n) cells = Array.from({ length: n }, (_, i) => `${values[i * 2]} / ${values[i * 2 + 1]}`);
    else cells = [...Array<string>(Math.max(0, n - values.length)).fill(''), ...values.slice(-n)];
    cells[cells.length - 1] += tail;
    table.push(`| ${[year, ...cells].join(' | ')} |`);
  }
  const synthetic: Line[] = table.map((t, i) => ({ n: (rows[0]?.n ?? lines[s]!.n) + i * 0, raw: `${GRID}${t}`, text: `${GRID}${t}` }));
  lines.splice(s, e - s, { n: lines[s]!.n, raw: '', text: '' }, ...synthetic, { n: lines[s]!.n, raw: '', text: '' });
  return true;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function escapeListText(s: string): string {
  return escapeMarkdownText(s);
}

/**
 * Raw extractions are plain text, so characters Markdown would read as syntax are escaped: `<` (else
 * "<script>" or "</b>" in a quote would become HTML, which the renderer drops with its text), `*`,
 * `_` and backticks (emphasis and code), `&` before something entity-like, and `[` `]` except in the
 * bracketed note numbers ("[11]") that the footnote step turns into markers.
 */
export function escapeMarkdownText(s: string): string {
  // Bare URLs stay as they are: GFM links them, and an escape inside would end up in the address.
  return s
    .split(/((?:https?:\/\/|www\.)[^\s<>\[\]]+)/u)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdownPart(part)))
    .join('');
}

function escapeMarkdownPart(s: string): string {
  return s
    .replace(/[\\<>*_`]/gu, '\\$&')
    .replace(/&(?=#?\w+;)/gu, '\\&')
    .replace(/\[(?!\d{1,3}\])/gu, '\\[')
    .replace(/(?<!\[\d{1,3})\]/gu, '\\]');
}

/** A line that could be a heading: short, starts with a capital, no sentence-final punctuation. */
function isHeadingText(t: string): boolean {
  return (
    t.length >= 3 &&
    t.length <= 90 &&
    /^(?:[\p{Lu}]|\d{4} \p{Ll})/u.test(t) &&
    !/[.,;:?!”"’)\-–—\d]$/u.test(t) &&
    !t.includes(';') &&
    !/\b(the|of|and|a|an|to|in|for|with|on|by|as|at|or|its|their)$/iu.test(t) &&
    t.split(' ').length <= 12
  );
}

/** Looks like one entry of a bibliography. */
function isBibEntry(t: string): boolean {
  return (
    /Retrieved from|Accessed |https?:\/\//u.test(t) ||
    /\(\d{4}(, [A-Z][a-z]+\.? ?\d*)?\)\./u.test(t) ||
    /^[\p{Lu}][\p{L}’'-]+, [\p{Lu}][\p{L}.]*.*“/u.test(t) ||
    /^[\p{Lu}][\p{L}’'-]+, [\p{Lu}][\p{L}. ]+\. .*(Press|University|Journal)/u.test(t)
  );
}

/** Joins wrapped lines into one paragraph, removing line-break hyphens but keeping compounds. */
function joinLines(lines: readonly string[], vocabulary: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    if (!out) out = l;
    else if (/[\p{L}]-$/u.test(out) && /^[\p{L}]/u.test(l)) out = joinHyphenated(out, l, vocabulary);
    // an en dash ending a line joins a compound ("Chinese–/Vietnamese")
    else if (/\p{L}–$/u.test(out) && /^\p{Lu}/u.test(l)) out = `${out}${l}`;
    else out = `${out} ${l}`;
  }
  return out;
}

/**
 * Turns footnote numbers of a PDF extraction into GFM references. Numbers must follow the note
 * sequence (the next expected note, or up to two notes later), which is what makes glued digits safe to
 * split: "201511" is 2015 + note 11 only when note 11 is due.
 */
export function markFootnotes(
  text: string,
  expectedIn: number,
  used: Set<number> = new Set(),
): { text: string; count: number; expected: number } {
  let expected = expectedIn;
  let count = 0;
  const re = /([.,;:?!”’")\]]|[\p{Ll}]|\b(?:1[5-9]\d\d|20\d\d)|[–—]\d{1,2}\.)( ?)(\d{1,3})(?=$|[\s,;:.”’)]|[\p{Lu}“])/gu;
  const out = text.replace(re, (m: string, before: string, space: string, num: string, offset: number) => {
    const n = Number(num);
    // notes may come slightly out of order where columns were interleaved; each is used once
    if (used.has(n) || n < expected - 3 || n > expected + 4) return m;
    // a decimal point or thousands separator between digits is not a note ("19.6 per cent", "$27.9")
    // unless a capitalised word follows ("in 2012.10 So it has")
    const after0 = text.slice(offset + m.length);
    if (!space && /^[.,]$/u.test(before) && /\d$/u.test(text.slice(0, offset)) && !/^\s+[\p{Lu}“]/u.test(after0)) return m;
    // a lower-case letter glued to digits is a footnote only without a space ("word12"); never inside tokens
    if (/\p{Ll}$/u.test(before) && space) return m;
    if (/^\d/u.test(before) && space) return m;
    const after = text.slice(offset + m.length);
    // "issues. 1 Although": floating numbers need a capitalised word or the end after them
    if (space && !/^(\s+[\p{Lu}“‘(]|\s*$)/u.test(after)) return m;
    expected = Math.max(expected, n + 1);
    used.add(n);
    count++;
    return `${before}[^${n}]`;
  });
  return { text: out, count, expected };
}

/**
 * Blocks pass: groups of lines become headings, paragraphs and list items; wrapped lines are rejoined
 * and line-break hyphens removed.
 */
import { endsSentence, joinHyphenated } from './text.ts';
import { bulletOf } from './lists.ts';
import { continuationTarget } from './page-breaks.ts';
import { GRID } from './tables.ts';
import type { Block, Group, IngestContext, Line } from './types.ts';

/** Turns groups of lines into blocks. */
export function buildBlocks(ctx: IngestContext, groups: readonly Group[], trailingSpaceStyle: boolean): Block[] {
  const { hints, vocabulary } = ctx;
  const pdf = ctx.extraction === 'pdf';
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
      const bullet = bulletOf(first.text);
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
        ctx.remove('caption', run.flatMap((r) => r.lines.map((l) => l.text)).join(' '), g.lines[0]!.n);
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
      const target = paraKind === 'p' ? continuationTarget(blocks, t) : undefined;
      if (target) target.text = joinLines([target.text, t], vocabulary);
      else blocks.push({ kind: paraKind, text: t, line: para[0]!.n });
      para = [];
      paraKind = 'p';
    };
    for (let li = 0; li < g.lines.length; li++) {
      const l = g.lines[li]!;
      const prevLine = g.lines[li - 1];
      const next = g.lines[li + 1] ?? groups[gi + 1]?.lines[0];
      const hinted = hints.headings?.find((h) => (h.startsWith(l.text) && h !== l.text ? true : h === l.text));
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
      const bullet = bulletOf(l.text) ?? (trailingSpaceStyle && /^ \p{Lu}/u.test(l.raw) && bulletRun ? /^/u.exec(l.text) : null);
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
  return blocks;
}

function isShortLines(lines: readonly Line[]): boolean {
  return lines.every((l) => l.text.length <= 28);
}

function lastText(g: { lines: readonly Line[] }): string {
  return g.lines[g.lines.length - 1]!.text;
}

/** A line that could be a heading: short, starts with a capital, no sentence-final punctuation. */
export function isHeadingText(t: string): boolean {
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

/** Joins wrapped lines into one paragraph, removing line-break hyphens but keeping compounds. */
export function joinLines(lines: readonly string[], vocabulary: ReadonlySet<string>): string {
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

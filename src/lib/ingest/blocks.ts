/**
 * Blocks pass: groups of lines become headings, paragraphs and list items; wrapped lines are rejoined
 * and line-break hyphens removed.
 */
import { isHeadingText, isNumberedHeading, NUMBERED, numberingDepth } from './blocks/headings.ts';
import { joinLines } from './blocks/join.ts';
import { endsSentence } from './text.ts';
import { bulletOf } from './lists.ts';
import { continuationTarget, endsMidSentence } from './page-breaks.ts';
import { GRID } from './tables.ts';
import type { Block, Group, IngestContext, Line } from './types.ts';

export {
  ENDS_ON_FUNCTION_WORD,
  isHeadingText,
  isNumberedHeading,
  NUMBERED,
  numberingDepth,
} from './blocks/headings.ts';
export { joinLines } from './blocks/join.ts';

/** Turns groups of lines into blocks. */
export function buildBlocks(
  ctx: IngestContext,
  groups: readonly Group[],
  trailingSpaceStyle: boolean,
): Block[] {
  const { hints, vocabulary } = ctx;
  const pdf = ctx.extraction === 'pdf';
  const webMajorGap = groups.some(
    (g) => g.lines.length === 1 && g.blanksAfter >= 2 && isHeadingText(g.lines[0]!.text),
  );
  const blocks: Block[] = [];
  let seenNumbered = false;
  let bulletRun = false;
  let ordinal = 0;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (g.lines[0]!.text.startsWith(GRID)) {
      blocks.push({
        kind: 'table',
        text: g.lines.map((l) => l.raw.slice(GRID.length)).join('\n'),
        line: g.lines[0]!.n,
      });
      continue;
    }
    if (!pdf) {
      const first = g.lines[0]!;
      const prevBlock = blocks[blocks.length - 1];
      const nextText = groups[gi + 1]?.lines[0]?.text ?? '';
      // a heading underlined with = or - (a web page or HTML export rendered as text)
      const underlined =
        g.lines.length === 2 && /^(?:={3,}|-{3,}|–{3,}|—{3,}|_{3,})$/u.test(g.lines[1]!.text);
      const htext0 = first.text.replace(/^(?:--|—|–|■|▪|►|»)\s+/u, '');
      // never a heading: a line after a paragraph that stops mid-sentence, or before a lower-case continuation
      const midSentence = prevBlock?.kind === 'p' && endsMidSentence(prevBlock.text);
      if (
        (g.lines.length === 1 || underlined) &&
        !midSentence &&
        !/^\p{Ll}/u.test(nextText) &&
        (isHeadingText(htext0) ||
          /^[IVX]+\.\s/u.test(htext0) ||
          isNumberedHeading(htext0) ||
          (underlined && htext0.length <= 100)) &&
        !/^[-•●]/u.test(htext0)
      ) {
        let htext = htext0;
        // where major headings stand between two blank lines on each side, a heading line with two blank
        // lines before and one after, then a heading-like line with one before and two after, is one
        // heading wrapped over two lines
        const g2 = groups[gi + 1];
        if (
          webMajorGap &&
          g.blanksBefore >= 2 &&
          g.blanksAfter === 1 &&
          g2 &&
          g2.lines.length === 1 &&
          g2.blanksAfter >= 2 &&
          isHeadingText(g2.lines[0]!.text) &&
          `${htext} ${g2.lines[0]!.text}`.split(' ').length <= 12
        ) {
          htext = `${htext} ${g2.lines[0]!.text}`;
          gi++;
        } else if (hints.join?.some((j) => htext.startsWith(j)) && groups[gi + 1]) {
          htext = `${htext} ${groups[gi + 1]!.lines.map((l) => l.text).join(' ')}`;
          gi++;
        }
        if (underlined) ctx.remove('other', g.lines[1]!.text, g.lines[1]!.n);
        const major = !webMajorGap || groups[gi]!.blanksAfter >= 2;
        const level =
          NUMBERED.test(htext) && /^\d/u.test(htext)
            ? 2 + Math.min(numberingDepth(htext), 2)
            : major
              ? 2
              : 3;
        blocks.push({ kind: 'h', level, text: htext, line: first.n });
        continue;
      }
      // a heading set directly above a list ("Key points" / "• …")
      if (
        g.lines.length > 1 &&
        bulletOf(g.lines[1]!.text) &&
        !bulletOf(first.text) &&
        isHeadingText(first.text) &&
        first.text.split(' ').length <= 6 &&
        !midSentence
      ) {
        blocks.push({
          kind: 'h',
          level: webMajorGap && g.blanksBefore < 2 ? 3 : 2,
          text: first.text,
          line: first.n,
        });
        g.lines.shift();
      }
      // bullets in a run of lines are items of their own; a capitalised line after an item that
      // ended its sentence is a paragraph again
      let cur: { kind: 'p' | 'li'; lines: string[]; line: number } | null = null;
      const out: { kind: 'p' | 'li'; lines: string[]; line: number }[] = [];
      for (const l of g.lines) {
        const bullet = bulletOf(l.text);
        if (bullet) {
          cur = { kind: 'li', lines: [l.text.slice(bullet[0].length)], line: l.n };
          out.push(cur);
        } else if (
          cur &&
          cur.kind === 'li' &&
          /[.;!?]["”’)]*$/u.test(cur.lines[cur.lines.length - 1]!) &&
          /^[\p{Lu}“"‘]/u.test(l.text)
        ) {
          cur = { kind: 'p', lines: [l.text], line: l.n };
          out.push(cur);
        } else if (cur) cur.lines.push(l.text);
        else {
          cur = { kind: 'p', lines: [l.text], line: l.n };
          out.push(cur);
        }
      }
      for (const o of out) {
        const t = joinLines(o.lines, vocabulary);
        // a paragraph cut by furniture (an advertisement, a caption) continues in lower case
        const target = o.kind === 'p' ? continuationTarget(blocks, t) : undefined;
        if (target) target.text = joinLines([target.text, t], vocabulary);
        else blocks.push({ kind: o.kind, text: t, line: o.line });
      }
      continue;
    }
    // PDF: a run of blocks of very short lines that starts with a capital and never ends a sentence is an
    // image caption broken into 1–3-word lines (narrow body columns continue a sentence in lower case)
    if (
      isShortLines(g.lines) &&
      /^\p{Lu}/u.test(g.lines[0]!.text) &&
      !/^ /u.test(g.lines[0]!.raw)
    ) {
      let end = gi;
      while (
        groups[end + 1] &&
        isShortLines(groups[end + 1]!.lines) &&
        !endsSentence(lastText(groups[end]!))
      )
        end++;
      const run = groups.slice(gi, end + 1);
      const runLines = run.flatMap((r) => r.lines);
      if (
        g.lines.length >= 2 &&
        runLines.length >= 3 &&
        !runLines.some((l) => /[.;:!?]["”’)]*\s*$|[.;!?] \p{Lu}|[-—–]\s*$/u.test(l.text))
      ) {
        ctx.remove(
          'caption',
          run.flatMap((r) => r.lines.map((l) => l.text)).join(' '),
          g.lines[0]!.n,
        );
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
      (isHeadingText(joined) || isNumberedHeading(joined)) &&
      (!prevBlock || prevBlock.kind === 'h' || endsSentence(prevBlock.text)) &&
      /^[\p{Lu}“"●•]|^\d{1,2}[.)]\s/u.test(nextFirst) &&
      !/^ /u.test(g.lines[0]!.raw)
    ) {
      const numbered = isNumberedHeading(joined);
      if (numbered) seenNumbered = true;
      const level = numbered
        ? 2 + Math.min(numberingDepth(joined), 2)
        : prevBlock?.kind === 'h'
          ? Math.min((prevBlock.level ?? 2) + 1, 4)
          : seenNumbered
            ? 3
            : 2;
      blocks.push({
        kind: 'h',
        level,
        text: joined.replace(/^(\d+\.)\s+/u, '$1 '),
        line: g.lines[0]!.n,
      });
      continue;
    }
    // PDF: paragraphs are not always separated by blank lines; split on short sentence-final lines
    const maxLen = Math.max(...g.lines.map((l) => l.text.length));
    let para: Line[] = [];
    let paraKind: 'p' | 'li' = 'p';
    let paraOrdinal: number | undefined;
    const flush = (): void => {
      if (!para.length) return;
      const t = joinLines(
        para.map((l) => l.text),
        vocabulary,
      );
      // a page break, or a sidebar / pull-quote set between columns, split a sentence: continue the
      // unfinished paragraph (looking back over at most two interposed blocks, never across a heading)
      const target = paraKind === 'p' ? continuationTarget(blocks, t) : undefined;
      if (target) target.text = joinLines([target.text, t], vocabulary);
      else
        blocks.push({
          kind: paraKind,
          text: t,
          line: para[0]!.n,
          ...(paraOrdinal ? { ordinal: paraOrdinal } : {}),
        });
      para = [];
      paraKind = 'p';
      paraOrdinal = undefined;
    };
    for (let li = 0; li < g.lines.length; li++) {
      const l = g.lines[li]!;
      const prevLine = g.lines[li - 1];
      const next = g.lines[li + 1] ?? groups[gi + 1]?.lines[0];
      const hinted = hints.headings?.find((h) =>
        h.startsWith(l.text) && h !== l.text ? true : h === l.text,
      );
      if (hinted) {
        let htext = l.text;
        while (
          htext !== hinted &&
          g.lines[li + 1] &&
          hinted.startsWith(`${htext} ${g.lines[li + 1]!.text}`)
        )
          htext = `${htext} ${g.lines[++li]!.text}`;
        if (htext === hinted) {
          flush();
          blocks.push({ kind: 'h', level: seenNumbered ? 3 : 2, text: htext, line: l.n });
          continue;
        }
      }
      const glyph = /^ (\d+\.\s+)?[A-Z]/u.test(l.raw);
      // a heading wrapped over two lines: both much shorter than the column, neither ending a sentence,
      // at a block's start (or set off by a glyph) after a finished paragraph, before a capitalised line
      const l2 = g.lines[li + 1];
      const after2 = g.lines[li + 2] ?? groups[gi + 1]?.lines[0];
      if (
        l2 &&
        after2 &&
        (li === 0
          ? !blocks.length ||
            blocks[blocks.length - 1]!.kind === 'h' ||
            endsSentence(blocks[blocks.length - 1]!.text)
          : glyph && endsSentence(prevLine!.text)) &&
        (li === 0 || glyph) &&
        l.text.length <= 0.75 * maxLen &&
        l2.text.length <= 0.75 * maxLen &&
        !endsSentence(l.text) &&
        !endsSentence(l2.text) &&
        isHeadingText(`${l.text} ${l2.text}`) &&
        `${l.text} ${l2.text}`.split(' ').length <= 10 &&
        /^[\p{Lu}“"]/u.test(after2.text) &&
        !/^[•●\uf0b7]/u.test(l.text)
      ) {
        flush();
        blocks.push({
          kind: 'h',
          level: seenNumbered ? 3 : 2,
          text: `${l.text} ${l2.text}`,
          line: l.n,
        });
        li++;
        continue;
      }
      const numberedHeading = isNumberedHeading(l.text);
      const headingLike =
        (isHeadingText(l.text.replace(/^\d+\.\s+/u, '')) || numberedHeading) &&
        l.text.length <= (numberedHeading ? 80 : 60) &&
        // a full-width line inside a block is wrapped text, not a heading
        (glyph ||
          numberedHeading ||
          !prevLine ||
          g.lines.length < 4 ||
          l.text.length <= 0.8 * maxLen) &&
        (!trailingSpaceStyle || !/ $/u.test(l.raw) || /^ \d+\.\s/u.test(l.raw)) &&
        (glyph || !prevLine || endsSentence(prevLine.text)) &&
        (!next ||
          /^[\p{Lu}“"●•]/u.test(next.text) ||
          (/^\d{1,2}[.)]\s/u.test(next.text) && !numberedHeading));
      if (headingLike) {
        flush();
        const numbered = numberedHeading || /^\d+\.\s/u.test(l.text);
        if (numbered) seenNumbered = true;
        // glyph and numbered headings are sections (numbered subsections one level down); with numbered
        // sections, other headings are subsections
        const level = numbered
          ? 2 + Math.min(numberingDepth(l.text), 2)
          : glyph
            ? 2
            : seenNumbered || blocks[blocks.length - 1]?.kind === 'h'
              ? 3
              : 2;
        blocks.push({ kind: 'h', level, text: l.text.replace(/^(\d+\.)\s+/u, '$1 '), line: l.n });
        ordinal = 0;
        continue;
      }
      // a numbered list item: "1." after a heading or a line ending with a colon, then 2., 3. …
      const item = /^(\d{1,2})[.)]\s+(?=\S)/u.exec(l.text);
      if (
        item &&
        Number(item[1]) === ordinal + 1 &&
        (ordinal > 0 ||
          !prevLine ||
          /:\s*$/u.test(prevLine.text) ||
          blocks[blocks.length - 1]?.kind === 'h')
      ) {
        flush();
        ordinal = Number(item[1]);
        paraKind = 'li';
        para.push({ ...l, text: l.text.slice(item[0].length) });
        paraOrdinal = ordinal;
        continue;
      }
      // after a list item that ended its sentence, a capitalised line that is not an item starts a paragraph
      if (
        paraKind === 'li' &&
        para.length &&
        endsSentence(para[para.length - 1]!.text) &&
        /^[\p{Lu}“"]/u.test(l.text) &&
        !(trailingSpaceStyle && /^ /u.test(l.raw)) &&
        !bulletOf(l.text)
      ) {
        flush();
        ordinal = 0;
      }
      const bullet =
        bulletOf(l.text) ??
        (trailingSpaceStyle && /^ \p{Lu}/u.test(l.raw) && bulletRun ? /^/u.exec(l.text) : null);
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

/**
 * Furniture pass: removes the text around a report's body and records each piece in `removed` with its
 * kind. Rules are for kinds of furniture, never for one site or one report:
 * - every kind of text: page numbers, InDesign slugs ("Foo_final.indd 2 12/12/19 4:05 PM"), lines
 *   repeated on several pages (running headers and footers), the title and byline at the top, copyright
 *   lines, photo captions and credits, lines in a script other than the report's (spaced Chinese credit
 *   lines on an English page);
 * - PDF: cover, imprint and contents pages, author notes at a page's foot ("* Jane Doe is…");
 * - web pages: menus and footer links (runs of short lines), breadcrumbs ("Home › Asia › …"), section
 *   labels, cookie banners, share/print/text-size controls, bylines with timestamps, "Updated:" lines,
 *   editor and source lines of state media, "Advertisement", "Related"/"Read more"/"More from" blocks,
 *   tags and topics, newsletter prompts, author bios, obfuscated e-mail addresses, reader comments and
 *   "Back to top"; and on a page whose byline comes before the body, the masthead, section path and
 *   standfirst above it. *
 * The parts, in `furniture/`: `lines.ts` (what one line of furniture looks like), `repeats.ts`
 * (running headers and footers), `line-rules.ts` (line by line), `runs.ts` (runs between blank
 * lines), `insets.ts` (pull-quotes, figure labels) and `pdf.ts` (front-matter pages, page feet);
 * `marks.ts` holds the verdicts they share.
 */
import { markFigureLabels, markPullQuotes } from './furniture/insets.ts';
import { markLines } from './furniture/line-rules.ts';
import { COMMENT_ANCHOR, isProse } from './furniture/lines.ts';
import { startMarking } from './furniture/marks.ts';
import { frontMatterPages, pageFootNotes } from './furniture/pdf.ts';
import { runningHeaderTest } from './furniture/repeats.ts';
import { markRuns } from './furniture/runs.ts';
import { MONTHS, type Block, type IngestContext, type Line } from './types.ts';

export { COMMENT_ANCHOR, isFurnitureLine, SECTION_WORD } from './furniture/lines.ts';

/** A kept line, a blank separator (null) or a page break (where page furniture was). */
export type Kept = Line | null | typeof PAGE_BREAK;
export const PAGE_BREAK = 'page-break' as const;

/** Classifies every line; returns the kept lines with null for blank separators and PAGE_BREAK where page furniture was. */
export function removeFurniture(ctx: IngestContext): Kept[] {
  const marking = startMarking(ctx);
  const { lines, mark, breakAt, set, web, pdf } = marking;

  // 0. lines repeated on several pages: running headers and footers
  const repeated = runningHeaderTest(lines);

  // 1. hinted drops and line rules
  markLines(marking, repeated);

  // 2. runs of lines (between blank lines), pull-quotes, map and chart labels
  markRuns(marking);
  markPullQuotes(marking);
  markFigureLabels(marking);

  // 3. web: the masthead, section path, title and standfirst above a byline that precedes the body
  if (web) {
    const firstProse = lines.findIndex(
      (l, i) => mark[i] === undefined && isProse(l.text) && l.text.length > 120,
    );
    let lastByline = -1;
    for (let i = 0; i < (firstProse < 0 ? 0 : firstProse); i++)
      if (mark[i] === 'byline') lastByline = i;
    if (lastByline > 0) for (let i = 0; i < lastByline; i++) set(i, 'front-matter');
  }

  // 4. PDF: cover, imprint and contents pages; note texts and author notes at a page's foot
  if (pdf) frontMatterPages(ctx, lines, mark, set);
  if (pdf) pageFootNotes(ctx, lines, mark, breakAt);

  // 5. output, with a page break where page furniture stood
  const kept: Kept[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.pageStart) kept.push(PAGE_BREAK);
    const m = mark[i];
    if (l.text === '') {
      kept.push(null);
      continue;
    }
    if (m === 'note') continue;
    if (m !== undefined && m !== 'keep') {
      ctx.remove(m, l.text, l.n);
      if (breakAt.has(i)) kept.push(PAGE_BREAK);
      continue;
    }
    kept.push(l);
  }
  return kept;
}

/** A dateline opening a news paragraph: "HANOI — ", "HA NOI, Dec. 13 (Xinhua) -- ". */
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu} .'’-]{1,30}(?:, (?:${MONTHS})\\.? \\d{1,2})?(?: \\([\\p{L} ]{2,30}\\))?|\\p{Lu}[\\p{L} .'’-]{1,30} \\((?:[A-Z]{2,8}|Xinhua|Reuters|Bernama|Kyodo|Yonhap)\\))\\s*(?:--|—|–)\\s+(?=\\p{Lu})`,
  'u',
);

/**
 * Furniture inside paragraphs: a news dateline at a paragraph's start and the anchors of Word comments
 * ("[JD1]"), removed and logged.
 */
export function removeInlineFurniture(ctx: IngestContext, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind !== 'p' && b.kind !== 'li') continue;
    const d = DATELINE.exec(b.text);
    if (
      d &&
      b.kind === 'p' &&
      (d[1]!.replace(/[^\p{Lu}]/gu, '').length >= 3 || /\)$/u.test(d[1]!))
    ) {
      ctx.remove('dateline', d[0], b.line);
      b.text = b.text.slice(d[0].length);
    }
    b.text = b.text.replace(COMMENT_ANCHOR, (m) => {
      ctx.remove('comment', m, b.line);
      return '';
    });
  }
}

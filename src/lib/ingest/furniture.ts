/**
 * Furniture pass: removes lines that are not body text (site chrome, page numbers, running headers,
 * captions and credits, hinted drops) and records each in `removed` with its kind.
 */
import { escapeRe, MONTHS, norm, type IngestContext, type Line, type RemovedKind } from './types.ts';
import { GRID } from './tables.ts';

const CHROME: readonly RegExp[] = [
  /^Skip to (main )?content$/iu,
  /^Adjust font size/iu,
  /^Leave a Reply/iu,
  /^Your email address will not be published/iu,
  /(^|\|)\s*\d+ comments?\s*$/iu,
  /(作者|时间|责编)\s*[:：]/u,
  /^(Share|Print|Email|Tweet)$/iu,
];

const DATE_LINE = new RegExp(`^(${MONTHS})\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}$`, 'u');

/** Classifies every line; returns the kept lines with null for blank separators. */
export function removeFurniture(ctx: IngestContext): (Line | null)[] {
  const { meta, hints } = ctx;
  const allLines = ctx.lines;
  const titleNorm = norm(meta.title);
  const kept: (Line | null)[] = [];
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
      ctx.remove(dropRun.kind, l.text, l.n);
      continue;
    }
    const hint = hints.drop?.find((d) => l.text.includes(d.match));
    if (hint) {
      ctx.remove(hint.kind, l.text, l.n);
      if (hint.lines && hint.lines > 1) dropRun = { kind: hint.kind, left: hint.lines - 1 };
      continue;
    }
    if (CHROME.some((re) => re.test(l.text))) {
      ctx.remove('chrome', l.text, l.n);
      continue;
    }
    if (/^\d{1,3}$/u.test(l.text)) {
      ctx.remove('page-number', l.text, l.n);
      continue;
    }
    const early = l.n <= 15;
    if (early && (norm(l.text) === titleNorm || (l.text.length > 8 && titleNorm.includes(norm(l.text).replace(/[\s:]+$/u, ''))))) {
      ctx.remove('running-header', l.text, l.n);
      continue;
    }
    if (early && (DATE_LINE.test(l.text) || meta.authors.some((a) => l.text === a || l.text === `By ${a}` || new RegExp(`^${escapeRe(a)}\\s*\\[\\d+\\]$`, 'u').test(l.text)))) {
      ctx.remove('chrome', l.text, l.n);
      continue;
    }
    if (/^\S.*\s{3,}(Source|Photo|Credit)s?:/u.test(l.raw)) {
      ctx.remove('caption', l.text, l.n);
      continue;
    }
    if (/^(Source|Photo|Image|Credit|Photo credit)s?\s*:/iu.test(l.text) || (/\bPhoto by\b/u.test(l.text) && l.text.length < 40)) {
      ctx.remove('credit', l.text, l.n);
      // "Photo by" at the end of a line: the photographer's name is on the next line
      if (/\bby$/u.test(l.text)) dropRun = { kind: 'credit', left: 1 };
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
  return kept;
}

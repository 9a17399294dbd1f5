/**
 * Line by line: hinted drops, slugs, page numbers, running headers, controls and chrome, contents,
 * lines in another script, the title, bylines and front matter at the top, credits, captions and
 * one-line prompts.
 */
import { GRID } from '../tables.ts';
import { endsSentence } from '../text.ts';
import { escapeRe, MONTHS, norm, type RemovedKind } from '../types.ts';
import {
  CHROME,
  CONTENTS_LINE,
  CONTROLS,
  isByline,
  isCaption,
  isNoteLine,
  isPageNumber,
  isProse,
  SECTION_WORD,
  SLUG,
} from './lines.ts';
import type { Marking } from './marks.ts';

/** Marks the lines that one of the line rules removes; `repeated` tells running headers and footers. */
export function markLines(m: Marking, repeated: (i: number) => boolean): void {
  const { ctx, lines, set, breakAt, web, pdf, authorRe } = m;
  const { meta, hints } = ctx;
  const titleNorm = norm(meta.title);

  // 1. hinted drops and line rules
  let dropRun: { kind: RemovedKind; left: number } | null = null;
  let firstBody = lines.findIndex((l) => isProse(l.text));
  if (firstBody < 0) firstBody = lines.length;
  for (const [i, l] of lines.entries()) {
    const t = l.text;
    if (t === '' || t.startsWith(GRID)) continue;
    if (dropRun && dropRun.left > 0) {
      dropRun.left--;
      set(i, dropRun.kind);
      continue;
    }
    const hint = hints.drop?.find((d) => t.includes(d.match));
    if (hint) {
      set(i, hint.kind);
      if (hint.lines && hint.lines > 1) dropRun = { kind: hint.kind, left: hint.lines - 1 };
      continue;
    }
    if (SLUG.test(t)) {
      set(i, 'slug');
      breakAt.add(i);
      continue;
    }
    if (isPageNumber(t)) {
      set(i, 'page-number');
      breakAt.add(i);
      continue;
    }
    if (repeated(i) && !isNoteLine(t) && !/^[•●\uf0b7-]/u.test(t)) {
      set(i, 'running-header');
      breakAt.add(i);
      continue;
    }
    if (CONTROLS.test(t) || CHROME.some((re) => re.test(t))) {
      set(i, 'chrome');
      // a citation block announced with a colon runs to the line that ends the citation
      if (
        /^(?:Cite this|Suggested citation|How to cite|This (?:report|paper|article) (?:may|should) be cited as)\b.*[:：]$/iu.test(
          t,
        )
      ) {
        let j = i + 1;
        while (j < lines.length && lines[j]!.text && !/^ \S/u.test(lines[j]!.raw) && j - i <= 5) {
          const end = /[.)]$/u.test(lines[j]!.text);
          j++;
          if (end) break;
        }
        if (j > i + 1) dropRun = { kind: 'chrome', left: j - i - 1 };
      }
      continue;
    }
    if (
      CONTENTS_LINE.test(t) ||
      /^(?:Table of )?Contents$|^On this page$|^In this (?:article|report|page)$/iu.test(t)
    ) {
      set(i, 'contents');
      // an in-page contents list: indented or numbered lines after its label
      if (!CONTENTS_LINE.test(t))
        for (let j = i + 1; j < lines.length && lines[j]!.text !== ''; j++)
          if (/^\s{2,}|\d{1,3}$/u.test(lines[j]!.raw) || CONTENTS_LINE.test(lines[j]!.text))
            set(j, 'contents');
      continue;
    }
    // a line in another script (spaced Chinese credit and label lines on an English page)
    if (/[\u3400-\u9fff]/u.test(t) && !/\p{Script=Latin}{2,}/u.test(t)) {
      set(i, 'chrome');
      continue;
    }
    const early = l.n <= 15 || (web && i < firstBody + 2 && l.n <= 40);
    if (
      early &&
      (norm(t) === titleNorm ||
        (t.split(' ').length >= 2 &&
          t.length > 8 &&
          titleNorm.includes(norm(t).replace(/[\s:]+$/u, ''))))
    ) {
      set(i, 'running-header');
      continue;
    }
    if (isByline(t, authorRe, early)) {
      set(i, 'byline');
      continue;
    }
    // the publisher's name, a series line or an affiliation at the top ("1 Department of History, …")
    if (
      early &&
      i < firstBody &&
      ((meta.publisher.length >= 6 &&
        new RegExp(`(?:^|\\W)${escapeRe(meta.publisher)}(?:\\W|$)`, 'iu').test(t) &&
        t.length <= meta.publisher.length + 60) ||
        /^\d{0,2}\s*(?:[\p{Lu}][\p{L}'’-]+ ){0,3}(?:Department|Faculty|School|Institute|Centre|Center|University|College)\b.*,/u.test(
          t,
        ) ||
        /^[\p{Lu}][\p{L}]+ \d{1,2}\/\d{4}$/u.test(t) ||
        /\b(?:Working Paper|Policy Brief|Discussion Paper|Occasional Paper|Report) (?:Series|No\.)|\bNo\. \d+\/\d{4}\b/iu.test(
          t,
        ))
    ) {
      set(i, 'front-matter');
      continue;
    }
    // a cover line in capitals before the body (not a section word)
    if (
      pdf &&
      early &&
      i < firstBody &&
      /^[\p{Lu}\d][\p{Lu}\d &,.'’-]{3,}$/u.test(t) &&
      /\p{Lu}{3}/u.test(t) &&
      !SECTION_WORD.test(t)
    ) {
      set(i, 'front-matter');
      continue;
    }
    if (early && t.toLowerCase() === meta.publisher.toLowerCase()) {
      set(i, 'front-matter');
      continue;
    }
    // a series line at the top carrying the publication date ("Analysis 3/2020 May 2020", "October 2023")
    if (
      early &&
      t.length <= 60 &&
      !endsSentence(t) &&
      new RegExp(`\\b(?:${MONTHS})\\.? ${meta.published.slice(0, 4)}$`, 'u').test(t)
    ) {
      set(i, 'front-matter');
      continue;
    }
    if (
      /^(Source|Photo|Image|Credit|Photo credit|Picture)s?\s*:/iu.test(t) ||
      (/\bPhoto by\b/u.test(t) && t.length < 40)
    ) {
      set(i, 'credit');
      // "Photo by" at the end of a line: the photographer's name is on the next line
      if (/\bby$/u.test(t)) dropRun = { kind: 'credit', left: 1 };
      else {
        // a credit wrapped onto short next lines ("Photo: Ministry of / Foreign Affairs, the / People’s Republic / of China")
        let j = i;
        while (
          / $/u.test(lines[j]!.raw) &&
          lines[j + 1] &&
          /^[\p{L}][\p{L} .,’']{0,24}$/u.test(lines[j + 1]!.raw)
        )
          j++;
        if (j > i) dropRun = { kind: 'credit', left: j - i };
      }
      continue;
    }
    if (/^\S.*\s{3,}(Source|Photo|Credit)s?:/u.test(l.raw) || isCaption(t)) {
      set(i, 'caption');
      continue;
    }
    if (/^Read (?:more|also|next)\s*[:：]/iu.test(t)) {
      set(i, 'related');
      continue;
    }
    if (/^Follow (?:him|her|them|us|me)\b.*\b(?:on|@)/iu.test(t)) {
      set(i, 'author-bio');
      continue;
    }
  }
}

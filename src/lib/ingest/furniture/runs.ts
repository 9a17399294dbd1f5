/**
 * Runs of lines between blank lines: comments to the end of the page, "Related" and tag blocks,
 * Word comments, author bios, and on web pages menus, link rows, category lines and section labels.
 */
import type { RemovedKind } from '../types.ts';
import {
  ABOUT_AUTHOR,
  COMMENTS_HEAD,
  isLinkRow,
  isNavItem,
  isProse,
  RELATED_HEAD,
  SECTION_WORD,
  TAGS_HEAD,
  WORD_COMMENT,
} from './lines.ts';
import type { Marking } from './marks.ts';

/** Marks the runs of lines that are furniture as a whole. */
export function markRuns(m: Marking): void {
  const { lines, mark, set, web, authorRe } = m;

  // 2. runs of lines (between blank lines)
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length;) {
    if (lines[i]!.text === '') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.text !== '' && !lines[j + 1]!.pageStart) j++;
    runs.push([i, j]);
    i = j + 1;
  }
  const live = (a: number, b: number): number[] => {
    const out: number[] = [];
    for (let k = a; k <= b; k++) if (mark[k] === undefined && lines[k]!.text !== '') out.push(k);
    return out;
  };
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r]!;
    const idx = live(a, b);
    if (!idx.length) continue;
    const first = lines[idx[0]!]!.text;
    const setAll = (kind: RemovedKind, from = a, to = b): void => {
      for (let k = from; k <= to; k++) set(k, kind);
    };
    // comments: from their heading to the end of the page
    if (web && COMMENTS_HEAD.test(first)) {
      setAll('comment', idx[0]!, lines.length - 1);
      break;
    }
    if (RELATED_HEAD.test(first)) {
      setAll('related');
      // a label on its own: the teasers follow in the next run
      const next = runs[r + 1];
      if (idx.length === 1 && next && live(next[0], next[1]).every((k) => !isProse(lines[k]!.text)))
        setAll('related', next[0], next[1]);
      continue;
    }
    if (TAGS_HEAD.test(first) && idx.every((k) => lines[k]!.text.length <= 120)) {
      setAll('navigation');
      continue;
    }
    if (WORD_COMMENT.test(first)) {
      setAll('comment');
      continue;
    }
    if (ABOUT_AUTHOR.test(first)) {
      setAll('author-bio');
      const next = runs[r + 1];
      if (idx.length === 1 && next) setAll('author-bio', next[0], next[1]);
      continue;
    }
    // an author bio: a paragraph that starts with an author's name and says what they are
    if (
      authorRe &&
      new RegExp(
        `^${authorRe.source}(?: \\([^)]*\\))?,? (?:is|was|has been|serves|works|teaches|covers|writes|reports)\\b`,
        'u',
      ).test(first)
    ) {
      setAll('author-bio');
      continue;
    }
    if (web) {
      // menus, footer links and tag lists: a run of three or more short lines, none a sentence
      if (idx.length >= 3 && idx.every((k) => isNavItem(lines[k]!.text))) {
        setAll('navigation');
        continue;
      }
      for (const k of idx) {
        const t = lines[k]!.text;
        // breadcrumbs and link rows ("Home › Asia › …", "Features / Asia", "About · Masthead · Contact")
        if (isLinkRow(t)) set(k, 'navigation');
        // a categories line: three or more short capitalised items between commas, no sentence
        else if (
          idx.length === 1 &&
          /^(?:[\p{Lu}][\p{L}'’-]*(?: [\p{L}'’-]+){0,3}, ){2,}[\p{Lu}][\p{L}'’-]*(?: [\p{L}'’-]+){0,3}$/u.test(
            t,
          ) &&
          t.length <= 100
        )
          set(k, 'navigation');
        // a section label: one word in capitals ("ANALYSIS")
        else if (idx.length === 1 && /^\p{Lu}{3,}$/u.test(t) && !SECTION_WORD.test(t))
          set(k, 'navigation');
      }
    }
  }
}

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
 *   standfirst above it.
 */
import { NOTES_HEAD, parseNotes } from './notes.ts';
import { endsSentence } from './text.ts';
import {
  escapeRe,
  MONTHS,
  norm,
  type Block,
  type IngestContext,
  type Line,
  type RemovedKind,
} from './types.ts';
import { GRID } from './tables.ts';

/** A kept line, a blank separator (null) or a page break (where page furniture was). */
export type Kept = Line | null | typeof PAGE_BREAK;
export const PAGE_BREAK = 'page-break' as const;

const CONTROLS =
  /^(?:Skip to (?:main )?content|Skip navigation|Menu|Search|Subscribe|Sign in|Log in|Sign up|Register|Share(?: this(?: article| story| post| page| report| analysis)?)?(?: on \w+)?|Tweet|E-?mail(?: address)?|Print|Save|Copy link|Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Reddit|Pinterest|Listen(?: to this article)?|Text size|A\s*A\s*A|A[-–]\s*A\+|Font size|Back to top|Top|Advertisement|Advertising|Sponsored|Accept(?: all)?(?: cookies)?|Reject(?: all)?|Manage (?:preferences|cookies|settings)|Close|Next|Previous|Load more|Show more|Follow us|Reply|Like(?: \(\d+\))?|Report|Sort by:? .*)$/iu;

const CHROME: readonly RegExp[] = [
  /^Adjust font size/iu,
  /^(?:Text|Font) size\s*[:：]/iu,
  /^(?:\[[\p{L} ]+\]\s*)+(?:(?:Text|Font) size\s*[:：].*)?$/iu, // "[Print] [Close]"
  /^Leave a Reply/iu,
  /^Your email address will not be published/iu,
  /(^|\|)\s*\d+ comments?\s*$/iu,
  /(作者|时间|责编|编辑|来源)\s*[:：]/u,
  /^Updated\s*[:：]?\s.*(?:ago|\d{4}|GMT|UTC|[AP]M)$/iu,
  /^(?:Last )?(?:updated|modified|published)(?: on)?\s*[:：]?\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))/iu,
  /^(?:Web )?(?:Editors?|Editor-in-charge|Responsible editor|Source)\s*[:：]\s*[\p{L} .,]{1,40}(?:\|.*)?$/iu,
  /^(?:Copyright\s*)?(?:©|\(c\)|Copyright\b).{0,120}$/iu,
  /\b(?:all rights reserved)\b/iu,
  /\bcookies?\b.*\b(?:accept|consent|agree|preferences|privacy|improve|experience)\b|\b(?:accept|consent|agree)\b.*\bcookies?\b/iu,
  /\b(?:sign up|subscribe)\b.*\bnewsletter\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b|^Get the best of .* in your inbox|^Enter your e-?mail(?: address)?$|^You can unsubscribe/iu,
  /^\S+\s*(?:\[at\]|\(at\)| at )\s*\S+\s*(?:\[dot\]|\(dot\)| dot )\s*\S+$/iu,
  /^\d+\s+min(?:ute)?s? read$/iu,
  // classification and distribution markings of a Word or PDF document
  /^(?:(?:STRICTLY )?CONFIDENTIAL|RESTRICTED|INTERNAL|DRAFT|EMBARGOED)\b[^.]{0,60}$|^(?:FOR (?:CLIENT|INTERNAL|OFFICIAL) USE ONLY|NOT FOR (?:DISTRIBUTION|CITATION|QUOTATION|PUBLICATION))\b/u,
  // citation blocks: "Cite this page: …", "This report may be cited as:", "Suggested citation"
  /^(?:Cite this (?:page|article|report|paper)|Suggested citation|How to cite(?: this)?|This (?:report|paper|article) (?:may|should) be cited as)\b/iu,
  /^Cite this(?: \p{L}+)?\s*[:：]/iu,
  // download links and inline link rows ("Download PDF (412 KB)", "Related: A · B")
  /^Download (?:the )?(?:PDF|full (?:report|text)|report|paper|article)\b/iu,
  /^(?:Related|Read more|Read next|See also|More on this)\s*[:：]\s+\S/iu,
  // an image placeholder left by a text rendering of a page
  /^\[(?:Image|Photo|Figure|Picture|Video|Graphic|Map|Chart)\b[^\]]*\]$/iu,
  // licence lines
  /^(?:Content )?licensed under\b|\bCC BY(?:-[A-Z]{2})*(?: \d\.\d)?\.?$/iu,
  // editor's notes, disclaimers, drafts, contact lines
  /^Editor['’]s note\s*[:：]/iu,
  /^(?:The )?views (?:expressed )?(?:here |in this [\p{L}]+ )?are (?:the author['’]?s?['’]? own|those of the authors?)\b/iu,
  /^Draft\b.*\b(?:cite|circulate|quote|distribute)\b/iu,
  /^(?:Corresponding author|Address|Tel|Phone|Fax|E-?mail|Hotline|Contact)\s*[:：]/iu,
  // agency photo credits alone on a line ("TTXVN/VNA/VNP")
  /^[A-Z]{2,6}(?:\/[A-Z]{2,6})+$/u,
];

/** Whether a whole line is page furniture by its look alone (controls, chrome), wherever it stands. */
export function isFurnitureLine(text: string): boolean {
  return CONTROLS.test(text) || CHROME.some((re) => re.test(text));
}

/** A contents line: a title, dotted leaders or spaces, a page number ("Introduction........3"). */
const CONTENTS_LINE = /(?:\.{4,}|…{2,}|(?:\. ){3,})\s*\d{1,3}$/u;
/** A Word comment left in an export ("[Comment JD1]: check date…") and its anchor in the text ("[JD1]"). */
const WORD_COMMENT = /^\[Comment(?: [A-Z]{1,5}\d{1,3})?\]\s*[:：]?/u;
export const COMMENT_ANCHOR = /\[[A-Z]{1,5}\d{1,3}\]/gu;

const MONTH_RE = `(?:${MONTHS})\\.?`;
const DATE_LINE = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH_RE},? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,|·]+.*)?$`,
  'iu',
);
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|GMT|UTC|ICT|CST)?\b/iu;

/** InDesign slug: file name, page, date and time ("Report_final.indd 2 12/12/19 4:05 PM"). */
const SLUG = /\.(?:indd|qxd|qxp|pdf)\b.*\d{1,2}\/\d{1,2}\/\d{2,4}/iu;

const RELATED_HEAD =
  /^(?:Related(?: articles?| stories| content| posts| reading| coverage| news)?|Read more|Read next|More (?:from|on|in|stories)\b.*|You (?:may|might) also (?:like|be interested in)|Recommended(?: for you)?|Further reading|See also|Most (?:read|popular)|Popular(?: now)?|Trending|Latest(?: news)?|Editor'?s picks)\s*[:：]?$/iu;
const TAGS_HEAD = /^(?:Tags|Topics|Filed under|Categories|Keywords|Tagged)\b\s*[:：]?/iu;
const COMMENTS_HEAD =
  /^(?:(?:\d+ )?(?:Comments?|Responses?|Replies)(?: \(\d+\))?|Leave a (?:reply|comment)|Join the (?:conversation|discussion)|Show comments|Post a comment|Add a comment|Comment policy)\s*[:：]?$/iu;
const ABOUT_AUTHOR = /^About the authors?\s*[:：]?$/iu;

/** Classifies every line; returns the kept lines with null for blank separators and PAGE_BREAK where page furniture was. */
export function removeFurniture(ctx: IngestContext): Kept[] {
  const { meta, hints } = ctx;
  const lines = ctx.lines;
  const web = ctx.extraction !== 'pdf';
  const pdf = ctx.extraction === 'pdf';
  const mark: (RemovedKind | 'keep' | 'note' | undefined)[] = lines.map(() => undefined);
  const breakAt = new Set<number>();
  const set = (i: number, kind: RemovedKind | 'note'): void => {
    if (mark[i] === undefined && lines[i]!.text !== '') mark[i] = kind;
  };
  const titleNorm = norm(meta.title);
  const authors = meta.authors.map((a) => a.trim()).filter(Boolean);
  const authorRe = authors.length
    ? new RegExp(`(?:${authors.map(escapeRe).join('|')})`, 'u')
    : null;

  // 0. lines repeated on several pages: running headers and footers (digits ignored: "Page 3 | Report")
  const repeatKey = (t: string): string => t.replace(/\d+/gu, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.text && l.text.length <= 90 && /\p{L}{3}/u.test(l.text) && !l.text.startsWith(GRID))
      counts.set(repeatKey(l.text), (counts.get(repeatKey(l.text)) ?? 0) + 1);
  // two occurrences are enough: each must stand beside a page boundary
  const repeatMin = 2;
  // page boundaries: form feeds, page numbers, slugs, the start and end of the text
  const boundary = lines.map((l) => !!l.pageStart || SLUG.test(l.text) || isPageNumber(l.text));
  const nonBlank = lines.flatMap((l, i) => (l.text ? [i] : []));
  const rank = new Map(nonBlank.map((i, r) => [i, r]));
  // a running header or footer sits next to a page boundary: the first or last line of the text, or
  // the line just before or after a form feed, page number or slug
  const nearBoundary = (i: number): boolean => {
    const r = rank.get(i);
    if (r === undefined) return false;
    if (r === 0 || r === nonBlank.length - 1 || lines[i]!.pageStart) return true;
    const prev = nonBlank[r - 1]!;
    const next = nonBlank[r + 1]!;
    return (
      boundary[prev]! ||
      boundary[next]! ||
      !!lines[next]!.pageStart ||
      lines.slice(i + 1, next + 1).some((l) => l.pageStart)
    );
  };
  const atBoundary = new Map<string, number>();
  for (const i of nonBlank)
    if (nearBoundary(i))
      atBoundary.set(
        repeatKey(lines[i]!.text),
        (atBoundary.get(repeatKey(lines[i]!.text)) ?? 0) + 1,
      );

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
    if (
      (counts.get(repeatKey(t)) ?? 0) >= repeatMin &&
      (atBoundary.get(repeatKey(t)) ?? 0) >= 2 &&
      nearBoundary(i) &&
      !isNoteLine(t) &&
      !/^[•●\uf0b7-]/u.test(t)
    ) {
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

  // a pull-quote set into the text: an indented block in quotation marks after a line that stops mid-sentence
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s{4,}[“"]/u.test(lines[i]!.raw) || mark[i] !== undefined) continue;
    let j = i;
    while (j < lines.length && /^\s{4,}\S/u.test(lines[j]!.raw)) j++;
    const quote = lines
      .slice(i, j)
      .map((l) => l.text)
      .join(' ');
    let p = i - 1;
    while (p >= 0 && !lines[p]!.text) p--;
    if (p >= 0 && /[”"]\.?$/u.test(quote) && quote.length <= 300 && !endsSentence(lines[p]!.text))
      for (let k = i; k < j; k++) set(k, 'pull-quote');
  }

  // map and chart labels: a run of short lines without sentence punctuation just before a figure caption
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:Figure|Fig\.|Map|Chart)\s*\d+[.:]/u.test(lines[i]!.text)) continue;
    let j = i - 1;
    const run: number[] = [];
    while (
      j >= 0 &&
      lines[j]!.text &&
      mark[j] === undefined &&
      lines[j]!.text.length <= 30 &&
      !/[.;:?!,]$/u.test(lines[j]!.text)
    )
      run.push(j--);
    if (run.length >= 3) for (const k of run) set(k, 'caption');
  }

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

/** Known words of section headings. */
export const SECTION_WORD =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+)?(?:Introduction|Conclusions?|Concluding remarks|Summary|Executive summary|Key (?:points|findings|judgements|takeaways)|Background|Overview|Abstract|Recommendations?(?: for .+)?|Policy recommendations|Findings|Discussion|Analysis|Methodology|Methods|Outlook|Implications|Context|History|Acknowledge?ments|Appendix(?: [A-Z\d]+)?|Annex(?: [A-Z\d]+)?|Notes|Endnotes|Footnotes|References|Bibliography|Works cited|Sources|Further reading|Glossary|Abbreviations|Preface|Foreword)$/iu;

/** A line of running prose: long enough, with a sentence's shape. */
function isProse(t: string): boolean {
  return (
    (t.length >= 60 && /[.?!]["”’)]*$/u.test(t) && t.split(' ').length >= 8) ||
    (t.length >= 140 && / \p{Ll}+ /u.test(t))
  );
}

/** A short menu or link item: no sentence punctuation, a few words. */
function isNavItem(t: string): boolean {
  return (
    t.length <= 40 &&
    !/[.?!;:]["”’)]*$/u.test(t) &&
    t.split(' ').length <= 6 &&
    !/^[•●\uf0b7-]/u.test(t)
  );
}

/** Breadcrumbs or a row of links: short items separated by ›, », >, >>, /, | or ·. */
function isLinkRow(t: string): boolean {
  const parts = t.split(/\s*(?:›|»|>>?|\||·|•)\s*|\s+\/\s+/u).filter(Boolean);
  return (
    parts.length >= 2 &&
    t.length <= 160 &&
    parts.every((p) => p.length <= 30 && !/[.?!]$/u.test(p)) &&
    /(?:›|»|>|\||·|\s\/\s)/u.test(t)
  );
}

/** A byline: "By A and B", with or without a date and time, or an author line at the top with a date. */
function isByline(t: string, authorRe: RegExp | null, early: boolean): boolean {
  if (/^By\s+\p{Lu}/u.test(t) && t.length <= 160 && (!/[.?!]$/u.test(t) || /\b\p{Lu}\.$/u.test(t)))
    return true;
  if (early && DATE_LINE.test(t) && t.length <= 80) return true;
  if (TIME.test(t) && DATE_LINE.test(t.replace(/^.*?\|\s*/u, '')) && t.length <= 100) return true;
  if (!authorRe) return false;
  const rest = t
    .replace(new RegExp(authorRe.source, 'gu'), '')
    .replace(/\[\d+\]|\*|†|,|\band\b|&|\s/gu, '');
  return early && authorRe.test(t) && rest.length <= 2;
}

/** A photo caption that carries its credit: "… (Photo: Reuters)", "… (Xinhua/Ju Peng)", "… Image: Getty Images". */
function isCaption(t: string): boolean {
  return (
    /\((?:Photo|Image|Picture|Credit|Photograph|File photo)s?(?: by)?\s*[:：]?[^)]{1,60}\)$/iu.test(
      t,
    ) ||
    /\((?:Xinhua|VNA|AFP|AP|Reuters|EPA|Getty Images|AFP\/Getty Images)(?:\/[^)]{1,40})?\)$/u.test(
      t,
    ) ||
    /(?:^|[.)] )(?:Image|Photo|Picture|Credit)s?\s*[:：]\s*[\p{L} .&/-]{1,40}$/u.test(t)
  );
}

/** A page number line: "12", "Page 12", "12 of 40", "– 12 –". */
function isPageNumber(t: string): boolean {
  return (
    /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/iu.test(t) ||
    /^[-–—]\s*\d{1,3}\s*[-–—]$/u.test(t)
  );
}

/** A note text line at a page foot: "12 Reuters, …". */
function isNoteLine(t: string): boolean {
  return /^\d{1,3}\s+\S/u.test(t) && /[,.]/u.test(t);
}

/**
 * PDF pages (between form feeds) that are front matter: an imprint page (copyright, ISBN, "All rights
 * reserved"), a contents page, and a cover page before them (no line of running prose).
 */
function frontMatterPages(
  ctx: IngestContext,
  lines: readonly Line[],
  mark: (RemovedKind | 'keep' | 'note' | undefined)[],
  set: (i: number, kind: RemovedKind) => void,
): void {
  const starts = [0, ...lines.flatMap((l, i) => (l.pageStart ? [i] : []))];
  const pageOf = starts.map((s, p) => [s, (starts[p + 1] ?? lines.length) - 1] as const);
  let lastFront = -1;
  for (const [p, [a, b]] of pageOf.entries()) {
    const texts = lines
      .slice(a, b + 1)
      .map((l) => l.text)
      .filter(Boolean);
    if (!texts.length) continue;
    const imprint = texts.some((t) =>
      /©|\bISBN\b|\bISSN\b|All rights reserved|No part of this publication/iu.test(t),
    );
    const contents =
      /^(?:Table of )?Contents$/iu.test(texts[0]!) ||
      (texts.length >= 3 &&
        texts.filter((t) => /(?:\.{3,}|…+|\s)\s*\d{1,3}$/u.test(t)).length >= texts.length * 0.6);
    if (imprint || contents) {
      for (let k = a; k <= b; k++) set(k, contents && !imprint ? 'contents' : 'front-matter');
      lastFront = p;
    }
    if (p > 3) break;
  }
  // the cover: the pages before an imprint or contents page, when they hold no running prose
  for (let p = 0; p < lastFront; p++) {
    const [a, b] = pageOf[p]!;
    if (lines.slice(a, b + 1).every((l) => l.text.length <= 70))
      for (let k = a; k <= b; k++) set(k, 'front-matter');
  }
  // a contents list without its own page: "Contents" followed by lines ending in page numbers
  for (let i = 0; i < lines.length; i++) {
    if (mark[i] !== undefined || !/^(?:Table of )?Contents$/iu.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (
      j < lines.length &&
      (lines[j]!.text === '' || /(?:\.{3,}|…+|\s)\s*\d{1,3}$/u.test(lines[j]!.text))
    )
      j++;
    if (j - i >= 3) for (let k = i; k < j; k++) set(k, 'contents');
  }
  void ctx;
}

/**
 * Note texts at the foot of a PDF page ("7 US Department of State, press briefing, 2 October 2014.",
 * continuation lines included) become note definitions; an author note ("* Jane Doe is a senior fellow…")
 * is removed. A foot is the run of lines just before the page's end (a form feed, page number, running
 * footer or slug); numbered notes in it must be consecutive.
 */
function pageFootNotes(
  ctx: IngestContext,
  lines: readonly Line[],
  mark: (RemovedKind | 'keep' | 'note' | undefined)[],
  breakAt: Set<number>,
): void {
  // page ends: the last kept line before a page break or the end of the text
  const ends = new Set<number>();
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !breakAt.has(i) && !lines[i]!.pageStart) continue;
    let e = i - 1;
    while (e >= 0 && (mark[e] !== undefined || lines[e]!.text === '')) e--;
    if (e >= 0) ends.add(e);
  }
  let lastNote = 0;
  for (const e of [...ends].sort((x, y) => x - y)) {
    // walk back over kept lines (no blank line inside the foot except before it)
    const foot: number[] = [];
    for (let k = e; k >= 0 && foot.length < 40; k--) {
      if (lines[k]!.text === '') break;
      if (mark[k] !== undefined) break;
      foot.unshift(k);
    }
    // the longest tail of the foot that reads as consecutive notes or an author note (a notes
    // section under its own heading is read by the notes pass)
    if (foot.some((k) => NOTES_HEAD.test(lines[k]!.text))) continue;
    for (let s = 0; s < foot.length; s++) {
      const run = foot.slice(s);
      const parsed = parseFoot(run.map((k) => lines[k]!.text));
      if (!parsed) continue;
      // numbering runs on from the last page's notes (or starts again at 1)
      if (parsed.notes.length && parsed.notes[0]!.n !== lastNote + 1 && parsed.notes[0]!.n !== 1)
        continue;
      for (const [x, k] of run.entries()) {
        const which = parsed.lineKinds[x]!;
        if (which === 'author') {
          mark[k] = 'author-bio';
        } else mark[k] = 'note';
      }
      for (const note of parsed.notes) {
        ctx.pageNotes.set(note.n, { text: note.text, line: lines[run[note.at]!]!.n });
        lastNote = note.n;
      }
      break;
    }
  }
}

/** Reads a page foot: an author note starting with * or † and/or numbered notes (parseNotes) that take up every line. */
function parseFoot(
  texts: readonly string[],
): { notes: { n: number; text: string; at: number }[]; lineKinds: ('note' | 'author')[] } | null {
  if (texts.some((t) => NOTES_HEAD.test(t))) return null;
  let authorLines = 0;
  if (/^[*†‡]\s*\p{Lu}/u.test(texts[0] ?? '')) {
    authorLines = 1;
    while (
      authorLines < texts.length &&
      !/^\[?\d{1,3}\]?[.)]?\s+[\p{Lu}"“‘'(]/u.test(texts[authorLines]!)
    )
      authorLines++;
  }
  const lineKinds: ('note' | 'author')[] = texts.map((_, i) =>
    i < authorLines ? 'author' : 'note',
  );
  const rest = texts.slice(authorLines);
  if (!rest.length) return authorLines ? { notes: [], lineKinds } : null;
  if (!/^\[?\d{1,3}\]?[.)]?\s+[\p{Lu}"“‘'(]/u.test(rest[0]!)) return null;
  const parsed = parseNotes(rest);
  if (!parsed.notes.size || parsed.rest.length) return null;
  // every line starting with a number must be a note's start or its wrapped date ("2 October 2014.")
  const notes = [...parsed.notes].map(([n, text]) => ({
    n,
    text,
    at:
      authorLines +
      Math.max(
        0,
        rest.findIndex(
          (t) => t.startsWith(`${n} `) || t.startsWith(`${n}. `) || t.startsWith(`[${n}]`),
        ),
      ),
  }));
  if (notes.some((x) => !/[,.]|\d{4}/u.test(x.text))) return null;
  return { notes, lineKinds };
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

/**
 * One citation model per report: the single description of "what is being cited" that every page and
 * every export is produced from — the Chicago, APA, MLA, BibTeX, RIS and CSL-JSON forms
 * (src/lib/claims/cite.ts), the Google Scholar / Dublin Core / Open Graph tags and the schema.org
 * JSON-LD (src/lib/cite/meta.ts). Pure: no astro:*, no I/O.
 *
 * The item type follows the report's `kind` and the type of its outlet (content/outlets.yaml):
 *
 * | kind                 | outlet type              | item (CSL type)                              |
 * |----------------------|--------------------------|----------------------------------------------|
 * | report               | institution (or unknown) | `report`, the outlet as publisher            |
 * | paper                | institution (or unknown) | `report` with genre "Working paper"          |
 * | report, paper        | journal, news, magazine, blog | as for an article in that outlet       |
 * | article, commentary  | journal                  | `article-journal`, the outlet as container   |
 * | article, commentary  | news                     | `article-newspaper`, the outlet as container |
 * | article, commentary  | magazine                 | `article-magazine`, the outlet as container  |
 * | article, commentary  | blog, institution        | `post-weblog`, the outlet as container       |
 *
 * An outlet missing from the registry is typed from the report alone: reports and papers as
 * institutions; articles as journals when the publisher's name says so ("Journal", "Quarterly",
 * "Review", "Studies", "Affairs", "Bulletin"), otherwise as magazines; commentary as blogs.
 *
 * The item's URL is this site's report page, for every report and every claim of it: the pinpoints
 * ("para. 45, sent. 1") count paragraphs and sentences of the text as this site shows it, so they can
 * only be followed there; and one URL per report makes the claims of a report one work in a reference
 * manager. The publisher's own URL, where there is one, is kept as `originalUrl` (CSL `source`-like
 * note "Originally published at …"; schema.org `sameAs`; shown on the report page).
 */
import type { Outlet, OutletType } from '../schemas/outlet.ts';
import type { Report } from '../schemas/report.ts';

export type WorkType =
  'report' | 'article-journal' | 'article-newspaper' | 'article-magazine' | 'post-weblog';

/** A person's name as citations need it. */
export interface Name {
  family: string;
  given: string;
}

/** The citation model of one report. */
export interface Work {
  /** The report id. */
  id: string;
  /** CSL item type. */
  type: WorkType;
  /** Kind of report ("Working paper"), for `report` items that are not plain reports. */
  genre?: string;
  title: string;
  authors: Name[];
  /** Publication date, ISO with its precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  /** The issuing institution (`report` items). */
  publisher?: string;
  /** The journal, newspaper, magazine or blog (every other type). */
  container?: string;
  /** City of the publisher or outlet, where known. */
  place?: string;
  /** This site's report page. */
  url: string;
  /** The publisher's own page of the report, where there is one. */
  originalUrl?: string;
  /** BCP 47 language of the text. */
  language: string;
  /** The report's own abstract, when it has one (never a sentence of its body). */
  abstract?: string;
}

/** Byline names as citation names: the family name is `familyNames[i]` or the last word. */
export function citationNames(authors: readonly string[], familyNames?: readonly string[]): Name[] {
  return authors.map((name, i) => {
    const words = name.trim().split(/\s+/);
    const family = familyNames?.[i] ?? words.at(-1) ?? name;
    const at = words.lastIndexOf(family);
    const given = words.filter((_, k) => k !== at).join(' ');
    return { family, given };
  });
}

const JOURNAL_NAME = /\b(journal|quarterly|review|studies|affairs|bulletin)\b/i;

/** The outlet type of a report's publisher: from the registry, else from the report itself. */
export function outletType(
  report: Pick<Report, 'kind' | 'publisher'>,
  outlet?: Pick<Outlet, 'type'>,
): OutletType {
  if (outlet) return outlet.type;
  switch (report.kind) {
    case 'report':
    case 'paper':
      return 'institution';
    case 'article':
      return JOURNAL_NAME.test(report.publisher) ? 'journal' : 'magazine';
    case 'commentary':
      return 'blog';
  }
}

const ARTICLE_TYPE: Record<Exclude<OutletType, 'institution'>, WorkType> = {
  journal: 'article-journal',
  news: 'article-newspaper',
  magazine: 'article-magazine',
  blog: 'post-weblog',
};

/** The citation model of `report`, published by `outlet` (its registry entry, when it has one). */
export function citationModel(
  report: Pick<
    Report,
    | 'id'
    | 'title'
    | 'authors'
    | 'family_names'
    | 'publisher'
    | 'published'
    | 'kind'
    | 'url'
    | 'language'
    | 'abstract'
  >,
  reportUrl: string,
  outlet?: Pick<Outlet, 'name' | 'type' | 'place'>,
): Work {
  if (outlet && outlet.name !== report.publisher)
    throw new Error(
      `citationModel: outlet "${outlet.name}" is not the publisher of report "${report.id}" ("${report.publisher}")`,
    );
  const otype = outletType(report, outlet);
  const work: Work = {
    id: report.id,
    type: 'report',
    title: report.title,
    authors: citationNames(report.authors, report.family_names),
    published: report.published,
    url: reportUrl,
    language: report.language,
  };
  if (otype === 'institution' && (report.kind === 'report' || report.kind === 'paper')) {
    work.publisher = report.publisher;
    if (report.kind === 'paper') work.genre = 'Working paper';
  } else {
    work.type = otype === 'institution' ? 'post-weblog' : ARTICLE_TYPE[otype];
    work.container = report.publisher;
  }
  if (outlet?.place) work.place = outlet.place;
  if (report.url) work.originalUrl = report.url;
  if (report.abstract) work.abstract = report.abstract;
  return work;
}

/** A CSL-JSON item. */
export interface CslItem {
  id: string;
  type: WorkType;
  genre?: string;
  title: string;
  author: Name[];
  issued: { 'date-parts': number[][] };
  publisher?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  URL: string;
  note?: string;
  abstract?: string;
  language: string;
}

/** "Originally published at …": the note a work carries when the publisher has its own page of it. */
export function originalNote(work: Pick<Work, 'originalUrl'>): string | undefined {
  return work.originalUrl ? `Originally published at ${work.originalUrl}` : undefined;
}

/** The work as a CSL-JSON item; `note` replaces the default note (the original URL). */
export function workCsl(work: Work, note?: string): CslItem {
  const item: CslItem = {
    id: work.id,
    type: work.type,
    title: work.title,
    author: work.authors.map((a) => ({ ...a })),
    issued: { 'date-parts': [work.published.split('-').map(Number)] },
    URL: work.url,
    language: work.language,
  };
  if (work.genre) item.genre = work.genre;
  if (work.publisher) item.publisher = work.publisher;
  if (work.place) item['publisher-place'] = work.place;
  if (work.container) item['container-title'] = work.container;
  if (work.abstract) item.abstract = work.abstract;
  const n = note ?? originalNote(work);
  if (n) item.note = n;
  return item;
}

/** The Zotero item type each work type is captured as (what Zotero's CSL mapping gives it). */
export const ZOTERO_TYPE: Record<WorkType, string> = {
  report: 'report',
  'article-journal': 'journalArticle',
  'article-newspaper': 'newspaperArticle',
  'article-magazine': 'magazineArticle',
  'post-weblog': 'blogPost',
};

/** "para. 45, sent. 1": a claim's place in its report, in the abbreviations notes use. */
export function locator(claim: { paragraph: number; sentence?: number | undefined }): string {
  return `para. ${claim.paragraph}${claim.sentence !== undefined ? `, sent. ${claim.sentence}` : ''}`;
}

/**
 * The note a claim's reference carries: the quotation and where it is — what a reference manager
 * keeps with the item (RIS `N1` becomes a Zotero note; CSL `note` becomes Extra).
 */
export function quotationNote(
  claim: {
    text: string;
    section: readonly string[];
    paragraph: number;
    sentence?: number | undefined;
  },
  permalink: string,
): string {
  const section = claim.section.length ? ` in section “${claim.section.at(-1)}”` : '';
  return `“${claim.text.replace(/\s+/g, ' ').trim()}” (${locator(claim)}${section}). Claim: ${permalink}`;
}

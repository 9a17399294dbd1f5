/**
 * What report and claim pages tell reference managers and search engines about the work, all from
 * its citation model (src/lib/cite/model.ts):
 *
 * - Google Scholar's `citation_*` (Highwire) tags. Zotero's Embedded Metadata translator types an
 *   item from them: `citation_technical_report_institution` → report, `citation_journal_title` →
 *   journal article; with neither it guesses a journal article. Newspaper, magazine and blog items
 *   name their outlet in `prism.publicationName` (Zotero: publication, magazine or blog title); the
 *   place is EPrints' `eprints.place_of_pub`; a report's genre is `DC.type` (Zotero: Report Type).
 * - `z.itemType` names the Zotero item type outright (what Highwire cannot say), and makes Zotero keep `DC.description` (the
 *   original URL; on claim pages the quotation and its place) in the item's Extra field.
 * - `citation_public_url` is this site's report page on report and claim pages alike, so every claim
 *   of a report is captured as the same work (see the model for why).
 * - schema.org JSON-LD of the matching type (Report, ScholarlyArticle, NewsArticle, Article,
 *   BlogPosting), with the outlet as `isPartOf` (Periodical, Newspaper, Blog) or `publisher`.
 *
 * Values are plain strings: Astro escapes them in attributes; JSON-LD goes through `jsonScriptHtml`.
 */
import { originalNote, ZOTERO_TYPE, type Work, type WorkType } from './model.ts';

export interface MetaTag {
  /** `property` for Open Graph, `name` otherwise. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

/** Highwire date form: "2015-11" → "2015/11". */
export function highwireDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

/**
 * Highwire, Dublin Core, PRISM and Zotero tags of a work (the same on its report page and its claims'
 * pages). `note` is what the reference manager should keep with the item: on a claim page the
 * quotation and its place; by default the original URL. Zotero's Embedded Metadata translator puts
 * `DC.description` into the item's Extra field when the page names its Zotero item type (`z.itemType`,
 * a namespace the translator reads), instead of taking it for an abstract.
 */
export function workMetaTags(work: Work, note: string | undefined = originalNote(work)): MetaTag[] {
  const tag = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const tags: MetaTag[] = [tag('citation_title', work.title)];
  if (work.abstract) tags.push(tag('citation_abstract', work.abstract));
  for (const a of work.authors)
    tags.push(tag('citation_author', a.given ? `${a.family}, ${a.given}` : a.family));
  tags.push(tag('citation_publication_date', highwireDate(work.published)));
  if (work.type === 'report') {
    tags.push(tag('citation_technical_report_institution', work.publisher ?? ''));
    if (work.publisher) tags.push(tag('citation_publisher', work.publisher));
    // The kind of report ("Working paper"): Zotero's Report Type.
    if (work.genre) tags.push(tag('DC.type', work.genre));
  } else if (work.type === 'article-journal') {
    tags.push(tag('citation_journal_title', work.container ?? ''));
  } else if (work.container) {
    tags.push(tag('prism.publicationName', work.container));
  }
  // EPrints' place of publication: Zotero's Place.
  if (work.place) tags.push(tag('eprints.place_of_pub', work.place));
  tags.push(
    tag('citation_language', work.language),
    tag('citation_public_url', work.url),
    tag('citation_abstract_html_url', work.url),
    tag('z.itemType', ZOTERO_TYPE[work.type]),
  );
  if (note) tags.push(tag('DC.description', note));
  return tags.filter((t) => t.content !== '');
}

/** The schema.org type of a work. */
export function schemaType(work: Pick<Work, 'type'>): string {
  switch (work.type) {
    case 'report':
      return 'Report';
    case 'article-journal':
      return 'ScholarlyArticle';
    case 'article-newspaper':
      return 'NewsArticle';
    case 'article-magazine':
      return 'Article';
    case 'post-weblog':
      return 'BlogPosting';
  }
}

const CONTAINER_TYPE: Partial<Record<WorkType, string>> = {
  'article-journal': 'Periodical',
  'article-newspaper': 'Newspaper',
  'article-magazine': 'Periodical',
  'post-weblog': 'Blog',
};

/** schema.org JSON-LD of a work, as the main entity of its report page. */
export function workJsonLd(
  work: Work,
  extra: { image?: string; site: string },
): Record<string, unknown> {
  const authors = work.authors.map((a) => ({
    '@type': 'Person',
    name: [a.given, a.family].filter(Boolean).join(' '),
    familyName: a.family,
    ...(a.given ? { givenName: a.given } : {}),
  }));
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType(work),
    '@id': work.url,
    url: work.url,
    name: work.title,
    headline: work.title.length <= 110 ? work.title : undefined,
    author: authors,
    datePublished: work.published,
    inLanguage: work.language,
  };
  if (work.genre) ld['genre'] = work.genre;
  if (work.publisher)
    ld['publisher'] = {
      '@type': 'Organization',
      name: work.publisher,
      ...(work.place ? { location: work.place } : {}),
    };
  if (work.container) {
    ld['isPartOf'] = { '@type': CONTAINER_TYPE[work.type] ?? 'CreativeWork', name: work.container };
    // The outlet also published it: link previews name it as the publisher, as they do a report's.
    ld['publisher'] = {
      '@type': 'Organization',
      name: work.container,
      ...(work.place ? { location: work.place } : {}),
    };
  }
  if (work.originalUrl) ld['sameAs'] = work.originalUrl;
  if (extra.image) ld['image'] = extra.image;
  ld['provider'] = { '@type': 'Organization', name: 'Triangulate', url: extra.site };
  return Object.fromEntries(Object.entries(ld).filter(([, v]) => v !== undefined));
}

/**
 * What a claim page tells sharing cards and reference managers: Open Graph and Twitter card tags,
 * Highwire `citation_*` tags (Zotero's embedded-metadata translator reads them; a report with
 * `citation_technical_report_institution` is saved as a report), and JSON-LD (a schema.org Quotation
 * that is part of the report). Values are plain strings: Astro escapes them in attributes, and
 * `jsonLd` escapes `<`, `>`, `&` and the JavaScript line separators so claim text cannot end the script.
 */
import type { Claim } from '../schemas/claim.ts';
import type { Report } from '../schemas/report.ts';
import { cslNames } from './cite.ts';

export interface MetaTag {
  /** `property` for Open Graph, `name` otherwise. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

/** Shortens text at a word boundary, adding an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Title of a claim page: the claim, shortened, and its report. */
export function claimTitle(claim: Pick<Claim, 'text'>, report: Pick<Report, 'title'>): string {
  return `“${shorten(claim.text, 90)}” — ${report.title}`;
}

/** Highwire date form: 2015/11/01 → "2015/11", "2015/05/11". */
function highwireDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

export function claimMetaTags(
  claim: Pick<Claim, 'text'>,
  report: Report,
  urls: { claim: string; report: string },
): MetaTag[] {
  const title = claimTitle(claim, report);
  const description = shorten(claim.text, 300);
  const tags: MetaTag[] = [
    { attr: 'property', key: 'og:type', content: 'article' },
    { attr: 'property', key: 'og:site_name', content: 'Triangulate' },
    { attr: 'property', key: 'og:title', content: title },
    { attr: 'property', key: 'og:description', content: description },
    { attr: 'property', key: 'og:url', content: urls.claim },
    { attr: 'name', key: 'twitter:card', content: 'summary' },
    { attr: 'name', key: 'twitter:title', content: title },
    { attr: 'name', key: 'twitter:description', content: description },
    { attr: 'name', key: 'citation_title', content: report.title },
  ];
  for (const n of cslNames(report.authors, report.family_names))
    tags.push({ attr: 'name', key: 'citation_author', content: n.given ? `${n.family}, ${n.given}` : n.family });
  tags.push({ attr: 'name', key: 'citation_publication_date', content: highwireDate(report.published) });
  if (report.kind === 'report')
    tags.push({ attr: 'name', key: 'citation_technical_report_institution', content: report.publisher });
  tags.push(
    { attr: 'name', key: 'citation_publisher', content: report.publisher },
    { attr: 'name', key: 'citation_language', content: report.language },
    { attr: 'name', key: 'citation_abstract_html_url', content: urls.report },
  );
  if (report.url) tags.push({ attr: 'name', key: 'citation_public_url', content: report.url });
  return tags;
}

export function claimJsonLd(
  claim: Pick<Claim, 'text'>,
  report: Report,
  urls: { claim: string; report: string; site: string },
  about: ReadonlyArray<{ name: string; url: string }>,
): object {
  const authors = report.authors.map((name) => ({ '@type': 'Person', name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': urls.claim,
    url: urls.claim,
    text: claim.text,
    creator: authors,
    ...(about.length ? { about: about.map((a) => ({ '@type': 'Thing', name: a.name, url: a.url })) } : {}),
    isPartOf: {
      '@type': report.kind === 'report' ? 'Report' : 'Article',
      '@id': urls.report,
      name: report.title,
      author: authors,
      publisher: { '@type': 'Organization', name: report.publisher },
      datePublished: report.published,
      inLanguage: report.language,
      url: urls.report,
      ...(report.url ? { sameAs: report.url } : {}),
    },
    isBasedOn: report.url ?? urls.report,
    provider: { '@type': 'Organization', name: 'Triangulate', url: urls.site },
  };
}

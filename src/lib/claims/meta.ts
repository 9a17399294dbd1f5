/**
 * What a claim page tells sharing cards and reference managers. The citation tags are its report's
 * (src/lib/cite/meta.ts), so a reference manager captures the report — the same item from every
 * claim of it. Link previews get the claim: its text as the Open Graph title, and as the description
 * where it is, so the quoted sentence is never read as the report's abstract (Zotero takes
 * `og:description` as the abstract; it does not read `twitter:description`). JSON-LD is a schema.org
 * Quotation that is part of the report.
 */
import type { Claim } from '../schemas/claim.ts';
import type { Report } from '../schemas/report.ts';
import { locator, originalNote, quotationNote, type Work } from '../cite/model.ts';
import { schemaType, workMetaTags, type MetaTag } from '../cite/meta.ts';

export type { MetaTag };

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

/** Names as a byline: "Gitter and Kania", "Hayton", "A, B and C". */
function byline(work: Pick<Work, 'authors'>): string {
  const names = work.authors.map((a) => a.family);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Link-preview text of a claim page: the claim as title; where it is as description
 * ("Hayton, “Vietnam and the United States…” (2015), para. 45, sent. 1").
 */
export function claimSocial(
  claim: Pick<Claim, 'text' | 'paragraph' | 'sentence'>,
  work: Pick<Work, 'authors' | 'title' | 'published'>,
): { title: string; description: string; twitterDescription: string } {
  return {
    title: `“${shorten(claim.text, 200)}”`,
    description: `Quoted from ${byline(work)}, “${work.title}” (${work.published.slice(0, 4)}), ${locator(claim)}.`,
    twitterDescription: shorten(claim.text, 300),
  };
}

/**
 * The citation tags of a claim page: its report's, with the quotation and its place (and the
 * original URL, where there is one) as the note Zotero keeps in the item's Extra field.
 */
export function claimMetaTags(
  work: Work,
  claim?: Pick<Claim, 'text' | 'section' | 'paragraph' | 'sentence'>,
  permalink?: string,
): MetaTag[] {
  if (!claim || !permalink) return workMetaTags(work);
  const original = originalNote(work);
  return workMetaTags(work, [quotationNote(claim, permalink), original].filter(Boolean).join('\n'));
}

export function claimJsonLd(
  claim: Pick<Claim, 'text'>,
  work: Work,
  urls: { claim: string; site: string },
  about: ReadonlyArray<{ name: string; url: string }>,
): object {
  const authors = work.authors.map((a) => ({
    '@type': 'Person',
    name: [a.given, a.family].filter(Boolean).join(' '),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': urls.claim,
    url: urls.claim,
    text: claim.text,
    creator: authors,
    ...(about.length
      ? { about: about.map((a) => ({ '@type': 'Thing', name: a.name, url: a.url })) }
      : {}),
    isPartOf: {
      '@type': schemaType(work),
      '@id': work.url,
      name: work.title,
      author: authors,
      ...(work.publisher ? { publisher: { '@type': 'Organization', name: work.publisher } } : {}),
      ...(work.container ? { isPartOf: { '@type': 'CreativeWork', name: work.container } } : {}),
      datePublished: work.published,
      inLanguage: work.language,
      url: work.url,
      ...(work.originalUrl ? { sameAs: work.originalUrl } : {}),
    },
    isBasedOn: work.url,
    provider: { '@type': 'Organization', name: 'Triangulate', url: urls.site },
  };
}

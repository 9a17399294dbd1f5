/**
 * Link-preview and web-page tags every page carries (Open Graph, Twitter card, Dublin Core date).
 * Pages that are works (reports) say `type: 'article'` and give `published`; the others are web pages
 * (`og:type` website) and give `modified`, the date their content last changed, as `DC.date` and
 * `dcterms.modified` — so a historical date shown on an event page (`<time datetime="0938">`) is
 * never taken for the page's date (Zotero reads `DC.date` before any `<time>` element).
 */
import type { MetaTag } from './meta.ts';

export const SITE_NAME = 'Triangulate';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialInput {
  /** Preview title (defaults to the page title, without the site name). */
  title?: string | undefined;
  /** Preview description (defaults to the page description). */
  description?: string | undefined;
  /** Twitter's description, when it should differ from Open Graph's. */
  twitterDescription?: string | undefined;
  type?: 'website' | 'article' | undefined;
  /** Path of the page's social card (a 1200×630 PNG). */
  image?: string | undefined;
  /** What the card shows, for readers who cannot see it. */
  imageAlt?: string | undefined;
  /** Publication date of the work the page is (ISO). */
  published?: string | undefined;
  /** When the page's content last changed (ISO). */
  modified?: string | undefined;
  /** Byline of the work the page is ("David Gitter and Elsa Kania"). */
  author?: string | undefined;
}

export function socialTags(
  input: SocialInput & { title: string; description: string },
  url: string,
  site: URL | string,
): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const name = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const tags: MetaTag[] = [
    og('og:site_name', SITE_NAME),
    og('og:type', input.type ?? 'website'),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:url', url),
    og('og:locale', 'en_US'),
  ];
  if (input.image) {
    tags.push(
      og('og:image', new URL(input.image, site).href),
      og('og:image:type', 'image/png'),
      og('og:image:width', String(CARD_WIDTH)),
      og('og:image:height', String(CARD_HEIGHT)),
    );
    if (input.imageAlt) tags.push(og('og:image:alt', input.imageAlt));
  }
  if (input.published) tags.push(og('article:published_time', input.published));
  if (input.author) tags.push(name('author', input.author));
  if (input.modified)
    tags.push(name('DC.date', input.modified), name('dcterms.modified', input.modified));
  tags.push(
    name('twitter:card', input.image ? 'summary_large_image' : 'summary'),
    name('twitter:title', input.title),
    name('twitter:description', input.twitterDescription ?? input.description),
  );
  if (input.image) tags.push(name('twitter:image', new URL(input.image, site).href));
  if (input.image && input.imageAlt) tags.push(name('twitter:image:alt', input.imageAlt));
  return tags;
}

/** An ISO date at any precision as a full date: "2015-11" → "2015-11-01", "2017" → "2017-01-01". */
export function fullDate(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/**
 * schema.org JSON-LD of a web page of this site (event, actor, briefing, home): a WebPage of the
 * Triangulate website with the date its content last changed. Link-preview scrapers read
 * `dateModified` first; when they find no date they can read they fall back to any date-like text on
 * the page — an event's own date. They read only full dates, so `dateModified` is written as one (the
 * first day of a report's month or year when the report gives no day, as those scrapers themselves
 * read a bare year); `DC.date` keeps the date at its own precision.
 */
export function webPageJsonLd(
  input: SocialInput & { title: string; description: string },
  url: string,
  site: URL | string,
): Record<string, unknown> {
  const siteUrl = new URL('/', site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: input.title,
    description: input.description,
    ...(input.image ? { image: new URL(input.image, site).href } : {}),
    ...(input.modified ? { dateModified: fullDate(input.modified) } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteUrl },
    publisher: { '@type': 'Organization', name: SITE_NAME, url: siteUrl },
  };
}

/**
 * The Atom feed of reports, newest first, built with the `feed` package (escaping and the Atom
 * format are its job). Dates of month or year precision are taken as the first day.
 */
import { Feed } from 'feed';
import type { Report } from '../schemas/report.ts';
import { joinNames } from '../domain/format.ts';
import { originName } from '../domain/labels.ts';
import { byId, codeUnitOrder } from '../domain/order.ts';

function isoToDate(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

export function reportsFeed(reports: readonly Report[], site: URL, updated: Date): string {
  const feed = new Feed({
    title: 'Triangulate — reports',
    description:
      'New reports in Triangulate, a research explorer for the Vietnam–China–United States triangle.',
    id: new URL('/reports/', site).href,
    link: new URL('/reports/', site).href,
    language: 'en',
    updated,
    copyright: 'Report texts belong to their authors and publishers.',
    feedLinks: { atom: new URL('/feed.xml', site).href },
  });
  const sorted = [...reports].sort((a, b) => codeUnitOrder(b.published, a.published) || byId(a, b));
  for (const r of sorted) {
    const url = new URL(`/reports/${r.id}/`, site).href;
    feed.addItem({
      title: r.title,
      id: url,
      link: url,
      date: isoToDate(r.published),
      author: r.authors.map((name) => ({ name })),
      description: `${joinNames(r.authors)}, ${r.publisher} (${originName(r.origin)}).${r.abstract ? ` ${r.abstract}` : ''}`,
    });
  }
  return feed.atom1();
}

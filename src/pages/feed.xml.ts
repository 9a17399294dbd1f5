import type { APIRoute } from 'astro';
import { getReports } from '../content.ts';
import { reportsFeed } from '../lib/render/feed.ts';

/** /feed.xml: Atom feed of reports by publication date. Updated = the newest report's date. */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getReports()).map((r) => r.report);
  const newest =
    reports
      .map((r) => r.published)
      .sort()
      .at(-1) ?? '1970';
  const [y, m = '01', d = '01'] = newest.split('-');
  const xml = reportsFeed(
    reports,
    site ?? new URL('https://triangulate.example.org'),
    new Date(`${y}-${m}-${d}T00:00:00Z`),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

// /timeline/filters.css: the no-JS filter links of /timeline/ (CSS :target rules, see filterCss).
import type { APIRoute } from 'astro';
import { getActors, getEras, getEvents, getReports } from '../../content.ts';
import { filterCss, noJsLinks, timelinePage } from '../../lib/timeline/pages.ts';

export const GET: APIRoute = async () => {
  const [events, reports, actors, eras] = await Promise.all([
    getEvents(),
    getReports(),
    getActors(),
    getEras(),
  ]);
  const page = timelinePage(
    events,
    reports.map((r) => r.report),
    actors,
    eras,
  );
  const links = noJsLinks(page.facets).flatMap((g) =>
    g.options.map((o) => ({ facet: g.facet, value: o.value })),
  );
  return new Response(filterCss(links), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

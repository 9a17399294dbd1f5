// /disagreements/filters.css: the no-JS filter links of /disagreements/ (CSS :target rules, see disagreementsCss).
import type { APIRoute } from 'astro';
import { getReportSummaries } from '../../content.ts';
import { DIFFERENCE_KINDS } from '../../lib/domain/kinds.ts';
import { disagreementsCss, disagreementsPage } from '../../lib/compare/disagreements.ts';

export const GET: APIRoute = async () => {
  const page = disagreementsPage(await getReportSummaries());
  const links = [
    ...DIFFERENCE_KINDS.map((value) => ({ facet: 'kind' as const, value })),
    ...page.reports.map((r) => ({ facet: 'report' as const, value: r.id })),
  ];
  return new Response(disagreementsCss(links), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};

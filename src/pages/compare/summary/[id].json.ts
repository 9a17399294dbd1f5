// /compare/summary/<id>.json: one report's comparison summary (src/lib/compare/summary.ts), fetched by
// /compare/ only for the reports chosen.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentDigest, getReportSummaries } from '../../../content.ts';
import type { ReportSummary } from '../../../lib/compare/summary.ts';

export const getStaticPaths = (async () => {
  const [summaries, digest] = await Promise.all([getReportSummaries(), getContentDigest()]);
  return summaries.map((summary) => ({
    params: { id: summary.id },
    props: { summary },
    cacheKey: digest,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { summary: ReportSummary }).summary), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

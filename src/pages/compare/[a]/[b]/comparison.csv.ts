// /compare/<a>/<b>/comparison.csv: the pair's comparison as CSV (src/lib/compare/csv.ts).
import type { APIRoute } from 'astro';
import { getContentDigest, getReportSummaries } from '../../../../content.ts';
import { comparisonCsv } from '../../../../lib/compare/csv.ts';
import type { Comparison } from '../../../../lib/compare/model.ts';
import { pairPages } from '../../../../lib/compare/pages.ts';

export async function getStaticPaths() {
  const [summaries, digest] = await Promise.all([getReportSummaries(), getContentDigest()]);
  return pairPages(summaries).map((p) => ({
    params: { a: p.a, b: p.b },
    props: { comparison: p.comparison },
    cacheKey: digest,
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(comparisonCsv((props as { comparison: Comparison }).comparison), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

// /compare/passages/<id>.json: the text of a report's claims that attest events (ReportPassages),
// fetched by /compare/ when the shared events' passages come into view.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaimsOf, getContentDigest, getReports } from '../../../content.ts';
import { reportPassages } from '../../../lib/compare/summary.ts';

export const getStaticPaths = (async () => {
  const [reports, digest] = await Promise.all([getReports(), getContentDigest()]);
  return Promise.all(
    reports.map(async ({ report }) => ({
      params: { id: report.id },
      props: { passages: reportPassages(report.id, await getClaimsOf(report.id)) },
      cacheKey: digest,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { passages: unknown }).passages), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

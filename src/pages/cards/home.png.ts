/** /cards/home.png — the home page's social card. */
import type { APIRoute } from 'astro';
import { getClaims, getEvents, getReports } from '../../content.ts';
import { cardPng } from '../../lib/cards/card.ts';
import { homeCard } from '../../lib/cards/inputs.ts';
import { corpusSummary } from '../../lib/render/summary.ts';

export const GET: APIRoute = async ({ site }) => {
  const [reports, claims, events] = await Promise.all([getReports(), getClaims(), getEvents()]);
  const summary = corpusSummary(reports.map((r) => r.report));
  const input = homeCard(
    {
      reports: summary.count,
      claims: claims.length,
      events: events.length,
      from: summary.first,
      to: summary.last,
    },
    new URL('/', site ?? 'https://triangulate.example.org').href,
  );
  return new Response(new Uint8Array(await cardPng(input)), {
    headers: { 'Content-Type': 'image/png' },
  });
};

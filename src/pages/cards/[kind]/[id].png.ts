/** /cards/<kind>/<id>.png — the social card of every report, event, actor and briefing page. */
import type { APIRoute } from 'astro';
import { getActors, getBriefings, getClaims, getEvents, getReports } from '../../../content.ts';
import { cardPng, type CardInput } from '../../../lib/cards/card.ts';
import { actorCard, briefingCard, eventCard, reportCard } from '../../../lib/cards/inputs.ts';
import { reportLabel } from '../../../lib/domain/events.ts';

export async function getStaticPaths() {
  const site = new URL(import.meta.env.SITE ?? 'https://triangulate.example.org');
  const url = (path: string) => new URL(path, site).href;
  const [reports, events, actors, briefings, claims] = await Promise.all([
    getReports(),
    getEvents(),
    getActors(),
    getBriefings(),
    getClaims(),
  ]);
  const byId = new Map(reports.map((r) => [r.report.id, r.report]));
  // Reports naming each actor, in the reports' order (newest first).
  const naming = new Map<string, Set<string>>();
  for (const c of claims)
    for (const a of c.actors) {
      let set = naming.get(a);
      if (!set) naming.set(a, (set = new Set()));
      set.add(c.reportId);
    }
  const order = reports.map((r) => r.report.id);
  const card = (kind: string, id: string, input: CardInput) => ({
    params: { kind, id },
    props: { input },
  });
  return [
    ...reports.map(({ report }) =>
      card('reports', report.id, reportCard(report, url(`/reports/${report.id}/`))),
    ),
    ...events.map((e) => card('events', e.id, eventCard(e, byId, url(`/events/${e.id}/`)))),
    ...actors.map((a) =>
      card(
        'actors',
        a.id,
        actorCard(
          a,
          order.filter((id) => naming.get(a.id)?.has(id)).map((id) => reportLabel(byId.get(id)!)),
          url(`/actors/${a.id}/`),
        ),
      ),
    ),
    ...briefings.map((b) =>
      card('briefings', b.id, briefingCard(b.data, url(`/briefings/${b.id}/`))),
    ),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const png = await cardPng((props as { input: CardInput }).input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

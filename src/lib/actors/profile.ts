/**
 * What an actor profile shows, computed from the collections: mentions per report, co-mentioned actors,
 * the claims naming the actor grouped by report, and role dates in words. Pure; pages bind it.
 */
import type { ActorRole } from '../schemas/actor.ts';
import type { Claim } from '../schemas/claim.ts';
import { formatIsoDate } from '../dates/format.ts';
import { compareIso } from '../dates/compare.ts';
import { byId } from '../domain/order.ts';

/** Number of claims naming each actor. */
export function mentionCounts(claims: readonly Pick<Claim, 'actors'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims)
    for (const a of new Set(c.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
  return counts;
}

/**
 * Actors named in the same claims as `actorId`, with the number of shared claims, most frequent first
 * (ties by id). Each claim counts once per pair, however often it repeats a name.
 */
export function coMentions(
  claims: readonly Pick<Claim, 'actors'>[],
  actorId: string,
  limit = 12,
): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const set = new Set(c.actors);
    if (!set.has(actorId)) continue;
    for (const other of set) if (other !== actorId) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || byId(a, b))
    .slice(0, limit);
}

/** Claims naming the actor, grouped by report in the given report order, claims in document order. */
export function claimsByReport<
  C extends Pick<Claim, 'actors' | 'reportId' | 'paragraph' | 'sentence'>,
>(
  claims: readonly C[],
  actorId: string,
  reportOrder: readonly string[],
): Array<{ reportId: string; claims: C[] }> {
  const groups = new Map<string, C[]>(reportOrder.map((id) => [id, []]));
  for (const c of claims) if (c.actors.includes(actorId)) groups.get(c.reportId)?.push(c);
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([reportId, list]) => ({
      reportId,
      claims: list.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence),
    }));
}

/** "General Secretary, from January 2011", "Prime Minister, 2006 – 2016", "Ambassador". */
export function formatRole(
  role: Pick<ActorRole, 'title' | 'from' | 'to'>,
  ofName?: string,
): string {
  const title = ofName ? `${role.title}, ${ofName}` : role.title;
  if (role.from && role.to)
    return `${title} (${formatIsoDate(role.from)} – ${formatIsoDate(role.to)})`;
  if (role.from) return `${title} (from ${formatIsoDate(role.from)})`;
  if (role.to) return `${title} (until ${formatIsoDate(role.to)})`;
  return title;
}

type Country = 'VN' | 'CN' | 'US';
const COUNTRY_OF: Record<string, Country> = {
  vietnam: 'VN',
  cpv: 'VN',
  china: 'CN',
  ccp: 'CN',
  'united-states': 'US',
};
const COUNTRY_ACTOR: Record<Country, string> = { VN: 'vietnam', CN: 'china', US: 'united-states' };

/**
 * For the triangle's states and ruling parties: per counterpart, the events between the two sides in
 * chronological order (from the events' dyads). Empty for any other actor.
 */
export function relations<E extends { dyads: readonly string[]; date: { start: string } }>(
  actorId: string,
  events: readonly E[],
): Array<{ counterpart: string; events: E[] }> {
  const own = COUNTRY_OF[actorId];
  if (!own) return [];
  return (['VN', 'CN', 'US'] as const)
    .filter((c) => c !== own)
    .map((other) => {
      const pair = [`${own}-${other}`, `${other}-${own}`];
      return {
        counterpart: COUNTRY_ACTOR[other],
        events: events
          .filter((e) => e.dyads.some((d) => pair.includes(d)))
          .sort((a, b) => compareIso(a.date.start, b.date.start)),
      };
    });
}

/**
 * Static paths of /claims/<id>/: every current claim, every re-anchored ledger id (a redirect page)
 * and every tombstoned ledger id. The ledger check in getPermalinks() fails the build for any other.
 */
import {
  getActors,
  getClaims,
  getClaimsOf,
  getEvents,
  getPermalinks,
  getRelated,
  getReports,
} from '../../content.ts';
import { claimContexts, type ClaimContext } from '../../lib/claims/context.ts';
import { cacheKey } from '../../lib/build/cache-key.ts';
import type { Related } from '../../lib/claims/related.ts';
import type { PermalinkEntry } from '../../lib/schemas/permalink.ts';
import type { Actor } from '../../lib/schemas/actor.ts';
import type { Claim } from '../../lib/schemas/claim.ts';
import type { Event } from '../../lib/schemas/event.ts';
import type { Report } from '../../lib/schemas/report.ts';

export type ClaimPageProps =
  | {
      kind: 'claim';
      claim: Claim;
      report: Report;
      paragraph: Claim[];
      prev: Claim | undefined;
      next: Claim | undefined;
      actors: Actor[];
      events: Event[];
      related: Array<Related & { claim: Claim; report: Report }>;
    }
  | { kind: 'redirect'; from: string; to: string; entry: PermalinkEntry }
  | { kind: 'tombstone'; id: string; entry: PermalinkEntry; report: Report | undefined };

type ClaimPath = { params: { id: string }; props: ClaimPageProps; cacheKey: string };

/** Every path with a cache key over its props: the page renders nothing else (incremental builds). */
export async function getClaimPages(): Promise<ClaimPath[]> {
  return (await claimPaths()).map((p) => ({ ...p, cacheKey: cacheKey(p.props) }));
}

async function claimPaths(): Promise<Array<{ params: { id: string }; props: ClaimPageProps }>> {
  const [claims, reports, actors, events, related, ledger] = await Promise.all([
    getClaims(),
    getReports(),
    getActors(),
    getEvents(),
    getRelated(),
    getPermalinks(),
  ]);
  // Reports, claims, actors and events stand in the pages' cache keys as the digests the content
  // loader stored for them (see getClaims() and `knownDigest`): no record is serialised per page.
  const reportById = new Map(reports.map((r) => [r.report.id, r.report]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const pages: Array<{ params: { id: string }; props: ClaimPageProps }> = [];
  // Per report once: paragraph, previous and next of every claim (linear in the report's length).
  const contexts = new Map<string, ClaimContext<Claim>>();
  for (const { report } of reports)
    for (const [id, ctx] of claimContexts(await getClaimsOf(report.id))) contexts.set(id, ctx);
  for (const claim of claims) {
    const report = reportById.get(claim.reportId);
    const ctx = contexts.get(claim.id);
    if (!report || !ctx) throw new Error(`claim "${claim.id}" has no report "${claim.reportId}"`);
    pages.push({
      params: { id: claim.id },
      props: {
        kind: 'claim',
        claim,
        report,
        paragraph: ctx.paragraph,
        prev: ctx.prev,
        next: ctx.next,
        actors: claim.actors.flatMap((id) => actorById.get(id) ?? []),
        events: claim.events.flatMap((id) => eventById.get(id) ?? []),
        related: (related.get(claim.id) ?? []).flatMap((r) => {
          const c = claimById.get(r.id);
          const rep = c && reportById.get(c.reportId);
          return c && rep ? [{ ...r, claim: c, report: rep }] : [];
        }),
      },
    });
  }
  for (const r of ledger.redirects)
    pages.push({
      params: { id: r.from },
      props: { kind: 'redirect', from: r.from, to: r.to, entry: r.entry },
    });
  for (const t of ledger.tombstones)
    pages.push({
      params: { id: t.id },
      props: {
        kind: 'tombstone',
        id: t.id,
        entry: t.entry,
        report: reportById.get(t.entry.report),
      },
    });
  return pages;
}

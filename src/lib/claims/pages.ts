/**
 * What every page under /claims/<id>/ shows, computed once per build from plain data: a page per
 * current claim (its paragraph, neighbours, actors, events and related claims), a redirect page for
 * every published id that was re-anchored and a tombstone for every published id whose text is gone.
 * The ledger check (claims/ledger.ts) has already failed the build for any other published id. Pure;
 * tested in tests/unit/claims/pages.test.ts.
 */
import type { Actor } from '../schemas/actor.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import type { PermalinkEntry } from '../schemas/permalink.ts';
import type { Report } from '../schemas/report.ts';
import { claimContexts, type ClaimContext } from './context.ts';
import type { LedgerResolution } from './ledger.ts';
import type { Related } from './related.ts';

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

export interface ClaimPagesInput {
  claims: readonly Claim[];
  /** Each report's claims in document order: a claim's paragraph and neighbours come from them. */
  claimsByReport: Iterable<readonly Claim[]>;
  reports: readonly Report[];
  actors: readonly Actor[];
  events: readonly Event[];
  related: ReadonlyMap<string, readonly Related[]>;
  ledger: Pick<LedgerResolution, 'redirects' | 'tombstones'>;
}

/** Every claim page, then every redirect and every tombstone; a claim without its report throws. */
export function claimPages(
  input: ClaimPagesInput,
): Array<{ params: { id: string }; props: ClaimPageProps }> {
  const reportById = new Map(input.reports.map((r) => [r.id, r]));
  const claimById = new Map(input.claims.map((c) => [c.id, c]));
  const actorById = new Map(input.actors.map((a) => [a.id, a]));
  const eventById = new Map(input.events.map((e) => [e.id, e]));
  // Per report once: paragraph, previous and next of every claim (linear in the report's length).
  const contexts = new Map<string, ClaimContext<Claim>>();
  for (const list of input.claimsByReport)
    for (const [id, ctx] of claimContexts(list)) contexts.set(id, ctx);
  const pages: Array<{ params: { id: string }; props: ClaimPageProps }> = [];
  for (const claim of input.claims) {
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
        related: (input.related.get(claim.id) ?? []).flatMap((r) => {
          const c = claimById.get(r.id);
          const rep = c && reportById.get(c.reportId);
          return c && rep ? [{ ...r, claim: c, report: rep }] : [];
        }),
      },
    });
  }
  for (const r of input.ledger.redirects)
    pages.push({
      params: { id: r.from },
      props: { kind: 'redirect', from: r.from, to: r.to, entry: r.entry },
    });
  for (const t of input.ledger.tombstones)
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

/** Attestations by report, and the curated events with what attests them and where reports disagree. */
import type { CuratedEvent, Event } from '../../schemas/event.ts';
import type { Attached } from './linking.ts';
import { dyadsOf, type Country } from './match-key.ts';
import { compareIso } from './periods.ts';
import { codeUnitOrder } from '../../domain/order.ts';

/** Claims and dates grouped by report, each list sorted (reports, claim ids, dates). */
export function byReport(
  list: Array<{ reportId: string; claimId: string; date?: string }>,
): Event['attestations'] {
  const reports = new Map<string, { claimIds: Set<string>; dates: Set<string> }>();
  for (const a of list) {
    const entry = reports.get(a.reportId) ?? { claimIds: new Set(), dates: new Set() };
    reports.set(a.reportId, entry);
    entry.claimIds.add(a.claimId);
    if (a.date !== undefined) entry.dates.add(a.date);
  }
  return [...reports]
    .map(([reportId, v]) => ({
      reportId,
      claimIds: [...v.claimIds].sort(),
      dates: [...v.dates].sort(compareIso),
    }))
    .sort((a, b) => codeUnitOrder(a.reportId, b.reportId));
}

/**
 * The curated events with their attestations; when any attachment disagrees, `disagreements` lists
 * every fine dated attestation, one entry per report, date and claim.
 */
export function curatedEvents(
  curated: readonly CuratedEvent[],
  attached: ReadonlyMap<string, Attached[]>,
  actorCountry: (id: string) => Country,
): Event[] {
  return curated.map((e) => {
    const list = attached.get(e.id) ?? [];
    const disputed = list.some((a) => a.disagrees);
    const seen = new Set<string>();
    const disagreements = disputed
      ? list
          .flatMap((a) =>
            a.fine && a.date !== undefined
              ? [{ reportId: a.reportId, date: a.date, claimId: a.claimId }]
              : [],
          )
          .filter((d) => {
            const k = `${d.reportId}|${d.date}|${d.claimId}`;
            return seen.has(k) ? false : (seen.add(k), true);
          })
          .sort(
            (a, b) =>
              codeUnitOrder(a.reportId, b.reportId) ||
              compareIso(a.date, b.date) ||
              codeUnitOrder(a.claimId, b.claimId),
          )
      : [];
    return {
      ...e,
      origin: 'curated' as const,
      dyads: dyadsOf(e.actors, actorCountry),
      attestations: byReport(list),
      disagreements,
    };
  });
}

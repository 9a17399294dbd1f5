/**
 * The comparison of two to five reports, computed from their summaries (src/lib/compare/summary.ts):
 * the events they share with each report's passages and the differences spelled out ("Hayton 2015:
 * May 2014 · Xin 2015: 2 May 2014"), what only one of them attests, whom each names and how often,
 * and each one's mix of claim kinds. The browser runs it on the fetched summaries, the build on the
 * same records for the static pair pages and /disagreements/. Pure; tested in tests/unit/compare/model.test.ts.
 */
import { formatEventDate, formatIsoDate } from '../dates/format.ts';
import { joinNames } from '../domain/format.ts';
import { CLAIM_KINDS as claimKinds, type DifferenceKind } from '../domain/kinds.ts';
import { codeUnitOrder } from '../domain/order.ts';
import type { ReportSummary, SummaryClaim, SummaryEvent } from './summary.ts';
import type { ClaimKind } from '../schemas/claim.ts';

/** One report's part in an event: the dates it gives and its passages. */
export interface EventPassages {
  report: ReportSummary;
  dates: string[];
  disputed: string[];
  claims: SummaryClaim[];
}

export interface ComparedEvent {
  id: string;
  title: string;
  date: SummaryEvent['date'];
  cls: SummaryEvent['cls'];
  /** The chosen reports that attest it, oldest report first. */
  passages: EventPassages[];
  /** The kinds of difference between those reports (empty when they agree). */
  kinds: DifferenceKind[];
  /** Each report's dates, when they differ: "Hayton 2015: May 2014 · Xin 2015: 2 May 2014". */
  dateLine: string | undefined;
  /** Actors only some of the reports name: "Only Hayton 2015 names CNOOC · Only Xin 2015 names Japan". */
  actorLine: string | undefined;
}

/** Reports oldest first, ties by id: the order of every column and row of a comparison. */
export function byPublication<R extends Pick<ReportSummary, 'id' | 'published'>>(
  a: R,
  b: R,
): number {
  return codeUnitOrder(a.published, b.published) || codeUnitOrder(a.id, b.id);
}

/** "May 2014, 2 May 2014" (a report's dates for an event), or "no date" when it gives none. */
function datesText(dates: readonly string[]): string {
  return dates.length ? dates.map(formatIsoDate).join(', ') : 'no date';
}

/**
 * How the reports in `passages` (one or more) give one event differently. `date`: the event's
 * recorded disagreements hold two or more dates from these reports; `period`: the reports give
 * different dates that the model does not count as contradicting (a month and a day of it, a year);
 * `actors`: some reports name actors in their passages that others do not (places left out).
 */
export function eventDifferences(
  passages: readonly EventPassages[],
): Pick<ComparedEvent, 'kinds' | 'dateLine' | 'actorLine'> {
  const kinds: DifferenceKind[] = [];
  const disputed = new Set(passages.flatMap((p) => p.disputed));
  const sets = new Set(passages.map((p) => p.dates.join(' ')));
  if (disputed.size >= 2) kinds.push('date');
  else if (passages.length >= 2 && sets.size > 1) kinds.push('period');
  const dateLine = kinds.length
    ? passages.map((p) => `${p.report.label}: ${datesText(p.dates)}`).join(' · ')
    : undefined;

  let actorLine: string | undefined;
  if (passages.length >= 2) {
    const namedBy = new Map<string, string[]>();
    for (const p of passages)
      for (const a of new Set(p.claims.flatMap((c) => c.actors)))
        namedBy.set(a, [...(namedBy.get(a) ?? []), p.report.id]);
    // Actors named by some of the reports but not all, grouped by who names them.
    const groups = new Map<string, { who: string[]; actors: string[] }>();
    for (const [actor, who] of namedBy) {
      if (who.length === passages.length) continue;
      const key = who.join(' ');
      const g = groups.get(key) ?? { who, actors: [] };
      g.actors.push(actor);
      groups.set(key, g);
    }
    if (groups.size) {
      kinds.push('actors');
      const order = new Map(passages.map((p, i) => [p.report.id, i]));
      const label = new Map(passages.map((p) => [p.report.id, p.report.label]));
      const name = (id: string) => {
        for (const p of passages) {
          const n = p.report.names[id];
          if (n) return n;
        }
        return id;
      };
      actorLine = [...groups.values()]
        .sort(
          (a, b) =>
            a.who.length - b.who.length ||
            (order.get(a.who[0]!) ?? 0) - (order.get(b.who[0]!) ?? 0),
        )
        .map((g) => {
          const names = g.actors.map(name).sort(codeUnitOrder);
          return `Only ${joinNames(g.who.map((id) => label.get(id) ?? id))} ${g.who.length === 1 ? 'names' : 'name'} ${joinNames(names)}`;
        })
        .join(' · ');
    }
  }
  return { kinds, dateLine, actorLine };
}

/** Every event any of the reports attests, with each attesting report's part, chronologically. */
export function unionEvents(reports: readonly ReportSummary[]): ComparedEvent[] {
  const sorted = [...reports].sort(byPublication);
  const byEvent = new Map<string, { event: SummaryEvent; passages: EventPassages[] }>();
  const order: string[] = [];
  for (const report of sorted)
    for (const e of report.events) {
      let entry = byEvent.get(e.id);
      if (!entry) {
        entry = { event: e, passages: [] };
        byEvent.set(e.id, entry);
        order.push(e.id);
      }
      entry.passages.push({ report, dates: e.dates, disputed: e.disputed, claims: e.claims });
    }
  const list = order.map((id) => byEvent.get(id)!);
  list.sort(
    (a, b) => startKey(a.event) - startKey(b.event) || codeUnitOrder(a.event.id, b.event.id),
  );
  return list.map(({ event, passages }) => ({
    id: event.id,
    title: event.title,
    date: event.date,
    cls: event.cls,
    passages,
    ...eventDifferences(passages),
  }));
}

function startKey(e: Pick<SummaryEvent, 'date'>): number {
  const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(e.date.start);
  return m ? Number(m[1]) + (Number(m[2] ?? 1) - 1) / 12 + (Number(m[3] ?? 1) - 1) / 365 : 0;
}

export interface ActorShare {
  id: string;
  name: string;
  /** Per report (comparison order): claims naming the actor and their share of the report's claims. */
  shares: Array<{ reportId: string; count: number; share: number }>;
  /** Largest share minus smallest: how much the reports diverge on this actor. */
  divergence: number;
}

/**
 * The actors the reports name most (the `limit` with the highest summed share), each report's
 * share of its claims naming them, sorted by how much the reports diverge, most first.
 */
export function actorShares(reports: readonly ReportSummary[], limit = 12): ActorShare[] {
  const sorted = [...reports].sort(byPublication);
  const counts = sorted.map((r) => new Map(r.actors));
  const total = new Map<string, number>();
  sorted.forEach((r, i) => {
    for (const [id, n] of counts[i]!)
      total.set(id, (total.get(id) ?? 0) + n / Math.max(1, r.claims));
  });
  const top = [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return top
    .map(([id, sum]) => {
      const shares = sorted.map((r, i) => {
        const count = counts[i]!.get(id) ?? 0;
        return { reportId: r.id, count, share: r.claims ? count / r.claims : 0 };
      });
      const values = shares.map((s) => s.share);
      const name = sorted.map((r) => r.names[id]).find(Boolean) ?? id;
      return { id, name, shares, divergence: Math.max(...values) - Math.min(...values), sum };
    })
    .sort((a, b) => b.divergence - a.divergence || b.sum - a.sum || codeUnitOrder(a.name, b.name))
    .map(({ sum: _sum, ...rest }) => rest);
}

export interface KindMix {
  report: ReportSummary;
  kinds: Array<{ kind: ClaimKind; count: number; share: number }>;
}

/** Each report's claims by kind (fact, assessment, quotation, recommendation, prediction). */
export function kindMix(reports: readonly ReportSummary[]): KindMix[] {
  return [...reports].sort(byPublication).map((report) => ({
    report,
    kinds: claimKinds.map((kind) => ({
      kind,
      count: report.kinds[kind] ?? 0,
      share: report.claims ? (report.kinds[kind] ?? 0) / report.claims : 0,
    })),
  }));
}

export interface Comparison {
  /** The reports, oldest first. */
  reports: ReportSummary[];
  /** Every event any of them attests (the coverage chart and the CSV). */
  events: ComparedEvent[];
  /** Events two or more of them attest, chronologically. */
  shared: ComparedEvent[];
  /** Per report, the events no other chosen report attests. */
  only: Array<{ report: ReportSummary; events: ComparedEvent[] }>;
  actors: ActorShare[];
  kinds: KindMix[];
}

export function compareReports(reports: readonly ReportSummary[]): Comparison {
  const sorted = [...reports].sort(byPublication);
  const events = unionEvents(sorted);
  return {
    reports: sorted,
    events,
    shared: events.filter((e) => e.passages.length >= 2),
    only: sorted.map((report) => ({
      report,
      events: events.filter(
        (e) => e.passages.length === 1 && e.passages[0]!.report.id === report.id,
      ),
    })),
    actors: actorShares(sorted),
    kinds: kindMix(sorted),
  };
}

/** How many events two reports both attest. */
export function sharedCount(
  a: Pick<ReportSummary, 'events'>,
  b: Pick<ReportSummary, 'events'>,
): number {
  const ids = new Set(a.events.map((e) => e.id));
  return b.events.filter((e) => ids.has(e.id)).length;
}

/** The pairs of reports: each pair once, its ids in code-point order (the pair page's address). */
export function reportPairs(ids: readonly string[]): Array<[string, string]> {
  const sorted = [...new Set(ids)].sort();
  const out: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i]!, sorted[j]!]);
  return out;
}

/** Beyond this many reports the build writes no static pair pages (1,225 pages at 50). */
export const MAX_PAIR_REPORTS = 50;

/** The pair shown when the address chooses none: the two reports sharing the most events (ties by ids). */
export function defaultPair(reports: readonly ReportSummary[]): [string, string] | undefined {
  const byId = new Map(reports.map((r) => [r.id, r]));
  let best: [string, string] | undefined;
  let bestCount = -1;
  for (const [a, b] of reportPairs(reports.map((r) => r.id))) {
    const n = sharedCount(byId.get(a)!, byId.get(b)!);
    if (n > bestCount) {
      best = [a, b];
      bestCount = n;
    }
  }
  return best;
}

/** The event's date in words, for rows and cells. */
export { formatEventDate };

/**
 * Filters over the candidates and their live counts. A filter value the index does not know is
 * reported and ignored. Each filter's counts are taken with every other filter applied but not itself,
 * so its options say how many results choosing them would give.
 */
import { CLAIM_KIND_LABELS, humanLabel, originName } from '../../domain/labels.ts';
import type { FacetsFile, SearchMeta } from '../index-format.ts';
import type { SearchFilters } from '../state.ts';

export interface FacetCounts {
  report: Array<{ value: string; label: string; count: number }>;
  actor: Array<{ value: string; label: string; count: number }>;
  origin: Array<{ value: string; label: string; count: number }>;
  kind: Array<{ value: string; label: string; count: number }>;
}

/** Filters as indexes into meta.json (-1: not filtered), and the names of those ignored. */
export interface ResolvedFilters {
  report: number;
  actor: number;
  origin: string | undefined;
  kind: number;
  from: number | undefined;
  to: number | undefined;
  ignored: string[];
  /** Whether any filter applies. */
  active: boolean;
}

type Facet = 'report' | 'actor' | 'origin' | 'kind';

/** Which filter values are known; unknown ones are reported and ignored. */
export function resolveFilters(meta: SearchMeta, filters: SearchFilters): ResolvedFilters {
  const ignored: string[] = [];
  const report =
    filters.report === undefined ? -1 : meta.reports.findIndex((r) => r.id === filters.report);
  if (filters.report !== undefined && report < 0) ignored.push('report');
  const actor =
    filters.actor === undefined ? -1 : meta.actors.findIndex((a) => a.id === filters.actor);
  if (filters.actor !== undefined && actor < 0) ignored.push('actor');
  const origin =
    filters.origin !== undefined && meta.origins.includes(filters.origin)
      ? filters.origin
      : undefined;
  if (filters.origin !== undefined && origin === undefined) ignored.push('origin');
  const kind = filters.kind === undefined ? -1 : meta.kinds.indexOf(filters.kind);
  if (filters.kind !== undefined && kind < 0) ignored.push('kind');
  const { from, to } = filters;
  const active =
    report >= 0 ||
    actor >= 0 ||
    origin !== undefined ||
    kind >= 0 ||
    from !== undefined ||
    to !== undefined;
  return { report, actor, origin, kind, from, to, ignored, active };
}

/**
 * Whether record `d` passes the filters (all of them but `skip`). Everything passes while
 * facets.json is not loaded or no filter applies.
 */
export function filterPredicate(
  meta: SearchMeta,
  fc: FacetsFile | undefined,
  f: ResolvedFilters,
): (d: number, skip?: Facet) => boolean {
  return (d, skip) => {
    if (!fc || !f.active) return true;
    if (skip !== 'report' && f.report >= 0 && !(fc.r[d] ?? []).includes(f.report)) return false;
    if (skip !== 'actor' && f.actor >= 0 && !(fc.a[d] ?? []).includes(f.actor)) return false;
    if (
      skip !== 'origin' &&
      f.origin !== undefined &&
      !(fc.r[d] ?? []).some((r) => meta.reports[r]?.origin === f.origin)
    )
      return false;
    if (skip !== 'kind' && f.kind >= 0 && fc.k[d] !== f.kind) return false;
    const y = fc.y[d];
    if (y && f.from !== undefined && y[1] < f.from) return false;
    if (y && f.to !== undefined && y[0] > f.to) return false;
    return true;
  };
}

/** A claim kind's label; meta.json lists the kinds as values ("assessment" → "Assessment"). */
export function claimKindLabel(kind: string): string {
  return (CLAIM_KIND_LABELS as Record<string, string | undefined>)[kind] ?? humanLabel(kind);
}

/** Counts per filter value over `docs`, each facet with the other filters applied. */
export function countFacets(
  meta: SearchMeta,
  fc: FacetsFile,
  docs: Int32Array,
  pass: (d: number, skip?: Facet) => boolean,
): FacetCounts {
  const report = new Array<number>(meta.reports.length).fill(0);
  const actor = new Array<number>(meta.actors.length).fill(0);
  const origin = new Map<string, number>();
  const kind = new Array<number>(meta.kinds.length).fill(0);
  for (const d of docs) {
    if (pass(d, 'report')) for (const r of fc.r[d] ?? []) report[r] = (report[r] ?? 0) + 1;
    if (pass(d, 'actor')) for (const a of fc.a[d] ?? []) actor[a] = (actor[a] ?? 0) + 1;
    if (pass(d, 'origin'))
      for (const o of new Set((fc.r[d] ?? []).map((r) => meta.reports[r]?.origin)))
        if (o) origin.set(o, (origin.get(o) ?? 0) + 1);
    const k = fc.k[d] ?? -1;
    if (k >= 0 && pass(d, 'kind')) kind[k] = (kind[k] ?? 0) + 1;
  }
  return {
    report: meta.reports.map((r, i) => ({
      value: r.id,
      label: `${r.label} — ${r.title}`,
      count: report[i] ?? 0,
    })),
    actor: meta.actors
      .map((a, i) => ({ value: a.id, label: a.name, count: actor[i] ?? 0 }))
      .filter((a) => a.count > 0)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    origin: meta.origins.map((o) => ({
      value: o,
      label: originName(o),
      count: origin.get(o) ?? 0,
    })),
    kind: meta.kinds.map((k, i) => ({ value: k, label: claimKindLabel(k), count: kind[i] ?? 0 })),
  };
}

/**
 * URL state of /search/: the query and the filters, so a search can be shared. Garbage falls back to
 * defaults: an over-long query is cut, malformed ids, origins, kinds and years are ignored.
 */
import { CLAIM_KINDS } from '../domain/kinds.ts';
import { MAX_QUERY_LENGTH } from './normalize.ts';

export interface SearchFilters {
  /** Report id. */
  report?: string;
  /** Actor id. */
  actor?: string;
  /** Country code of the outlet. */
  origin?: string;
  /** First year (inclusive). */
  from?: number;
  /** Last year (inclusive). */
  to?: number;
  /** Claim kind. */
  kind?: string;
}

export interface SearchState {
  q: string;
  filters: SearchFilters;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR_MIN = -3000;
const YEAR_MAX = 3000;

function year(v: string | null): number | undefined {
  if (v === null || !/^-?\d{1,4}$/.test(v.trim())) return undefined;
  const n = Number(v.trim());
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : undefined;
}

export function parseSearchState(search: string): SearchState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const filters: SearchFilters = {};
  const report = params.get('report');
  if (report && report.length <= 100 && SLUG.test(report)) filters.report = report;
  const actor = params.get('actor');
  if (actor && actor.length <= 100 && SLUG.test(actor)) filters.actor = actor;
  const origin = params.get('origin');
  if (origin && /^[A-Z]{2}$/.test(origin)) filters.origin = origin;
  const kind = params.get('kind');
  if (kind && (CLAIM_KINDS as readonly string[]).includes(kind)) filters.kind = kind;
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.slice(0, MAX_QUERY_LENGTH);
  if (q.trim()) params.set('q', q);
  const f = state.filters;
  if (f.report) params.set('report', f.report);
  if (f.actor) params.set('actor', f.actor);
  if (f.origin) params.set('origin', f.origin);
  if (f.from !== undefined) params.set('from', String(f.from));
  if (f.to !== undefined) params.set('to', String(f.to));
  if (f.kind) params.set('kind', f.kind);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when any filter is set. */
export function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

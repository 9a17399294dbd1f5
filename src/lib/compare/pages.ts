/**
 * What the static comparison pages render, from the summaries: the pair pages (every pair of reports
 * while there are at most MAX_PAIR_REPORTS) and the list of pairs on /compare/. Pure.
 */
import {
  compareReports,
  MAX_PAIR_REPORTS,
  reportPairs,
  sharedCount,
  type Comparison,
} from './model.ts';
import type { ReportSummary } from './summary.ts';

export interface PairLink {
  a: ReportSummary;
  b: ReportSummary;
  href: string;
  shared: number;
}

/** Every pair as a link to its page, or none beyond MAX_PAIR_REPORTS reports. */
export function pairLinks(summaries: readonly ReportSummary[]): {
  pairs: PairLink[];
  capped: boolean;
} {
  if (summaries.length > MAX_PAIR_REPORTS) return { pairs: [], capped: true };
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return {
    capped: false,
    pairs: reportPairs(summaries.map((s) => s.id)).map(([a, b]) => {
      const ra = byId.get(a)!;
      const rb = byId.get(b)!;
      return { a: ra, b: rb, href: `/compare/${a}/${b}/`, shared: sharedCount(ra, rb) };
    }),
  };
}

/** The props of every pair page. */
export function pairPages(
  summaries: readonly ReportSummary[],
): Array<{ a: string; b: string; comparison: Comparison }> {
  const { pairs } = pairLinks(summaries);
  return pairs.map((p) => ({ a: p.a.id, b: p.b.id, comparison: compareReports([p.a, p.b]) }));
}

/** A share as the page writes it: "12 %", "0.4 %", "0 %". */
export function percent(share: number): string {
  const p = share * 100;
  return `${p === 0 ? '0' : p < 1 ? p.toFixed(1) : Math.round(p)} %`;
}

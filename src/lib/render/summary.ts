/** Figures for the home page: how many reports, their span, their outlets' origins. */
export interface SummaryInput {
  published: string;
  origin: string;
  authors: readonly string[];
}

export function corpusSummary(reports: readonly SummaryInput[]) {
  const dates = reports.map((r) => r.published).sort();
  const origins = new Map<string, number>();
  for (const r of reports) origins.set(r.origin, (origins.get(r.origin) ?? 0) + 1);
  return {
    count: reports.length,
    first: dates[0],
    last: dates.at(-1),
    authors: new Set(reports.flatMap((r) => r.authors)).size,
    origins: [...origins]
      .map(([origin, count]) => ({ origin, count }))
      .sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin)),
  };
}

/** For the list of reports: how many claims each report has and how many events it attests. */
export function reportFigures(
  claims: ReadonlyArray<{ reportId: string }>,
  events: ReadonlyArray<{ attestations: ReadonlyArray<{ reportId: string }> }>,
): Map<string, { claims: number; events: number }> {
  const out = new Map<string, { claims: number; events: number }>();
  const entry = (id: string) => out.get(id) ?? out.set(id, { claims: 0, events: 0 }).get(id)!;
  for (const c of claims) entry(c.reportId).claims++;
  for (const e of events)
    for (const id of new Set(e.attestations.map((a) => a.reportId))) entry(id).events++;
  return out;
}

import type { Removed, Report } from '../schemas/report.ts';

/** Removed text grouped by kind (kinds in first-seen order, items in raw-file order). */
export function groupRemoved(
  removed: readonly Removed[],
): Array<{ kind: Removed['kind']; items: Removed[] }> {
  const groups = new Map<Removed['kind'], Removed[]>();
  for (const r of removed) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  return [...groups].map(([kind, items]) => ({ kind, items }));
}

/** What a report's text was extracted from, as the reading view says it ("extracted from a PDF"). */
export const EXTRACTION_SOURCE: Record<Report['extraction'], string> = {
  pdf: 'a PDF',
  web: 'a web page',
  docx: 'a Word document',
  html: 'a saved HTML page',
  manual: 'a manual transcription',
};

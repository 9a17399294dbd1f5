import type { Removed } from '../schemas/report.ts';

/** Removed text grouped by kind (kinds in first-seen order, items in raw-file order). */
export function groupRemoved(
  removed: readonly Removed[],
): Array<{ kind: Removed['kind']; items: Removed[] }> {
  const groups = new Map<Removed['kind'], Removed[]>();
  for (const r of removed) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  return [...groups].map(([kind, items]) => ({ kind, items }));
}

/**
 * The comparison's state in the address: `?r=hayton-2015,xin-2015` (two to five report ids, in the
 * order chosen). Garbage never breaks the page: unknown ids are dropped and named in a message, more
 * than five are cut to the first five, fewer than two fall back to the default pair. Pure; tested in
 * tests/unit/compare/state.test.ts.
 */

export const MIN_REPORTS = 2;
export const MAX_REPORTS = 5;

export interface CompareState {
  /** The reports to compare, distinct, in the order the address gives them. */
  ids: string[];
  /** What was wrong with the address and what is shown instead; empty when nothing was. */
  message: string;
  /** Whether the default pair is shown because the address chose none that could be used. */
  fallback: boolean;
}

/** A value from the address for a message: control characters out, at most 40 characters, quoted. */
function quote(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '');
  return `“${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}”`;
}

/**
 * Reads `r` from a query string (`?r=a,b` or `?r=a&r=b`) against the known report ids. `fallback`
 * is the pair to show when fewer than two known ids remain.
 */
export function parseCompareState(
  search: string,
  known: ReadonlySet<string>,
  fallback: readonly string[],
): CompareState {
  const params = new URLSearchParams(search.length > 2000 ? search.slice(0, 2000) : search);
  const raw = params
    .getAll('r')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const v of raw) {
    if (known.has(v)) {
      if (!ids.includes(v)) ids.push(v);
    } else if (!unknown.includes(v)) unknown.push(v);
  }
  const notes: string[] = [];
  if (unknown.length)
    notes.push(
      `${unknown.length === 1 ? 'No report has the id' : 'No reports have the ids'} ${unknown.slice(0, 3).map(quote).join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}.`,
    );
  if (ids.length > MAX_REPORTS) {
    notes.push(
      `At most ${MAX_REPORTS} reports can be compared at once: showing the first ${MAX_REPORTS} of the ${ids.length} given.`,
    );
    ids.length = MAX_REPORTS;
  }
  if (ids.length < MIN_REPORTS) {
    if (raw.length > 0)
      notes.push(`Choose at least ${MIN_REPORTS} reports: showing the default pair instead.`);
    return { ids: [...fallback], message: notes.join(' '), fallback: true };
  }
  return { ids, message: notes.join(' '), fallback: false };
}

/** The query string of a choice: `?r=a,b` (commas kept readable). */
export function serializeCompareState(ids: readonly string[]): string {
  return ids.length ? `?r=${ids.map(encodeURIComponent).join(',')}` : '';
}

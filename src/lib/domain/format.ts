/**
 * Small formatting helpers shared by pages (counts, names). Pure, tested in
 * tests/unit/domain/format.test.ts. Dates are written by `src/lib/dates/format.ts`.
 */

/** A count as the site writes it: "1,171". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 report", "5 reports", "1,171 claims": a count with its noun, singular for one. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** How many reports attest something: "1 report", "3 reports", or "no report yet" for a curated event none attests. */
export function reportCount(n: number): string {
  return n === 0 ? 'no report yet' : countOf(n, 'report');
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

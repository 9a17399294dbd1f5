/**
 * Running headers and footers: lines repeated on several pages, each beside a page boundary (digits
 * ignored: "Page 3 | Report").
 */
import { GRID } from '../tables.ts';
import type { Line } from '../types.ts';
import { isPageNumber, SLUG } from './lines.ts';

/** Whether line `i` repeats as a running header or footer does; computed once over all the lines. */
export function runningHeaderTest(lines: readonly Line[]): (i: number) => boolean {
  const repeatKey = (t: string): string => t.replace(/\d+/gu, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.text && l.text.length <= 90 && /\p{L}{3}/u.test(l.text) && !l.text.startsWith(GRID))
      counts.set(repeatKey(l.text), (counts.get(repeatKey(l.text)) ?? 0) + 1);
  // two occurrences are enough: each must stand beside a page boundary
  const repeatMin = 2;
  // page boundaries: form feeds, page numbers, slugs, the start and end of the text
  const boundary = lines.map((l) => !!l.pageStart || SLUG.test(l.text) || isPageNumber(l.text));
  const nonBlank = lines.flatMap((l, i) => (l.text ? [i] : []));
  const rank = new Map(nonBlank.map((i, r) => [i, r]));
  // a running header or footer sits next to a page boundary: the first or last line of the text, or
  // the line just before or after a form feed, page number or slug
  const nearBoundary = (i: number): boolean => {
    const r = rank.get(i);
    if (r === undefined) return false;
    if (r === 0 || r === nonBlank.length - 1 || lines[i]!.pageStart) return true;
    const prev = nonBlank[r - 1]!;
    const next = nonBlank[r + 1]!;
    return (
      boundary[prev]! ||
      boundary[next]! ||
      !!lines[next]!.pageStart ||
      lines.slice(i + 1, next + 1).some((l) => l.pageStart)
    );
  };
  const atBoundary = new Map<string, number>();
  for (const i of nonBlank)
    if (nearBoundary(i))
      atBoundary.set(
        repeatKey(lines[i]!.text),
        (atBoundary.get(repeatKey(lines[i]!.text)) ?? 0) + 1,
      );
  return (i) => {
    const key = repeatKey(lines[i]!.text);
    return (
      (counts.get(key) ?? 0) >= repeatMin && (atBoundary.get(key) ?? 0) >= 2 && nearBoundary(i)
    );
  };
}

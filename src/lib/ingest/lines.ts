/** Lines pass: the normalised text as numbered lines, the document's vocabulary, and groups of lines between blank lines. */
import { collapse, type Group, type Line } from './types.ts';
import { vocabularyOf } from './text.ts';

/** Splits normalised text into numbered lines (trimmed text beside the raw line). */
export function splitLines(text: string): Line[] {
  return text.split('\n').map((r, i) => {
    const raw = r.replace(/\f/gu, '');
    return raw === r
      ? { n: i + 1, raw, text: collapse(raw) }
      : { n: i + 1, raw, text: collapse(raw), pageStart: true };
  });
}

export { vocabularyOf };

/** True when most non-blank lines keep a trailing space (an extraction style where a line without one ends a block). */
export function hasTrailingSpaceStyle(lines: readonly Line[]): boolean {
  return (
    lines.filter((l) => l.text && / $/u.test(l.raw)).length > lines.filter((l) => l.text).length / 2
  );
}

/** Groups kept lines (null = blank separator) into runs with the blank lines around each. */
export function groupLines(kept: readonly (Line | null)[]): Group[] {
  const groups: Group[] = [];
  let cur: Line[] = [];
  let blanks = 0;
  for (const l of kept) {
    if (l === null) {
      if (cur.length) {
        groups.push({ lines: cur, blanksBefore: blanks, blanksAfter: 0 });
        cur = [];
        blanks = 0;
      }
      blanks++;
    } else cur.push(l);
  }
  if (cur.length) groups.push({ lines: cur, blanksBefore: blanks, blanksAfter: 0 });
  for (let i = 0; i < groups.length; i++) groups[i]!.blanksAfter = groups[i + 1]?.blanksBefore ?? 2;
  return groups;
}

/**
 * Notes pass: notes and references sections become footnote definitions and `## References` entries;
 * note numbers in the body become GFM footnote markers (`[^n]`).
 */
import { collapse, type Block, type Group, type IngestContext } from './types.ts';

export interface Notes {
  references: string[];
  defs: Map<number, string>;
}

/** Takes a trailing bibliography (web) and bracketed notes ("[1] …") off the end of the groups. */
export function takeTrailingNotes(ctx: IngestContext, groups: Group[]): Notes {
  const pdf = ctx.extraction === 'pdf';
  const references: string[] = [];
  const defs = new Map<number, string>();
  while (groups.length) {
    const g = groups[groups.length - 1]!;
    const t = collapse(g.lines.map((l) => l.text).join(' '));
    const note = /^\[(\d+)\]\s*(.*)$/u.exec(t);
    if (note) {
      defs.set(Number(note[1]), note[2] ?? '');
      references.unshift(t);
      groups.pop();
      continue;
    }
    if (!pdf && isBibEntry(t)) {
      references.unshift(t);
      groups.pop();
      continue;
    }
    break;
  }
  if (references.length > 0 && references.length < 3 && defs.size === 0) {
    ctx.warnings.push(`only ${references.length} trailing bibliography-like entries; kept as body`);
    for (const r of references) groups.push({ lines: [{ n: 0, raw: r, text: r }], blanksBefore: 1, blanksAfter: 1 });
    references.length = 0;
  }
  return { references, defs };
}

/** Looks like one entry of a bibliography. */
export function isBibEntry(t: string): boolean {
  return (
    /Retrieved from|Accessed |https?:\/\//u.test(t) ||
    /\(\d{4}(, [A-Z][a-z]+\.? ?\d*)?\)\./u.test(t) ||
    /^[\p{Lu}][\p{L}’'-]+, [\p{Lu}][\p{L}.]*.*“/u.test(t) ||
    /^[\p{Lu}][\p{L}’'-]+, [\p{Lu}][\p{L}. ]+\. .*(Press|University|Journal)/u.test(t)
  );
}

/**
 * Marks note numbers in the body blocks (whose text is already escaped); returns how many markers were set.
 * With bracketed note definitions, "[n]" becomes a marker; in a PDF extraction, numbers that follow the
 * note sequence do (markFootnotes).
 */
export function markNotes(ctx: IngestContext, body: Block[], notes: Notes, escaped: (b: Block) => string): number {
  let footnotes = 0;
  let expected = ctx.hints.firstNote ?? 1;
  const bracketMode = notes.defs.size > 0;
  const usedNotes = new Set<number>();
  for (const b of body) {
    if (b.kind === 'table') {
      // notes placed by the table rebuild keep the note sequence going
      for (const m of b.text.matchAll(/\[\^(\d+)\]/gu)) {
        usedNotes.add(Number(m[1]));
        expected = Math.max(expected, Number(m[1]) + 1);
        footnotes++;
      }
      continue;
    }
    let t = escaped(b);
    if (bracketMode) {
      t = t.replace(/\s?\[(\d{1,3})\]/gu, (_m, n: string) => {
        footnotes++;
        return `[^${Number(n)}]`;
      });
    } else if (ctx.extraction === 'pdf' && b.kind !== 'h') {
      const res = markFootnotes(t, expected, usedNotes);
      t = res.text;
      footnotes += res.count;
      expected = res.expected;
    }
    b.text = t.replace(/ {2,}/gu, ' ').trim();
  }
  return footnotes;
}

/**
 * Turns footnote numbers of a PDF extraction into GFM references. Numbers must follow the note
 * sequence (the next expected note, or up to two notes later), which is what makes glued digits safe to
 * split: "201511" is 2015 + note 11 only when note 11 is due.
 */
export function markFootnotes(
  text: string,
  expectedIn: number,
  used: Set<number> = new Set(),
): { text: string; count: number; expected: number } {
  let expected = expectedIn;
  let count = 0;
  const re = /([.,;:?!”’")\]]|[\p{Ll}]|\b(?:1[5-9]\d\d|20\d\d)|[–—]\d{1,2}\.)( ?)(\d{1,3})(?=$|[\s,;:.”’)]|[\p{Lu}“])/gu;
  const out = text.replace(re, (m: string, before: string, space: string, num: string, offset: number) => {
    const n = Number(num);
    // notes may come slightly out of order where columns were interleaved; each is used once
    if (used.has(n) || n < expected - 3 || n > expected + 4) return m;
    // a decimal point or thousands separator between digits is not a note ("19.6 per cent", "$27.9")
    // unless a capitalised word follows ("in 2012.10 So it has")
    const after0 = text.slice(offset + m.length);
    if (!space && /^[.,]$/u.test(before) && /\d$/u.test(text.slice(0, offset)) && !/^\s+[\p{Lu}“]/u.test(after0)) return m;
    // a lower-case letter glued to digits is a footnote only without a space ("word12"); never inside tokens
    if (/\p{Ll}$/u.test(before) && space) return m;
    if (/^\d/u.test(before) && space) return m;
    const after = text.slice(offset + m.length);
    // "issues. 1 Although": floating numbers need a capitalised word or the end after them
    if (space && !/^(\s+[\p{Lu}“‘(]|\s*$)/u.test(after)) return m;
    expected = Math.max(expected, n + 1);
    used.add(n);
    count++;
    return `${before}[^${n}]`;
  });
  return { text: out, count, expected };
}

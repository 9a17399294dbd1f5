/**
 * Notes pass: notes and references sections become footnote definitions and `## References` entries;
 * note numbers in the body become GFM footnote markers (`[^n]`).
 */
import { isFurnitureLine } from './furniture/lines.ts';
import { collapse, type Block, type Group, type IngestContext } from './types.ts';

export interface Notes {
  references: string[];
  defs: Map<number, string>;
}

/** A heading that opens a notes or references section ("NOTES", "Endnotes", "Works cited"…), alone or followed by the first note. */
export const NOTES_HEAD =
  /^(?:(?:\d+\.?\s+)?(?:Notes|End ?notes|Footnotes|Notes and references|References|Bibliography|Works cited|Sources|Literature|Further reading))\s*[:：]?(?=$|\s+(?:\[?1\]?[.)]?\s))/iu;
const REFERENCES_WORD =
  /^(?:\d+\.?\s+)?(?:References|Bibliography|Works cited|Sources|Literature|Further reading)\b/iu;
/** A separator line before a Word export's notes ("____________"). */
const SEPARATOR = /^(?:_{5,}|[-—–]{5,}|\*{3,})$/u;

/**
 * Takes the notes and references off the groups: note texts found at page foots, sections under a notes
 * or references heading (or a separator line) to the end of the text or the next such section, and a
 * trailing run of bracketed notes ("[1] …") or bibliography entries.
 */
export function takeTrailingNotes(ctx: IngestContext, groups: Group[]): Notes {
  const pdf = ctx.extraction === 'pdf';
  const references: string[] = [];
  const defs = new Map<number, string>();
  for (const [n, note] of ctx.pageNotes) defs.set(n, note.text);

  // sections under a notes or references heading
  for (let gi = 0; gi < groups.length; gi++) {
    const first = groups[gi]!.lines[0]!;
    const head = NOTES_HEAD.exec(first.text);
    const sep = SEPARATOR.test(first.text);
    if (!head && !sep) continue;
    let end = gi + 1;
    while (
      end < groups.length &&
      !NOTES_HEAD.test(groups[end]!.lines[0]!.text) &&
      !SEPARATOR.test(groups[end]!.lines[0]!.text)
    )
      end++;
    const lines = groups
      .slice(gi, end)
      .flatMap((g, k) =>
        k === 0
          ? g.lines.map((l, i) =>
              i === 0 ? { ...l, text: head ? l.text.slice(head[0].length).trim() : '' } : l,
            )
          : [null, ...g.lines],
      );
    // furniture after the notes (share controls, download links, citation blocks) is neither a note nor a reference
    const furniture = lines.map((l, i) => i > 0 && !!l && isFurnitureLine(l.text));
    const texts = lines.map((l, i) => (l && !furniture[i] ? l.text : null));
    const parsed = parseNotes(texts, defs.size ? Math.max(...defs.keys()) + 1 : undefined);
    if (parsed.notes.size && !(head && REFERENCES_WORD.test(head[0]) && parsed.notes.size < 2)) {
      for (const [n, t] of parsed.notes) defs.set(n, t);
      references.push(...parsed.rest);
    } else if ((head && REFERENCES_WORD.test(head[0])) || (head && parsed.rest.length)) {
      references.push(
        ...referenceEntries(
          texts,
          pdf,
          lines.map((l, i) => (l && !furniture[i] ? (/^\s*/u.exec(l.raw)?.[0].length ?? 0) : null)),
        ),
      );
    } else continue;
    lines.forEach((l, i) => {
      if (l && furniture[i]) ctx.remove('chrome', l.text, l.n);
    });
    ctx.remove('other', first.text, first.n);
    groups.splice(gi, end - gi);
    gi--;
  }

  // a trailing run of bracketed notes or bibliography entries (found by their look, not by a heading)
  const headed = references.length;
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
  const trailing = references.length - headed;
  if (trailing > 0 && trailing < 3 && defs.size === 0) {
    ctx.warnings.push(`only ${trailing} trailing bibliography-like entries; kept as body`);
    for (const r of references.splice(0, trailing))
      groups.push({ lines: [{ n: 0, raw: r, text: r }], blanksBefore: 1, blanksAfter: 1 });
  }
  return { references, defs };
}

/**
 * Reads numbered notes from a section's lines (null = blank line) in their common forms: one per line
 * ("12 Reuters, …", "12. …", "[12] …", "12) …"), several on one line ("1 Author's interviews, 2023. 2
 * Reuters, …"), or wrapped over lines. A number starts a note only when it is the next one due and stands
 * at a line's start or after the end of the previous note's text. What is not a note is returned as `rest`.
 */
export function parseNotes(
  lines: readonly (string | null)[],
  firstIn?: number,
): { notes: Map<number, string>; rest: string[] } {
  const text = lines
    .map((l) => l ?? '\n')
    .join('\n')
    .replace(/[ \t]+/gu, ' ');
  const notes = new Map<number, string>();
  const startRe = (n: number): RegExp =>
    new RegExp(`(?:^|\\n|(?<=[.)”"’\\]]\\s))\\s*(?:\\[${n}\\]|${n}[.)]?)\\s+(?=[^\\s\\d])`, 'gu');
  const find = (n: number, from: number): { at: number; len: number } | null => {
    const re = startRe(n);
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? { at: m.index, len: m[0].length } : null;
  };
  let n = firstIn ?? 1;
  let cur = find(n, 0);
  if (!cur && firstIn === undefined) {
    // the first number present at the start
    const m = /^\s*\[?(\d{1,3})\]?[.)]?\s/u.exec(text);
    if (m) {
      n = Number(m[1]);
      cur = find(n, 0);
    }
  }
  if (!cur) return { notes, rest: [] };
  const before = text.slice(0, cur.at).trim();
  const rest: string[] = before ? [collapse(before)] : [];
  while (cur) {
    const next = find(n + 1, cur.at + cur.len);
    const body = text.slice(cur.at + cur.len, next ? next.at : undefined);
    // a blank line after a note ends the notes unless the next note follows
    const parts = body.split(/\n\s*\n/u);
    notes.set(n, collapse(parts[0]!));
    if (!next && parts.length > 1) rest.push(...parts.slice(1).map(collapse).filter(Boolean));
    n++;
    cur = next;
  }
  return { notes, rest };
}

/**
 * Splits a references section into entries. With a hanging indent (some lines indented more than
 * others), an entry starts at each line of the least indentation and takes the indented lines after
 * it. Otherwise: one per line on the web; in a PDF a new entry starts after a line that ends an entry.
 */
function referenceEntries(
  lines: readonly (string | null)[],
  pdf: boolean,
  indents: readonly (number | null)[] = [],
): string[] {
  const out: string[] = [];
  let cur = '';
  const known = indents.filter((i, k): i is number => i !== null && !!lines[k]);
  const base = known.length ? Math.min(...known) : 0;
  const hanging = known.some((i) => i > base);
  for (const [k, l] of lines.entries()) {
    if (l === null || l === '') {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (hanging) {
      if ((indents[k] ?? base) > base && cur) cur = `${cur} ${l}`;
      else {
        if (cur) out.push(cur);
        cur = l;
      }
      continue;
    }
    if (!pdf || (cur && /[.)]$|https?:\S+$/u.test(cur) && /^[\p{Lu}“"‘]/u.test(l))) {
      if (cur) out.push(cur);
      cur = l;
    } else cur = cur ? `${cur} ${l}` : l;
  }
  if (cur) out.push(cur);
  return out.map(collapse).filter(Boolean);
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
export function markNotes(
  ctx: IngestContext,
  body: Block[],
  notes: Notes,
  escaped: (b: Block) => string,
): number {
  let footnotes = 0;
  let expected = ctx.hints.firstNote ?? 1;
  const haveDefs = notes.defs.size > 0;
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
    if (haveDefs) {
      // a number is a marker only where a note with that number exists
      t = t.replace(/\s?\[(\d{1,3})\]/gu, (m, n: string) => {
        if (!notes.defs.has(Number(n))) return m;
        footnotes++;
        usedNotes.add(Number(n));
        expected = Math.max(expected, Number(n) + 1);
        return `[^${Number(n)}]`;
      });
      if (b.kind !== 'h') {
        const res = markFootnotes(t, expected, usedNotes, notes.defs);
        t = res.text;
        footnotes += res.count;
        expected = res.expected;
      }
    } else if (ctx.extraction === 'pdf' && b.kind !== 'h') {
      // no note texts at all: numbers that follow the note sequence
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
  defs?: ReadonlyMap<number, string>,
): { text: string; count: number; expected: number } {
  let expected = expectedIn;
  let count = 0;
  const re =
    /([.,;:?!”’")\]]|[\p{Ll}]|\b(?:1[5-9]\d\d|20\d\d)|[–—]\d{1,2}\.)( ?)(\d{1,3})(?=$|[\s,;:.”’)]|[\p{Lu}“])/gu;
  const out = text.replace(
    re,
    (m: string, before: string, space: string, num: string, offset: number) => {
      const n = Number(num);
      // notes may come slightly out of order where columns were interleaved; each is used once
      if (used.has(n) || n < expected - 3 || n > expected + 4 || (defs && !defs.has(n))) return m;
      // a decimal point or thousands separator between digits is not a note ("19.6 per cent", "$27.9")
      // unless a capitalised word follows ("in 2012.10 So it has")
      const after0 = text.slice(offset + m.length);
      // (or, where the notes are known, the end of the paragraph: "on 11 January 2007.5")
      if (
        !space &&
        /^[.,]$/u.test(before) &&
        /\d$/u.test(text.slice(0, offset)) &&
        !/^\s+[\p{Lu}“]/u.test(after0) &&
        !(defs && before === '.' && after0.trim() === '')
      )
        return m;
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
    },
  );
  return { text: out, count, expected };
}

/**
 * Tables pass: flattened tables rebuilt, before line classification. A table of rows that start with
 * dates becomes a list (one item per row, the date whole); a numeric table becomes a GFM table.
 */
import { MONTHS, type IngestContext, type Line } from './types.ts';

/** Prefix marking synthetic lines of a rebuilt numeric table (a NUL never survives the input check). */
export const GRID = '\u0000grid';

const ROW_DATE = new RegExp(
  `^(\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTHS})|(?:${MONTHS})\\.?(?= \\d{4}))(?: (\\d{4}))?\\b ?(.*)$`,
  'u',
);

/** A header row of a flattened table: column names, one capitalised word each, the first a time column. */
const HEADER = /^(?:Date|Year|Month|Period|When)(?: [\p{Lu}][\p{Ll}]+){2,7}$/u;
/** A line that ends a flattened table: a heading (a glyph or numbering before a capital), a note or source line. */
const TABLE_END = /^(?: (?:\d+\.\s+)?\p{Lu}|\s*\d{1,2}\.\s+\p{Lu}\p{Ll}+ )/u;

/**
 * Finds flattened tables and rebuilds them: under a header row of column names starting with a time
 * column, rows that start with a year and hold figures become a GFM table (up to the first line of
 * words, a note or source line); rows that start with a day and month become a list, one item per row
 * with its date whole (up to the next heading). Also rebuilds tab-separated tables (HTML or Word
 * rendered as text) as GFM tables.
 */
export function rebuildTablesPass(ctx: IngestContext): void {
  for (let s = 0; s < ctx.lines.length; s++) {
    const l = ctx.lines[s]!;
    if (!HEADER.test(l.text)) continue;
    const rows = ctx.lines
      .slice(s + 1)
      .filter((x) => x.text)
      .slice(0, 3);
    if (
      rows.length &&
      /^(?:1[5-9]|20)\d\d\b/u.test(rows[0]!.text) &&
      /\d[\d.,]*\b/u.test(rows[0]!.text.slice(4))
    ) {
      let e = s + 1;
      while (
        e < ctx.lines.length &&
        (!ctx.lines[e]!.text ||
          /^(?:1[5-9]|20)\d\d\b/u.test(ctx.lines[e]!.text) ||
          !/\p{L}{3}/u.test(ctx.lines[e]!.text.replace(/^(?:1[5-9]|20)\d\d\b/u, '')))
      )
        e++;
      if (e >= ctx.lines.length) continue;
      rebuildGrid(ctx.lines, s, e);
      continue;
    }
    if (
      rows.length &&
      ROW_DATE.test(rows.find((r) => ROW_DATE.test(r.text))?.text ?? '') &&
      rows.some((r) => ROW_DATE.test(r.text) || /^\d{1,2}(?:[–-]\d{1,2})?$/u.test(r.text))
    ) {
      // one-line rows end at the first line that is not a row; rows with wrapped cells at the next heading
      const oneLine = ctx.lines
        .slice(s + 1)
        .filter((x) => x.text)
        .slice(0, 3)
        .every((x) => ROW_DATE.test(x.text));
      let e = s + 1;
      while (
        e < ctx.lines.length &&
        !TABLE_END.test(ctx.lines[e]!.raw) &&
        !/^(?:Source|Sources|Note|Notes)\s*:/u.test(ctx.lines[e]!.text) &&
        (!oneLine || !ctx.lines[e]!.text || ROW_DATE.test(ctx.lines[e]!.text))
      )
        e++;
      const end = e - 1;
      ctx.lines = rebuildTables(ctx.lines, s, end, (t, n) => ctx.remove('other', t, n));
    }
  }
  ctx.lines = rebuildTabTables(ctx.lines);
}

/** Tab-separated rows (three or more, the same number of cells, at least two) as a GFM table. */
function rebuildTabTables(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    const cells = (l: Line | undefined): number =>
      l && /\t/u.test(l.raw) ? l.raw.trim().split(/\t+/u).length : 0;
    const n = cells(lines[i]);
    let j = i;
    while (n >= 2 && cells(lines[j]) === n) j++;
    if (n >= 2 && j - i >= 3) {
      const rows = lines.slice(i, j).map((l) =>
        l.raw
          .trim()
          .split(/\t+/u)
          .map((c) => c.trim().replace(/\|/gu, '\\|')),
      );
      const table = [
        `| ${rows[0]!.join(' | ')} |`,
        `| ${rows[0]!.map(() => '---').join(' | ')} |`,
        ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
      ];
      out.push(
        { n: lines[i]!.n, raw: '', text: '' },
        ...table.map((t) => ({ n: lines[i]!.n, raw: `${GRID}${t}`, text: `${GRID}${t}` })),
        { n: lines[j - 1]!.n, raw: '', text: '' },
      );
      i = j;
    } else out.push(lines[i++]!);
  }
  return out;
}

/** Rebuilds a flattened table of dated rows (header at s, last line e) as bullet lines ("● **date** — cells (url)") that the list logic picks up. */
function rebuildTables(
  lines: Line[],
  s: number,
  e: number,
  onHeader: (t: string, n: number) => void,
): Line[] {
  let out = lines;
  {
    onHeader(out[s]!.text, out[s]!.n);
    const rows: { n: number; date: string; parts: string[]; url: string }[] = [];
    let inUrl = false;
    for (const l of out.slice(s + 1, e + 1)) {
      if (!l.text) continue;
      const m = ROW_DATE.exec(l.text);
      const last = rows[rows.length - 1];
      if (m) {
        rows.push({
          n: l.n,
          date: m[2] ? `${m[1]} ${m[2]}` : m[1]!,
          parts: m[3] ? [m[3]] : [],
          url: '',
        });
        inUrl = false;
        continue;
      }
      if (!last) continue;
      if (/^\d{1,2}(?:[–-]\d{1,2})?$/u.test(l.text)) {
        rows.push({ n: l.n, date: l.text, parts: [], url: '' });
        inUrl = false;
        continue;
      }
      if (
        new RegExp(`^(?:${MONTHS})$`, 'u').test(l.text) &&
        last.parts.length === 0 &&
        /^\d[\d–-]*$/u.test(last.date)
      ) {
        last.date += ` ${l.text}`;
        continue;
      }
      if (/^\d{4}$/u.test(l.text) && !/\d{4}$/u.test(last.date) && last.parts.length === 0) {
        last.date += ` ${l.text}`;
        continue;
      }
      if (/^https?:\/\//u.test(l.text) || (inUrl && !/\.html?$/u.test(last.url))) {
        last.url += /^https?:\/\//u.test(l.text) && last.url ? ` ${l.text}` : l.text;
        inUrl = true;
        continue;
      }
      last.parts.push(l.text);
    }
    const synthetic: Line[] = [];
    for (const r of rows) {
      const body = r.parts.join(' ').replace(/\s+/gu, ' ').trim();
      const t = `● **${r.date}** — ${body}${r.url ? ` (${r.url})` : ''}`;
      synthetic.push({ n: r.n, raw: t, text: t }, { n: r.n, raw: '', text: '' });
    }
    out = [
      ...out.slice(0, s),
      { n: out[s]!.n, raw: '', text: '' },
      ...synthetic,
      ...out.slice(e + 1),
    ];
  }
  return out;
}

/** Rebuilds a flattened numeric table (header at s, rows up to e, exclusive) in place as one synthetic line per GFM table row. */
function rebuildGrid(lines: Line[], s: number, e: number): void {
  const spec = { start: lines[s]!.text };
  const cols = spec.start.split(' ');
  const rows: { n: number; tokens: string[] }[] = [];
  for (const l of lines.slice(s + 1, e)) {
    if (!l.text) continue;
    if (/^\d{4}\b/u.test(l.text)) rows.push({ n: l.n, tokens: l.text.split(' ') });
    else rows[rows.length - 1]?.tokens.push(...l.text.split(' '));
  }
  const table: string[] = [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const [year, ...rest] = r.tokens;
    const values: string[] = [];
    let tail = '';
    const n = cols.length - 1;
    const dollars = rest.some((t) => /^-?\$/u.test(t));
    for (const t of rest) {
      const m = /^(.*?),?(\d{1,3})?$/u.exec(t)!;
      // a figure: money ("$5.7", "-$2.1"), a decimal or signed number ("1.5", "-2.7", "12%"); a bare
      // integer is a figure too while the columns are still filling, unless the row's figures are money
      if (
        /^[-−]?\$[\d.,]+$/u.test(t) ||
        (!dollars &&
          /^[-−]?\d[\d,]*(?:\.\d+)?%?$/u.test(t) &&
          (!/^\d{1,3}$/u.test(t) || values.length < n))
      )
        values.push(t);
      else if (/^\d{1,3}$/u.test(t)) tail += `[^${t}]`;
      else if (values.length) {
        // a source marker ("V", "C", "*") qualifies the value before it; "C,29" also carries a note
        values[values.length - 1] += ` ${m[1]}`;
        if (m[2]) tail += `[^${m[2]}]`;
      } else values.push(t); // a word before any figure stays in the row rather than being lost
    }
    let cells: string[];
    if (values.length === 2 * n)
      cells = Array.from({ length: n }, (_, i) => `${values[i * 2]} / ${values[i * 2 + 1]}`);
    else cells = [...Array<string>(Math.max(0, n - values.length)).fill(''), ...values.slice(-n)];
    cells[cells.length - 1] += tail;
    table.push(`| ${[year, ...cells].join(' | ')} |`);
  }
  const synthetic: Line[] = table.map((t) => ({
    n: rows[0]?.n ?? lines[s]!.n,
    raw: `${GRID}${t}`,
    text: `${GRID}${t}`,
  }));
  lines.splice(s, e - s, { n: lines[s]!.n, raw: '', text: '' }, ...synthetic, {
    n: lines[s]!.n,
    raw: '',
    text: '',
  });
}

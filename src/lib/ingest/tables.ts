/**
 * Tables pass: flattened tables rebuilt, before line classification. A table of rows that start with
 * dates becomes a list (one item per row, the date whole); a numeric table becomes a GFM table.
 */
import { MONTHS, type IngestContext, type Line } from './types.ts';

/** Prefix marking synthetic lines of a rebuilt numeric table (a NUL never survives the input check). */
export const GRID = '\u0000grid';

const ROW_DATE = new RegExp(`^(\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTHS}))(?: (\\d{4}))?\\b ?(.*)$`, 'u');

/** Runs the table rebuilds on ctx.lines. */
export function rebuildTablesPass(ctx: IngestContext): void {
  ctx.lines = rebuildTables(ctx.lines, ctx.hints.table ?? [], (t, n) => ctx.remove('other', t, n), ctx.warnings);
  for (const g of ctx.hints.grid ?? []) {
    const found = rebuildGrid(ctx.lines, g);
    if (!found) ctx.warnings.push(`grid hint "${g.start}" … "${g.end}" not found`);
  }
}

/** Rebuilds hinted flattened tables as bullet lines ("● **date** — cells (url)") that the list logic picks up. */
function rebuildTables(lines: Line[], specs: readonly { start: string; end: string }[], onHeader: (t: string, n: number) => void, warnings: string[]): Line[] {
  let out = lines;
  for (const spec of specs) {
    const s = out.findIndex((l) => l.text === spec.start);
    const e = out.findIndex((l, i) => i > s && l.text.includes(spec.end));
    if (s < 0 || e < 0) {
      warnings.push(`table hint "${spec.start}" … "${spec.end}" not found`);
      continue;
    }
    onHeader(out[s]!.text, out[s]!.n);
    const rows: { n: number; date: string; parts: string[]; url: string }[] = [];
    let inUrl = false;
    for (const l of out.slice(s + 1, e + 1)) {
      if (!l.text) continue;
      const m = ROW_DATE.exec(l.text);
      const last = rows[rows.length - 1];
      if (m) {
        rows.push({ n: l.n, date: m[2] ? `${m[1]} ${m[2]}` : m[1]!, parts: m[3] ? [m[3]] : [], url: '' });
        inUrl = false;
        continue;
      }
      if (!last) continue;
      if (/^\d{1,2}(?:[–-]\d{1,2})?$/u.test(l.text)) {
        rows.push({ n: l.n, date: l.text, parts: [], url: '' });
        inUrl = false;
        continue;
      }
      if (new RegExp(`^(?:${MONTHS})$`, 'u').test(l.text) && last.parts.length === 0 && /^\d[\d–-]*$/u.test(last.date)) {
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
    out = [...out.slice(0, s), { n: out[s]!.n, raw: '', text: '' }, ...synthetic, ...out.slice(e + 1)];
  }
  return out;
}

/** Rebuilds a hinted numeric table in place as one synthetic line per GFM table row. */
function rebuildGrid(lines: Line[], spec: { start: string; end: string }): boolean {
  const s = lines.findIndex((l) => l.text === spec.start);
  const e = lines.findIndex((l, i) => i > s && l.text.includes(spec.end));
  if (s < 0 || e < 0) return false;
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
    for (const t of rest) {
      const m = /^(.*?),?(\d{1,3})?$/u.exec(t)!;
      if (/^-?\$[\d.]+$/u.test(t)) values.push(t);
      else if (/^\d{1,3}$/u.test(t)) tail += `[^${t}]`;
      else if (values.length) {
        // a source marker ("V", "C", "*") qualifies the value before it; "C,29" also carries a note
        values[values.length - 1] += ` ${m[1]}`;
        if (m[2]) tail += `[^${m[2]}]`;
      }
    }
    const n = cols.length - 1;
    let cells: string[];
    if (values.length === 2 * n) cells = Array.from({ length: n }, (_, i) => `${values[i * 2]} / ${values[i * 2 + 1]}`);
    else cells = [...Array<string>(Math.max(0, n - values.length)).fill(''), ...values.slice(-n)];
    cells[cells.length - 1] += tail;
    table.push(`| ${[year, ...cells].join(' | ')} |`);
  }
  const synthetic: Line[] = table.map((t) => ({ n: rows[0]?.n ?? lines[s]!.n, raw: `${GRID}${t}`, text: `${GRID}${t}` }));
  lines.splice(s, e - s, { n: lines[s]!.n, raw: '', text: '' }, ...synthetic, { n: lines[s]!.n, raw: '', text: '' });
  return true;
}

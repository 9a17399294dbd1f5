/**
 * `npm run check:weight`: page-weight budgets of the built site (dist/), as gzip sizes. Sizes are
 * deterministic, so this is a check, not a benchmark. For each page type it reports the median and the
 * largest page: HTML, CSS (linked and inline), client JS (linked and inline module scripts; JSON-LD
 * and JSON data blocks are data, counted with the HTML), and first load = HTML + CSS.
 *
 * Budgets (issue "Claim permalinks"): a claim page ships ≤ 3 KB gz of JS (the copy enhancement),
 * ≤ 14 KB gz of CSS, and ≤ 30 KB gz of HTML + CSS on first load. The timeline ships ≤ 40 KB gz of JS
 * (issue 5).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

export interface Weight {
  html: number;
  css: number;
  js: number;
  firstLoad: number;
}

const fileCache = new Map<string, string>();
function asset(href: string): string {
  const path = join(DIST, href.replace(/^\//, '').split(/[?#]/)[0] ?? '');
  let text = fileCache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    fileCache.set(path, text);
  }
  return text;
}

export function weigh(html: string): Weight {
  let css = '';
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) css += asset(href);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += m[1] ?? '';
  let js = '';
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/application\/(ld\+)?json/.test(attrs)) continue; // data, not scripts
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    js += src ? asset(src) : (m[2] ?? '');
  }
  const htmlOnly = html;
  return {
    html: gz(htmlOnly),
    css: css ? gz(css) : 0,
    js: js ? gz(js) : 0,
    firstLoad: gz(htmlOnly) + (css ? gz(css) : 0),
  };
}

function pagesUnder(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(join(DIST, dir));
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(DIST, dir, name, 'index.html');
    try {
      if (statSync(p).isFile()) out.push(p);
    } catch {
      /* not a page directory */
    }
  }
  return out;
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(join(DIST, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const BUDGETS: Record<string, Partial<Weight>> = {
  claims: { js: 3 * 1024, css: 14 * 1024, firstLoad: 30 * 1024 },
  // Issue 5: the timeline's d3 chart and its controls.
  timeline: { js: 40 * 1024 },
  // Issue 15: /compare/ (the d3 coverage chart and dot plot, the model) before any summary is fetched.
  compare: { js: 40 * 1024 },
};

const types: Array<[string, string[]]> = [
  ['home', [join(DIST, 'index.html')]],
  ['claims', pagesUnder('claims')],
  ['reports', pagesUnder('reports')],
  ['actors', pagesUnder('actors')],
  ['events', pagesUnder('events')],
  ['timeline', pagesUnder('.').filter((p) => p.includes('timeline'))],
  ['search', pagesUnder('.').filter((p) => p.includes('search'))],
  ['briefings', pagesUnder('briefings')],
  ['compare', [join(DIST, 'compare', 'index.html')]],
  ['pairs', subdirs('compare').flatMap((d) => pagesUnder(join('compare', d)))],
  ['disagreements', [join(DIST, 'disagreements', 'index.html')]],
];

let failed = 0;
console.log('page type   pages  median HTML+CSS  max HTML+CSS  max CSS  max JS   (gzip)');
for (const [type, files] of types) {
  if (!files.length) continue;
  const weights = files.map((f) => ({ file: f, w: weigh(readFileSync(f, 'utf8')) }));
  const max = (k: keyof Weight) => weights.reduce((a, b) => (b.w[k] > a.w[k] ? b : a));
  console.log(
    `${type.padEnd(11)} ${String(files.length).padStart(5)}  ${kb(median(weights.map((x) => x.w.firstLoad))).padStart(15)}  ${kb(max('firstLoad').w.firstLoad).padStart(12)}  ${kb(max('css').w.css).padStart(7)}  ${kb(max('js').w.js).padStart(6)}`,
  );
  for (const [k, limit] of Object.entries(BUDGETS[type] ?? {}) as Array<[keyof Weight, number]>) {
    const worst = max(k);
    if (worst.w[k] > limit) {
      console.error(
        `✗ ${type}: ${k} ${kb(worst.w[k])} on ${worst.file} is over the budget of ${kb(limit)}`,
      );
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);

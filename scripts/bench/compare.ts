/**
 * `npm run bench -- compare`: /compare/ at 200 reports in headless Chromium. A synthetic corpus of
 * 200 reports of 250 claims each (scripts/synth-corpus.ts, seed 7) is parsed with the real gazetteer
 * and events (buildCorpus, as the build does), and each report's summary made by the build's own
 * function (src/lib/compare/summary.ts). The built /compare/ page is given those 200 reports (its
 * checkboxes and data block, and the capped list of pairs, as the page renders them beyond 50
 * reports), and the summaries are served at /compare/summary/<id>.json, through Playwright routes.
 * Opening a comparison of the five largest summaries, it reports:
 *   - bytes fetched: every response of the page load (HTML, CSS, JS, the five summaries), each
 *     gzip -9, the way a static host serves them; budget ≤ 150 KB gz;
 *   - time to draw: the page's `compare-draw` measure, from the summaries in hand to every section
 *     drawn (model, charts, passages), median of RUNS fresh loads; budget ≤ 200 ms; and beside it
 *     navigation start to drawn (fetches included, from the local preview server);
 *   - the summaries' own sizes over all 200 reports (budget ≤ 40 KB gz each).
 * Build first (`npm run build`). BENCH_RUNS (default 7), BENCH_REPORTS (default 200).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../find-chromium.mjs';
import { synthCorpus, writeContentTree } from '../synth-corpus.ts';
import { readContent } from '../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../src/lib/parse/corpus.ts';
import {
  reportPassages,
  reportSummary,
  type ReportSummary,
} from '../../src/lib/compare/summary.ts';
import { byPublication, defaultPair } from '../../src/lib/compare/model.ts';
import { countOf } from '../../src/lib/domain/format.ts';
import { originName } from '../../src/lib/domain/labels.ts';

const PORT = Number(process.env.COMPARE_BENCH_PORT ?? 4418);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 200);
const PER_REPORT = 250;
const BUDGET_BYTES = 150 * 1024;
const BUDGET_DRAW = 200;
const BUDGET_SUMMARY = 40 * 1024;

const gz = (b: string | Buffer) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// 1. The synthetic corpus, parsed as the build parses it, and its summaries.
let t = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'triangulate-compare-bench-'));
let summaries: ReportSummary[];
const passageFiles = new Map<string, string>();
try {
  // The generator's sentences re-split into about 0.88 claims each (see scripts/bench/build.ts).
  const perReport = Math.round(PER_REPORT / 0.88);
  const synth = await synthCorpus({ claims: REPORTS * perReport, perReport, seed: 7 });
  writeContentTree(synth, dir);
  const corpus = buildCorpus(await readContent(dir));
  const byReport = new Map<string, typeof corpus.claims>();
  for (const c of corpus.claims)
    (byReport.get(c.reportId) ?? byReport.set(c.reportId, []).get(c.reportId)!).push(c);
  summaries = corpus.reports.map(({ report }) =>
    reportSummary(report, byReport.get(report.id) ?? [], corpus.events, corpus.actors),
  );
  for (const { report } of corpus.reports)
    passageFiles.set(
      report.id,
      JSON.stringify(reportPassages(report.id, byReport.get(report.id) ?? [])),
    );
  console.log(
    `synthetic corpus: ${corpus.reports.length} reports, ${corpus.claims.length} claims, ${corpus.events.length} events; parsed and summarised in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const json = new Map(summaries.map((s) => [s.id, JSON.stringify(s)]));
const sizes = [...json.values()].map(gz);
console.log(
  `summaries: median ${kb(median(sizes))} gz, largest ${kb(Math.max(...sizes))} gz (budget ${kb(BUDGET_SUMMARY)}); median ${median(summaries.map((s) => s.events.length))} events attested per report`,
);

// 2. The page as the build would render it for these reports.
const html = readFileSync('dist/compare/index.html', 'utf8');
const choices = [...summaries].sort(byPublication);
const boxes = choices
  .map(
    (s) =>
      `<label><input type="checkbox" name="r" value="${esc(s.id)}"> ${esc(s.label)} <span class="muted">(${esc(originName(s.origin))}, ${esc(countOf(s.events.length, 'event'))})</span></label>`,
  )
  .join('');
const builtMeta = JSON.parse(
  /<script type="application\/json" id="cmp-meta"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ??
    '{}',
) as object;
const meta = JSON.stringify({
  ...builtMeta,
  reports: choices.map((s) => s.id),
  default: defaultPair(summaries),
}).replace(/</g, '\\u003c');
let body = html
  .replace(/(<legend[^>]*>[\s\S]*?<\/legend>)[\s\S]*?(<\/fieldset>)/, `$1${boxes}$2`)
  .replace(
    /(<script type="application\/json" id="cmp-meta"[^>]*>)[\s\S]*?(<\/script>)/,
    `$1${meta}$2`,
  )
  .replace(
    /(<section class="cmp-pairs-section"[^>]*>[\s\S]*?<\/h2>)[\s\S]*?(<\/section>)/,
    `$1<p class="prose">With ${REPORTS} reports there are too many pairs for a page each: static pair pages stop beyond 50 reports.</p>$2`,
  );
if (!body.includes(choices[0]!.id) || !body.includes('too many pairs'))
  throw new Error('could not find the report list, data block or pairs in dist/compare/index.html');

const bySize = [...summaries].sort((a, b) => json.get(b.id)!.length - json.get(a.id)!.length);
const selections: Array<[string, string[]]> = [
  ['five largest summaries', bySize.slice(0, 5).map((s) => s.id)],
  // Every 40th report by id: five reports picked without regard to size.
  [
    'five spread by id',
    [...summaries]
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((_, i) => i % Math.floor(REPORTS / 5) === 0)
      .slice(0, 5)
      .map((s) => s.id),
  ],
];

interface Result {
  label: string;
  open: number;
  withPassages: number;
  files: string[];
  draw: number[];
  drawn: number[];
  passages: number[];
  steps: Map<string, number[]>;
}

// 3. Open each comparison RUNS times, each in a fresh browser context (nothing cached): bytes until
// it is drawn, then scrolled to the shared events until their passages are in.
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
let failed = false;
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: Result[] = [];
  for (const [label, ids] of selections) {
    const r: Result = {
      label,
      open: 0,
      withPassages: 0,
      files: [],
      draw: [],
      drawn: [],
      passages: [],
      steps: new Map(),
    };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.route('**/compare/?*', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      await page.route(/\/compare\/(summary|passages)\/[^/]+\.json$/, (route) => {
        const [, kind, id] =
          /(summary|passages)\/([^/]+)\.json$/.exec(new URL(route.request().url()).pathname) ?? [];
        const file = (kind === 'summary' ? json : passageFiles).get(decodeURIComponent(id ?? ''));
        return file
          ? route.fulfill({ status: 200, contentType: 'application/json', body: file })
          : route.fulfill({ status: 404, body: '' });
      });
      const seen: Array<Promise<[string, number]>> = [];
      page.on('response', (res) =>
        seen.push(
          res.body().then(
            (b) => [new URL(res.url()).pathname, gz(b)] as [string, number],
            () => [res.url(), 0],
          ),
        ),
      );
      await page.goto(`http://127.0.0.1:${PORT}/compare/?r=${ids.join(',')}`);
      await page
        .locator('html[data-compare="ready"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const rows = await page.locator('#cmp-coverage svg > g[role="group"]').count();
      if (rows !== 5) throw new Error(`expected five rows in the coverage chart, found ${rows}`);
      const atOpen = await Promise.all(seen);
      await page.locator('#cmp-shared').scrollIntoViewIfNeeded();
      await page
        .locator('html[data-passages="ready"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(seen);
      const timing = await page.evaluate(() => ({
        draw: performance.getEntriesByName('compare-draw')[0]?.duration ?? NaN,
        drawn: performance.getEntriesByName('compare-drawn')[0]?.startTime ?? NaN,
        passages: performance.getEntriesByName('compare-passages')[0]?.duration ?? NaN,
        steps: performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('compare:'))
          .map((m) => [m.name.slice(8), m.duration] as [string, number]),
      }));
      for (const [name, ms] of timing.steps)
        (r.steps.get(name) ?? r.steps.set(name, []).get(name)!).push(ms);
      if (run === 0) {
        r.open = atOpen.reduce((a, [, n]) => a + n, 0);
        r.withPassages = all.reduce((a, [, n]) => a + n, 0);
        r.files = all.map(([p, n]) => `${p} ${kb(n)}`);
      }
      r.draw.push(timing.draw);
      r.drawn.push(timing.drawn);
      r.passages.push(timing.passages);
      await context.close();
    }
    results.push(r);
    console.log(`\n${label} (${ids.join(', ')}), ${RUNS} runs:`);
    console.log(
      `  fetched to open: ${kb(r.open)} gz (budget ${kb(BUDGET_BYTES)}); with the shared events' passages: ${kb(r.withPassages)} gz`,
    );
    for (const f of r.files) console.log(`    ${f}`);
    console.log(
      `  time to draw (summaries in hand → every section drawn): median ${median(r.draw).toFixed(1)} ms, min ${Math.min(...r.draw).toFixed(1)}, max ${Math.max(...r.draw).toFixed(1)} (budget ${BUDGET_DRAW} ms)`,
    );
    console.log(
      `  of which (medians): ${[...r.steps].map(([n, ms]) => `${n} ${median(ms).toFixed(1)} ms`).join(', ')}; filling the passages ${median(r.passages).toFixed(1)} ms`,
    );
    console.log(
      `  navigation start → drawn (fetches from the local server included): median ${median(r.drawn).toFixed(0)} ms`,
    );
    if (r.open > BUDGET_BYTES || median(r.draw) > BUDGET_DRAW) failed = true;
  }
  await browser.close();
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${REPORTS} reports of ${PER_REPORT} claims, summaries median ${kb(median(sizes))} / largest ${kb(Math.max(...sizes))} gz`,
  );
  console.log(
    `| comparison of five | fetched to open | + passages when scrolled to | time to draw (median of ${RUNS}) | navigation → drawn |`,
  );
  console.log(`|---|---|---|---|---|`);
  for (const r of results)
    console.log(
      `| ${r.label} | **${kb(r.open)} gz** | ${kb(r.withPassages)} gz | **${median(r.draw).toFixed(0)} ms** | ${median(r.drawn).toFixed(0)} ms |`,
    );
  if (Math.max(...sizes) > BUDGET_SUMMARY) failed = true;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);

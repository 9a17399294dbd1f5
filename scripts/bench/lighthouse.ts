/**
 * Lighthouse (the npm package) on one page of each type, driving Debian's Chromium headless against
 * `astro preview` of the built site: performance, accessibility, best practices and SEO, median of
 * RUNS runs per page (mobile emulation, Lighthouse's default throttling). Build first (`npm run build`).
 * Too slow for `npm test` (about 15 s per run), so it lives in `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from '../find-chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4396);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CANDIDATES: Array<[string, string]> = [
  ['home', '/'],
  ['timeline', '/timeline/'],
  ['event', '/events/2014-hd981-oil-rig-crisis/'],
  ['actor', '/actors/nguyen-phu-trong/'],
  ['report', '/reports/xin-2015/'],
  ['claim', '/claims/hayton-2015-90adcbf8/'],
  ['search', '/search/?q=oil+rig'],
  ['compare', '/compare/?r=hayton-2015,xin-2015'],
  ['pair', '/compare/hayton-2015/xin-2015/'],
  ['disagreements', '/disagreements/'],
];
// LIGHTHOUSE_PAGES=timeline,search runs only those page types.
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const pages = CANDIDATES.filter(
  ([name, p]) =>
    (!only || only.includes(name)) && existsSync(`dist${p.replace(/\?.*$/, '')}index.html`),
);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Beside the scores, the medians of the metrics that move them (ms, CLS unitless).
const METRICS = [
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['LCP', 'largest-contentful-paint'],
  ['FCP', 'first-contentful-paint'],
  ['SI', 'speed-index'],
] as const;
// LIGHTHOUSE_JSON=<dir>: keep every run's full report (<page>-<run>.json) to see what costs.
const jsonDir = process.env.LIGHTHOUSE_JSON;
if (jsonDir) mkdirSync(jsonDir, { recursive: true });

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
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
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    console.log(`Lighthouse ${RUNS} runs per page, median scores (mobile, simulated throttling)`);
    console.log(
      'page      ' + CATEGORIES.map((c) => c.padStart(15)).join('') + '   failing audits',
    );
    for (const [name, path] of pages) {
      const scores: Record<string, number[]> = {};
      const metrics: Record<string, number[]> = {};
      const failing = new Set<string>();
      for (let r = 0; r < RUNS; r++) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
        for (const c of CATEGORIES)
          (scores[c] ??= []).push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        for (const [m, id] of METRICS)
          (metrics[m] ??= []).push(lhr.audits[id]?.numericValue ?? NaN);
        if (jsonDir) writeFileSync(`${jsonDir}/${name}-${r + 1}.json`, JSON.stringify(lhr));
        for (const c of CATEGORIES)
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) failing.add(ref.id);
          }
      }
      console.log(
        `${name.padEnd(10)}${CATEGORIES.map((c) => String(median(scores[c] ?? [])).padStart(15)).join('')}   ${[...failing].join(', ') || '—'}`,
      );
      console.log(
        `${''.padEnd(10)}${METRICS.map(([m]) => `${m} ${median(metrics[m] ?? []).toFixed(m === 'CLS' ? 3 : 0)}`).join(', ')}` +
          `; performance per run ${(scores['performance'] ?? []).join(' ')}, TBT per run ${(metrics['TBT'] ?? []).map((v) => v.toFixed(0)).join(' ')}`,
      );
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill();
}

/**
 * Search benchmark (`npm run bench -- search`; build first with `npm run build`): in headless
 * Chromium, the site's own search worker (dist/_astro/worker-*.js) answers the labelled queries
 * (tests/fixtures/search/labelled-queries.json, or the file SEARCH_BENCH_QUERIES names) over three corpora — the real one, and synthetic
 * corpora of 10,000 and 50,000 claims recombined from it (scripts/synth-corpus.ts) — in two modes
 * in the same run:
 *
 * - narrowed: the shipped engine (token/prefix index → candidates → Fuse ranks the best of them,
 *   shards loaded lazily);
 * - plain: one Fuse over every record with the same options and query (`plainSearch` in
 *   scripts/bench/search/plain-search.ts, run in a worker of its own that this script bundles with
 *   Vite into bench-results/plain-worker/; the site does not ship it).
 *
 * For the synthetic sizes the site is not built: the index files come from the same
 * `buildSearchIndex` the endpoint uses, served by a small static server that also serves dist/_astro
 * and counts the gzip bytes it sends. Per corpus and mode it reports:
 * - first query: time from posting it to the answer, and bytes transferred (gzip) before the answer;
 * - keystrokes: each labelled query is typed character by character into the narrowed engine; its
 *   last KEYS keystrokes (KEYS=2 by default) are timed in both modes, from the keystroke (message
 *   posted to the worker) to the ranked results arriving on the page (the first answer, which may
 *   rank only the candidates whose shards are at hand), and to the complete answer; p50/p95;
 * - recall@10 over the labelled expectations present in that corpus.
 * Results also go to bench-results/search.json.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { ensureChromium } from '../find-chromium.mjs';
import { readContent } from '../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../src/lib/parse/corpus.ts';
import {
  buildSearchIndex,
  indexFileMap,
  type SearchSource,
} from '../../src/lib/search/build-index.ts';
import { synthCorpus } from '../synth-corpus.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const KEYS = Number(process.env.SEARCH_BENCH_KEYS ?? 2);
const SIZES = (process.env.SEARCH_BENCH_SIZES ?? 'real,10000,50000').split(',');

interface Labelled {
  q: string;
  expect: string[];
}
// Another set of queries (the same format) can be given to compare runs over one set.
const QUERIES = process.env.SEARCH_BENCH_QUERIES ?? 'tests/fixtures/search/labelled-queries.json';
const { queries } = JSON.parse(readFileSync(QUERIES, 'utf8')) as { queries: Labelled[] };
const workerFile = readdirSync('dist/_astro').find((f) => /^worker-.*\.js$/.test(f));
if (!workerFile) {
  console.error('bench search: no dist/_astro/worker-*.js; build the site first (npm run build)');
  process.exit(1);
}
const PLAIN_DIR = 'bench-results/plain-worker';
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: PLAIN_DIR,
    emptyOutDir: true,
    lib: {
      entry: 'scripts/bench/search/plain-worker.ts',
      formats: ['es'],
      fileName: () => 'plain-worker.js',
    },
  },
});

// The static server: the current corpus's index files, dist/_astro, the bench page, byte counters.
let files = new Map<string, Buffer>();
let bytes = 0;
let requests = 0;
const gz = new Map<string, Buffer>();
const gzipped = (key: string, body: Buffer) => {
  let z = gz.get(key);
  if (!z) gz.set(key, (z = gzipSync(body, { level: 6 })));
  return z;
};
const PAGE = `<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module">
let seq = 0;
const pending = new Map();
let worker;
window.startWorker = (url) => {
  worker = new Worker(url, { type: 'module' });
  worker.onmessage = (e) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    if (e.data.error) { pending.delete(e.data.id); p.reject(new Error(e.data.error)); return; }
    if (!p.first) p.first = performance.now();
    if (e.data.final) { pending.delete(e.data.id); p.resolve({ ms: p.first - p.t0, finalMs: performance.now() - p.t0, result: e.data.result }); }
  };
};
window.ask = (q) => new Promise((resolve, reject) => {
  const id = ++seq;
  const t0 = performance.now();
  pending.set(id, { t0, resolve, reject });
  worker.postMessage({ id, q });
});
</script>`;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  let body: Buffer | undefined;
  let type = 'application/json';
  if (url.pathname === '/bench.html') {
    body = Buffer.from(PAGE);
    type = 'text/html; charset=utf-8';
  } else if (url.pathname === '/__bytes') {
    res.end(JSON.stringify({ bytes, requests }));
    return;
  } else if (url.pathname === '/_bench/plain-worker.js') {
    body = readFileSync(join(PLAIN_DIR, 'plain-worker.js'));
    type = 'text/javascript';
  } else if (url.pathname.startsWith('/_astro/')) {
    try {
      body = readFileSync(join('dist', url.pathname));
      type = 'text/javascript';
    } catch {
      body = undefined;
    }
  } else {
    const m = /^\/search\/index\/([a-z0-9-]+)\.json$/.exec(url.pathname);
    if (m?.[1]) body = files.get(m[1]);
  }
  if (!body) {
    res.statusCode = 404;
    res.end();
    return;
  }
  const z = gzipped(
    url.pathname + (url.pathname.startsWith('/search/') ? `@${files.get('meta')?.length}` : ''),
    body,
  );
  bytes += z.length;
  requests++;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Encoding': 'gzip',
    'Cache-Control': 'no-store',
  });
  res.end(z);
});
await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

interface Row {
  corpus: string;
  claims: number;
  records: number;
  mode: 'narrowed' | 'plain';
  firstMs: number;
  firstKB: number;
  p50: number;
  p95: number;
  /** Until the complete answer (the same as p50/p95 when the first answer was complete). */
  finalP50: number;
  finalP95: number;
  mean: number;
  keystrokes: number;
  recall: number;
  indexKB: number;
}
const rows: Row[] = [];
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
const base = buildCorpus(await readContent(process.cwd()));
try {
  for (const size of SIZES) {
    const started = performance.now();
    const source: SearchSource =
      size === 'real'
        ? {
            reports: base.reports.map((r) => r.report),
            claims: base.claims,
            actors: base.actors,
            events: base.events,
          }
        : await synthCorpus({ claims: Number(size), seed: 1, base });
    const built = indexFileMap(buildSearchIndex(source));
    files = new Map([...built].map(([k, v]) => [k, Buffer.from(v)]));
    gz.clear();
    const indexKB =
      [...files.keys()].reduce(
        (n, k) =>
          n +
          gzipped(`/search/index/${k}.json@${files.get('meta')?.length}`, files.get(k) as Buffer)
            .length,
        0,
      ) / 1024;
    const ids = new Set<string>([
      ...source.claims.map((c) => c.id),
      ...source.reports.map((r) => r.id),
      ...source.actors.map((a) => a.id),
      ...source.events.map((e) => e.id),
    ]);
    console.log(
      `\n${size}: ${source.claims.length} claims, ${files.size} index files (${indexKB.toFixed(0)} KB gz in all), built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const mode of ['narrowed', 'plain'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/bench.html`);
      const before = bytes;
      const workerUrl = mode === 'plain' ? '/_bench/plain-worker.js' : `/_astro/${workerFile}`;
      await page.evaluate(
        (url) => (window as unknown as { startWorker: (url: string) => void }).startWorker(url),
        workerUrl,
      );
      type Answer = {
        ms: number;
        finalMs: number;
        result: { ranked: Array<{ id: string }>; timings?: Record<string, number> };
      };
      const slow: Array<[number, string, string]> = [];
      const ask = (q: string) =>
        page.evaluate(
          (q) => (window as unknown as { ask: (q: string) => Promise<Answer> }).ask(q),
          q,
        );
      const first = await ask(queries[0]?.q ?? 'Vietnam');
      const firstKB = (bytes - before) / 1024;
      const times: number[] = [];
      const finals: number[] = [];
      let found = 0;
      let expected = 0;
      for (const { q, expect } of queries) {
        const chars = [...q];
        // The narrowed engine is typed into from the first character, as a person would (untimed);
        // both engines are timed on the same last KEYS keystrokes.
        if (mode === 'narrowed')
          for (let k = 1; k <= chars.length - KEYS; k++) await ask(chars.slice(0, k).join(''));
        const prefixes = [
          ...new Set(
            Array.from({ length: KEYS }, (_, k) => chars.slice(0, chars.length - k).join('')),
          ),
        ]
          .filter((p) => p.trim().length >= 1)
          .reverse();
        for (const p of prefixes) {
          const a = await ask(p);
          times.push(a.ms);
          finals.push(a.finalMs);
          const t = a.result.timings;
          if (t)
            slow.push([
              a.ms,
              p,
              Object.entries(t)
                .map(([k, v]) => `${k} ${v.toFixed(k === 'loaded' ? 0 : 1)}`)
                .join(', '),
            ]);
          if (p === q) {
            const top = a.result.ranked.slice(0, 10).map((r) => r.id);
            for (const id of expect.filter((x) => ids.has(x))) {
              expected++;
              if (top.includes(id)) found++;
            }
          }
        }
      }
      await context.close();
      const row: Row = {
        corpus: size,
        claims: source.claims.length,
        records: ids.size,
        mode,
        firstMs: first.ms,
        firstKB,
        p50: pct(times, 50),
        p95: pct(times, 95),
        finalP50: pct(finals, 50),
        finalP95: pct(finals, 95),
        mean: times.reduce((a, b) => a + b, 0) / times.length,
        keystrokes: times.length,
        recall: expected ? found / expected : NaN,
        indexKB,
      };
      rows.push(row);
      if (process.env.SEARCH_BENCH_VERBOSE)
        for (const [ms, q, t] of slow.sort((a, b) => b[0] - a[0]).slice(0, 6))
          console.log(`    slow: ${ms.toFixed(0)} ms ${JSON.stringify(q)}: ${t}`);
      console.log(
        `  ${mode.padEnd(9)} first query ${row.firstMs.toFixed(0).padStart(6)} ms, ${row.firstKB.toFixed(1).padStart(8)} KB gz | keystroke p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  (n=${row.keystrokes}), complete answer p50 ${row.finalP50.toFixed(1)} p95 ${row.finalP95.toFixed(1)} | recall@10 ${row.recall.toFixed(3)}`,
      );
    }
    const n = rows.filter((r) => r.corpus === size);
    const [a, b] = [n.find((r) => r.mode === 'narrowed'), n.find((r) => r.mode === 'plain')];
    if (a && b)
      console.log(
        `  speed-up p50 ${(b.p50 / a.p50).toFixed(1)}×, p95 ${(b.p95 / a.p95).toFixed(1)}×`,
      );
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  '\ncorpus   claims  mode       first ms  first KB gz  p50 ms  p95 ms  complete p50/p95 ms  recall@10',
);
for (const r of rows)
  console.log(
    `${r.corpus.padEnd(8)} ${String(r.claims).padStart(6)}  ${r.mode.padEnd(9)} ${r.firstMs.toFixed(0).padStart(8)}  ${r.firstKB.toFixed(1).padStart(11)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${`${r.finalP50.toFixed(1)}/${r.finalP95.toFixed(1)}`.padStart(19)}  ${r.recall.toFixed(3).padStart(9)}`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search.json',
  `${JSON.stringify({ date: new Date().toISOString(), keys: KEYS, rows }, null, 2)}\n`,
);

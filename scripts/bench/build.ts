/**
 * Build at scale: wall time and peak memory of `astro build` on the real corpus and on synthetic
 * corpora of 10,000 and 50,000 claims, beside a bare Astro site that renders the same number of
 * trivial pages, all in the same run.
 *
 * Each corpus is built in its own copy of the project (src/, public/, config; node_modules linked
 * package by package so every copy has its own Astro cache):
 *   - real: content/ as committed;
 *   - N claims: `scripts/synth-corpus.ts` makes N − (real claims) synthetic claims, and the real
 *     reports, briefings and permalink ledger are added, so /about/ and the briefing still resolve.
 * For each: a full build (`--force`, median of BENCH_RUNS), then a rebuild with no content change
 * (plain `astro build`: incremental, pages whose cache key is unchanged are reused). The bare site
 * builds as many `[id].astro` pages as the corpus build wrote, with the site's output options
 * (directory format, four pages at a time). Node's heap limit is left as it is.
 *
 *   npm run bench -- build                       # sizes real, 10000, 50000; 3 runs (1 at 50,000)
 *   BENCH_BUILD_SIZES=real,10000 BENCH_RUNS=5 npm run bench -- build
 *
 * Budgets: 50,000 claims build in ≤ 10 min within 4 GB; a no-change rebuild ≤ 25 % of a full build.
 * The bare site's no-change rebuild is the floor Astro itself costs for that many pages; a third
 * site, the same trivial pages in our layout and config (`layoutSite`), shows how much of a page's
 * cost is its design rather than our data.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sizes = (process.env.BENCH_BUILD_SIZES ?? 'real,10000,50000').split(',').map((s) => s.trim());
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

interface Measure {
  seconds: number;
  peakMb: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A fresh project copy whose node_modules links every package of ours except Astro's cache. */
function projectCopy(label: string, withSources: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), `triangulate-bench-${label}-`));
  if (withSources)
    for (const p of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
      cpSync(join(root, p), join(dir, p), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function realClaimCount(): number {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readContent } from ${JSON.stringify(join(root, 'src/lib/loader/read-content.ts'))};
       import { buildCorpus } from ${JSON.stringify(join(root, 'src/lib/parse/corpus.ts'))};
       console.log(buildCorpus(await readContent(${JSON.stringify(root)})).claims.length);`,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`counting the real claims failed:\n${r.stderr}`);
  return Number(r.stdout.trim());
}

function content(dir: string, size: string, realClaims: number): void {
  if (size === 'real') {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    return;
  }
  const n = Number(size);
  if (!Number.isInteger(n) || n <= realClaims)
    throw new Error(
      `BENCH_BUILD_SIZES: "${size}" is not "real" or a number of claims above ${realClaims}`,
    );
  // The generator's sentences re-split into about 0.88 claims each when parsed: ask for that many more.
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/synth-corpus.ts'),
      '--claims',
      String(Math.round((n - realClaims) / 0.88)),
      '--out',
      dir,
      '--seed',
      '7',
    ],
    { encoding: 'utf8', cwd: root },
  );
  if (r.status !== 0) throw new Error(`synth-corpus failed:\n${r.stderr}`);
  for (const sub of ['reports', 'briefings'])
    cpSync(join(root, 'content', sub), join(dir, 'content', sub), { recursive: true });
  cpSync(join(root, 'content/permalinks.json'), join(dir, 'content/permalinks.json'));
}

/** Runs `astro build` under GNU time: wall seconds and the peak resident memory of the build. */
function build(dir: string, force: boolean): Measure {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH_TIME %e %M', process.execPath, astroBin, 'build', ...(force ? ['--force'] : [])],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 1 << 28,
    },
  );
  const m = /BENCH_TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m)
    throw new Error(`astro build in ${dir} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return { seconds: Number(m[1]), peakMb: Number(m[2]) / 1024 };
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(join(dir, 'dist'));
  return n;
}

/**
 * A bare Astro site: one dynamic route producing `pages` trivial pages, same output format. With
 * `incremental`, its pages carry cache keys as ours do: its no-change rebuild is the floor any Astro
 * site of that many pages pays (start-up, Vite, copying every page from the cache).
 */
function bareSite(pages: number, incremental = false): string {
  const dir = projectCopy('bare', false);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare', type: 'module', private: true }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // The same output options as the site's (astro.config.mjs), so the difference is the pages' work.
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory', concurrency: 4 }${incremental ? ', experimental: { incrementalBuild: true }' : ''} });\n`,
  );
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/p/[id].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) }${incremental ? ', cacheKey: String(i)' : ''} }));\n}\nconst { id } = Astro.params;\n---\n<html lang="en"><head><title>Page {id}</title></head><body><p>Page {id}</p></body></html>\n`,
  );
  return dir;
}

/**
 * The same trivial pages in the site's own dress: our astro.config (CSP, sitemap, MDX, the stale-output
 * integration, output options), the Base layout with its header, navigation, search box and global
 * styles; no content collections. Against it, the marginal cost of a claim is what our data and
 * features cost, not what a page of this design costs in Astro.
 */
function layoutSite(pages: number): string {
  const dir = projectCopy('layout', true);
  rmSync(join(dir, 'src/pages'), { recursive: true, force: true });
  rmSync(join(dir, 'src/content.config.ts'), { force: true });
  const page = (title: string, depth: number) =>
    `---\nimport Base from '${'../'.repeat(depth)}layouts/Base.astro';\n${title}\n---\n<Base title={title}><h1>{title}</h1><p>Page {title}.</p></Base>\n`;
  // The sections the header links (Base lists src/pages/*/index.*).
  for (const s of ['timeline', 'actors', 'reports', 'search', 'briefings', 'data', 'about']) {
    mkdirSync(join(dir, 'src/pages', s), { recursive: true });
    writeFileSync(join(dir, 'src/pages', s, 'index.astro'), page(`const title = '${s}';`, 2));
  }
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/p/[id].astro'),
    page(
      `export function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));\n}\nconst title = Astro.params.id;`,
      2,
    ),
  );
  return dir;
}

/** Full builds (from an empty dist/) of a throwaway site, which is then deleted; `check` reads the first. */
function fullBuilds(dir: string, runs: number, check?: (dist: string) => void): Measure[] {
  const out: Measure[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      out.push(build(dir, true));
      if (i === 0) check?.(join(dir, 'dist'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const realClaims = realClaimCount();
console.log(
  `build bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ${RUNS} runs (1 at 50,000 claims); real corpus ${realClaims} claims`,
);
interface Row {
  size: string;
  claims: number;
  pages: number;
  full: Measure;
  rebuild: Measure;
  bare: Measure;
  bareRebuild: Measure;
  layout: Measure;
}
const rows: Row[] = [];
for (const size of sizes) {
  const runs = Number(size) >= 50_000 ? 1 : RUNS;
  const dir = projectCopy(size, true);
  try {
    content(dir, size, realClaims);
    const full: Measure[] = [];
    const rebuild: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      // Full builds start from an empty dist/ (emptying 50,000 page folders is not what we measure).
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      full.push(build(dir, true));
      rebuild.push(build(dir, false));
    }
    const pages = countPages(dir);
    // The claims the build actually made (the /data export lists every one).
    const built = JSON.parse(readFileSync(join(dir, 'dist/data/claims.json'), 'utf8')) as
      unknown[] | { records: unknown[] };
    const claims = Array.isArray(built) ? built.length : built.records.length;
    const bare = fullBuilds(bareSite(pages), runs);
    const layout = fullBuilds(layoutSite(pages), runs, (dist) => {
      // The layout really dressed the pages: its policy and its navigation are on them.
      const html = readFileSync(join(dist, 'p/0/index.html'), 'utf8');
      if (
        !/http-equiv="content-security-policy"/i.test(html) ||
        !html.includes('href="/timeline/"')
      )
        throw new Error(
          'layout site: dist/p/0/index.html lacks the CSP or the navigation of Base.astro',
        );
    });
    // The floor of a no-change rebuild: the bare site with cache keys, built once, then rebuilt.
    const floorDir = bareSite(pages, true);
    const bareRebuild: Measure[] = [];
    try {
      build(floorDir, true);
      for (let i = 0; i < runs; i++) bareRebuild.push(build(floorDir, false));
    } finally {
      rmSync(floorDir, { recursive: true, force: true });
    }
    const med = (ms: Measure[]): Measure => ({
      seconds: median(ms.map((m) => m.seconds)),
      peakMb: median(ms.map((m) => m.peakMb)),
    });
    const row = {
      size,
      claims,
      pages,
      full: med(full),
      rebuild: med(rebuild),
      bare: med(bare),
      bareRebuild: med(bareRebuild),
      layout: med(layout),
    };
    rows.push(row);
    console.log(
      `${size}: ${claims} claims, ${pages} pages; full ${row.full.seconds.toFixed(1)} s / ${row.full.peakMb.toFixed(0)} MB; rebuild ${row.rebuild.seconds.toFixed(1)} s (${((100 * row.rebuild.seconds) / row.full.seconds).toFixed(0)} %); bare ${row.bare.seconds.toFixed(1)} s / ${row.bare.peakMb.toFixed(0)} MB, its rebuild with cache keys ${row.bareRebuild.seconds.toFixed(1)} s; in our layout ${row.layout.seconds.toFixed(1)} s / ${row.layout.peakMb.toFixed(0)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  '\n| corpus | claims | pages | full build | peak memory | rebuild (no change) | bare site, same pages | bare site rebuild (cache keys) | same pages in our layout |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.size} | ${r.claims.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.full.seconds.toFixed(1)} s | ${r.full.peakMb.toFixed(0)} MB | ${r.rebuild.seconds.toFixed(1)} s (${((100 * r.rebuild.seconds) / r.full.seconds).toFixed(0)} %) | ${r.bare.seconds.toFixed(1)} s | ${r.bareRebuild.seconds.toFixed(1)} s | ${r.layout.seconds.toFixed(1)} s |`,
  );
const base = rows.find((r) => r.size === 'real');
for (const r of rows) {
  if (!base || r === base) continue;
  const k = (r.claims - base.claims) / 1000;
  const ours = (r.full.seconds - base.full.seconds) / k;
  const bare = (r.bare.seconds - base.bare.seconds) / k;
  const layout = (r.layout.seconds - base.layout.seconds) / k;
  console.log(
    `marginal cost per 1,000 claims up to ${r.size}: ${ours.toFixed(2)} s; bare site for the same extra pages ${bare.toFixed(2)} s (ratio ${(ours / bare).toFixed(2)}×); the same pages in our layout ${layout.toFixed(2)} s (ratio ${(ours / layout).toFixed(2)}×)`,
  );
}

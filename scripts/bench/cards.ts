/**
 * What social cards cost the build: for the real corpus and a synthetic one of 10,000 claims
 * (scripts/synth-corpus.ts, as scripts/bench/build.ts makes it), three full builds (`--force`) of the
 * same project copy:
 *   - cold: the card cache empty, so every card is drawn (satori → resvg);
 *   - warm: the cache kept from the cold build, so every card is read back (a rebuild);
 *   - none: src/pages/cards removed, the baseline without cards.
 * Cold − none is the cost of drawing the cards, warm − none what they cost a rebuild (each the mean of
 * BENCH_RUNS interleaved runs, default 2), and every card is also drawn and read back in one process,
 * away from the build's other work. Each copy has
 * its own card cache (TRIANGULATE_CARD_CACHE), so no run reuses another's cards.
 *
 *   npm run bench -- cards
 *   BENCH_CARD_SIZES=real npm run bench -- cards
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sizes = (process.env['BENCH_CARD_SIZES'] ?? 'real,10000').split(',').map((s) => s.trim());
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

function projectCopy(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `triangulate-cards-${label}-`));
  for (const p of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
    cpSync(join(root, p), join(dir, p), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache') continue;
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
      `BENCH_CARD_SIZES: "${size}" is not "real" or a number of claims above ${realClaims}`,
    );
  // As scripts/bench/build.ts: the generator's sentences re-split into about 0.88 claims each.
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
  cpSync(join(root, 'content/outlets.yaml'), join(dir, 'content/outlets.yaml'));
}

function build(dir: string, cache: string): { seconds: number; peakMb: number } {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH_TIME %e %M', process.execPath, astroBin, 'build', '--force'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CARD_CACHE: cache },
      maxBuffer: 1 << 28,
    },
  );
  const m = /BENCH_TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m)
    throw new Error(`astro build in ${dir} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return { seconds: Number(m[1]), peakMb: Number(m[2]) / 1024 };
}

function cards(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.png')) {
        count++;
        bytes += statSync(join(d, e.name)).size;
      }
    }
  };
  walk(join(dir, 'dist', 'cards'));
  return { count, bytes };
}

/** Draws every card of a corpus in this process: per-card time cold (drawn) and warm (read back). */
function drawOnly(dir: string): { count: number; coldMs: number; warmMs: number } {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { mkdtempSync, rmSync } from 'node:fs';
       import { tmpdir } from 'node:os';
       import { join } from 'node:path';
       import { readContent } from ${JSON.stringify(join(root, 'src/lib/loader/read-content.ts'))};
       import { buildCorpus } from ${JSON.stringify(join(root, 'src/lib/parse/corpus.ts'))};
       import { cardPng, cardFonts } from ${JSON.stringify(join(root, 'src/lib/cards/card.ts'))};
       import { reportCard, eventCard, actorCard } from ${JSON.stringify(join(root, 'src/lib/cards/inputs.ts'))};
       const c = buildCorpus(await readContent(${JSON.stringify(dir)}));
       const byId = new Map(c.reports.map((r) => [r.report.id, r.report]));
       const inputs = [
         ...c.reports.map((r) => reportCard(r.report, 'https://t.example/reports/' + r.report.id + '/')),
         ...c.events.map((e) => eventCard(e, byId, 'https://t.example/events/' + e.id + '/')),
         ...c.actors.map((a) => actorCard(a, ['Hayton 2015', 'Xin 2015'], 'https://t.example/actors/' + a.id + '/')),
       ];
       const cache = mkdtempSync(join(tmpdir(), 'cards-draw-'));
       cardFonts();
       await cardPng(inputs[0], cache);
       rmSync(cache, { recursive: true }); 
       let t = performance.now();
       for (const i of inputs) await cardPng(i, cache);
       const cold = performance.now() - t;
       t = performance.now();
       for (const i of inputs) await cardPng(i, cache);
       const warm = performance.now() - t;
       rmSync(cache, { recursive: true, force: true });
       console.log(JSON.stringify({ count: inputs.length, coldMs: cold / inputs.length, warmMs: warm / inputs.length }));`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) throw new Error(`drawing the cards failed:\n${r.stderr.slice(-4000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
    count: number;
    coldMs: number;
    warmMs: number;
  };
}

const RUNS = Number(process.env['BENCH_RUNS'] ?? 2);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const realClaims = realClaimCount();
console.log(
  `cards bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; real corpus ${realClaims} claims; ${RUNS} runs of each build, interleaved`,
);
for (const size of sizes) {
  const dir = projectCopy(size);
  try {
    content(dir, size, realClaims);
    const draw = drawOnly(dir);
    const cache = join(dir, 'card-cache');
    const cold: number[] = [];
    const warm: number[] = [];
    const none: number[] = [];
    let made = { count: 0, bytes: 0 };
    let peak = 0;
    const cardsDir = join(dir, 'src/pages/cards');
    const stash = join(dir, 'cards-route');
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so a slow spell of the machine does not fall on one kind of build.
      rmSync(cache, { recursive: true, force: true });
      const c = build(dir, cache);
      cold.push(c.seconds);
      peak = Math.max(peak, c.peakMb);
      made = cards(dir);
      warm.push(build(dir, cache).seconds);
      cpSync(cardsDir, stash, { recursive: true });
      rmSync(cardsDir, { recursive: true, force: true });
      none.push(build(dir, cache).seconds);
      cpSync(stash, cardsDir, { recursive: true });
      rmSync(stash, { recursive: true, force: true });
    }
    const f = (xs: number[]) =>
      `${mean(xs).toFixed(1)} s (${xs.map((x) => x.toFixed(1)).join(', ')})`;
    console.log(
      `\n${size === 'real' ? `real corpus (${realClaims} claims)` : `${size} claims`}: ${made.count} cards, ${(made.bytes / 2 ** 20).toFixed(1)} MB of PNG`,
    );
    console.log(
      `  drawing in one process: ${draw.coldMs.toFixed(1)} ms a card (${((draw.coldMs * draw.count) / 1000).toFixed(1)} s for ${draw.count}); from the cache ${draw.warmMs.toFixed(2)} ms a card`,
    );
    console.log(`  full build without cards: ${f(none)}`);
    console.log(
      `  full build, cards drawn (empty cache): ${f(cold)}  → cards add ${(mean(cold) - mean(none)).toFixed(1)} s`,
    );
    console.log(
      `  full build, cards from the cache: ${f(warm)}  → cards add ${(mean(warm) - mean(none)).toFixed(1)} s`,
    );
    console.log(`  peak memory of a build drawing cards: ${peak.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

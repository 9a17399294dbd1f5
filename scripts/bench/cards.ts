/**
 * What social cards cost the build: for the real corpus and a synthetic one of 10,000 claims
 * (scripts/synth-corpus.ts, as scripts/bench/build.ts makes it), three full builds (`--force`) of the
 * same project copy:
 *   - cold: the card cache empty, so every card is drawn (satori → resvg);
 *   - warm: the cache kept from the cold build, so every card is read back (a rebuild);
 *   - none: src/pages/cards removed, the baseline without cards.
 * Cold − none is the cost of drawing the cards, warm − none what they cost a rebuild. Each copy has
 * its own card cache (TRIANGULATE_CARD_CACHE), so no run reuses another's cards.
 *
 *   npm run bench -- cards
 *   BENCH_CARD_SIZES=real npm run bench -- cards
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
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
    throw new Error(`BENCH_CARD_SIZES: "${size}" is not "real" or a number of claims above ${realClaims}`);
  // As scripts/bench/build.ts: the generator's sentences re-split into about 0.88 claims each.
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts/synth-corpus.ts'), '--claims', String(Math.round((n - realClaims) / 0.88)), '--out', dir, '--seed', '7'],
    { encoding: 'utf8', cwd: root },
  );
  if (r.status !== 0) throw new Error(`synth-corpus failed:\n${r.stderr}`);
  for (const sub of ['reports', 'briefings'])
    cpSync(join(root, 'content', sub), join(dir, 'content', sub), { recursive: true });
  cpSync(join(root, 'content/permalinks.json'), join(dir, 'content/permalinks.json'));
  cpSync(join(root, 'content/outlets.yaml'), join(dir, 'content/outlets.yaml'));
}

function build(dir: string, cache: string): { seconds: number; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %e %M', process.execPath, astroBin, 'build', '--force'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CARD_CACHE: cache },
    maxBuffer: 1 << 28,
  });
  const m = /BENCH_TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`astro build in ${dir} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
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

const realClaims = realClaimCount();
console.log(
  `cards bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; real corpus ${realClaims} claims`,
);
console.log('corpus        cards   PNG total   cold build   warm build   no cards   drawing (cold − none)   per card   rebuild cost (warm − none)');
for (const size of sizes) {
  const dir = projectCopy(size);
  try {
    content(dir, size, realClaims);
    const cache = join(dir, 'card-cache');
    const cold = build(dir, cache);
    const made = cards(dir);
    const warm = build(dir, cache);
    rmSync(join(dir, 'src/pages/cards'), { recursive: true, force: true });
    const none = build(dir, cache);
    const drawing = cold.seconds - none.seconds;
    console.log(
      [
        (size === 'real' ? `real (${realClaims})` : size).padEnd(13),
        String(made.count).padStart(5),
        `${(made.bytes / 2 ** 20).toFixed(1)} MB`.padStart(11),
        `${cold.seconds.toFixed(1)} s`.padStart(12),
        `${warm.seconds.toFixed(1)} s`.padStart(12),
        `${none.seconds.toFixed(1)} s`.padStart(10),
        `${drawing.toFixed(1)} s`.padStart(23),
        `${((drawing / made.count) * 1000).toFixed(0)} ms`.padStart(10),
        `${(warm.seconds - none.seconds).toFixed(1)} s`.padStart(28),
        ` peak ${cold.peakMb.toFixed(0)} / ${warm.peakMb.toFixed(0)} / ${none.peakMb.toFixed(0)} MB`,
      ].join(' '),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench [-- name ...]`: runs every benchmark in scripts/bench/ (or only the named ones), one
 * after another so they do not compete for the two cores. Each benchmark prints its own table;
 * figures go into docs/benchmarks.md with the date and machine. Options
 * (`--verbose`…) are passed to each benchmark. Mutation testing takes hours from scratch, so it runs
 * only when named (`npm run bench -- mutation`).
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const args = process.argv.slice(2).filter((a) => a !== '--');
// Names choose benchmarks; options (starting with "-") are passed on to each of them.
const wanted = args.filter((a) => !a.startsWith('-'));
const options = args.filter((a) => a.startsWith('-'));
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(
    `bench: unknown benchmark(s) ${unknown.join(', ')}; expected one of ${all.join(', ')}`,
  );
  process.exit(2);
}
/** Benchmarks a bare `npm run bench` leaves out: they run only when named. */
const ONLY_WHEN_NAMED = new Set(['mutation']);
let failed = 0;
for (const name of wanted.length > 0 ? wanted : all.filter((n) => !ONLY_WHEN_NAMED.has(n))) {
  console.log(`\n=== bench: ${name} ===`);
  const r = spawnSync(process.execPath, [join(dir, `${name}.ts`), ...options], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`bench: ${name} exited with ${r.status}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);

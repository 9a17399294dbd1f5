/**
 * Mutation testing benchmark (`npm run bench -- mutation`; slow, not part of CI): Stryker
 * (stryker.config.mjs) mutates each target below in turn and reruns only that target's own test
 * files, so each score says how well those tests guard that module. Per target it prints mutants,
 * killed, survived, timeout, no coverage and the mutation score
 * ((killed + timeout) / (killed + timeout + survived + no coverage)), and lists the survivors with
 * their place and replacement. Results go to bench-results/mutation/<target>.json.
 *
 * Options: `--target=dates,ledger` runs only those targets; `--force` ignores the incremental
 * results of earlier runs (bench-results/mutation/<target>.incremental.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult } from '@stryker-mutator/api/core';

interface Target {
  name: string;
  mutate: string[];
  testFiles: string[];
}

/** Globs, so that a module split into a folder named after it is still covered. */
const TARGETS: Target[] = [
  {
    name: 'ledger',
    mutate: ['src/lib/claims/ledger.ts', 'src/lib/claims/ledger/**/*.ts'],
    // The ledger's older cases live beside the claim pages' tests.
    testFiles: ['tests/unit/claims/ledger.test.ts', 'tests/unit/claims/pages.test.ts'],
  },
  {
    name: 'dates',
    mutate: ['src/lib/dates/**/*.ts'],
    testFiles: ['tests/unit/dates/**/*.test.ts'],
  },
  {
    name: 'actors',
    mutate: ['src/lib/parse/actors.ts', 'src/lib/parse/actors/**/*.ts'],
    testFiles: [
      'tests/unit/parse/actors.test.ts',
      'tests/unit/parse/actors/**/*.test.ts',
      // Matching cases on corpus sentences, kept with the actor schema's tests.
      'tests/unit/schemas/actor.test.ts',
    ],
  },
  {
    name: 'candidates',
    mutate: ['src/lib/search/candidates.ts', 'src/lib/search/candidates/**/*.ts'],
    testFiles: [
      'tests/unit/search/candidates.test.ts',
      'tests/unit/search/candidates/**/*.test.ts',
    ],
  },
];

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--target='))
  ?.slice('--target='.length)
  .split(',');
const force = args.includes('--force');
const unknown = (only ?? []).filter((n) => !TARGETS.some((t) => t.name === n));
if (unknown.length > 0) {
  console.error(
    `bench mutation: unknown target(s) ${unknown.join(', ')}; expected ${TARGETS.map((t) => t.name).join(', ')}`,
  );
  process.exit(2);
}

const OUT = 'bench-results/mutation';
mkdirSync(OUT, { recursive: true });

interface Summary {
  target: string;
  mutants: number;
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  /** Static mutants, not run (see ignoreStatic in stryker.config.mjs): not in the score. */
  ignored: number;
  /** Mutants that broke the run (runtime or compile error): not in the score. */
  errors: number;
  score: number;
  survivors: string[];
}

function summarise(target: string, results: MutantResult[]): Summary {
  const count = (s: string) => results.filter((r) => r.status === s).length;
  const killed = count('Killed');
  const survived = count('Survived');
  const timeout = count('Timeout');
  const noCoverage = count('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  const survivors = results
    .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
    .map(
      (r) =>
        `${r.fileName.replace(`${process.cwd()}/`, '')}:${r.location.start.line}:${r.location.start.column + 1} ${r.mutatorName}${r.status === 'NoCoverage' ? ' (no coverage)' : ''}: ${JSON.stringify(r.replacement ?? '')}`,
    )
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    target,
    mutants: results.length,
    killed,
    survived,
    timeout,
    noCoverage,
    ignored: count('Ignored'),
    errors: results.length - valid - count('Ignored'),
    score: valid === 0 ? 0 : (100 * (killed + timeout)) / valid,
    survivors,
  };
}

const summaries: Summary[] = [];
for (const t of TARGETS.filter((x) => !only || only.includes(x.name))) {
  console.log(`\n--- mutation: ${t.name} (${t.mutate.join(', ')}) ---`);
  const results = await new Stryker({
    mutate: t.mutate,
    testFiles: t.testFiles,
    incrementalFile: `${OUT}/${t.name}.incremental.json`,
    force,
  }).runMutationTest();
  const s = summarise(t.name, results);
  writeFileSync(`${OUT}/${t.name}.json`, `${JSON.stringify(s, null, 2)}\n`);
  summaries.push(s);
}

console.log('\nmutation score per target (survivors in bench-results/mutation/<target>.json)');
console.log(
  '| target | mutants | killed | survived | timeout | no coverage | static, not run | errors | score |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const s of summaries)
  console.log(
    `| ${s.target} | ${s.mutants} | ${s.killed} | ${s.survived} | ${s.timeout} | ${s.noCoverage} | ${s.ignored} | ${s.errors} | ${s.score.toFixed(1)} % |`,
  );
for (const s of summaries) {
  if (s.survivors.length === 0) continue;
  console.log(`\nsurvivors, ${s.target}:`);
  for (const line of s.survivors) console.log(`  ${line}`);
}

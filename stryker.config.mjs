// @ts-check
/**
 * Mutation testing with Stryker and its vitest runner, for the modules whose mistakes users cannot
 * see on a page: the permalink ledger, the date module, actor matching and search candidates. Stryker
 * changes the code one small edit at a time (a `<` for a `<=`, a constant, a regex) and reruns the
 * tests; an edit no test notices ("survived") is an assertion missing.
 *
 * Run it through `npm run bench -- mutation` (scripts/bench/mutation.ts), which mutates one target at
 * a time with only that target's test files (`mutate` and `testFiles` below are replaced per target)
 * and prints one table per target. It is slow, so it runs outside CI. No TypeScript checker: a mutant
 * that does not type-check still runs (vitest strips types), and type errors are `astro check`'s job.
 * Incremental mode keeps each target's results in bench-results/mutation/ (git-ignored): a rerun
 * tests only mutants whose code or covering tests changed; `--force` reruns everything.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Tests are chosen by `testFiles`, not by vitest's import graph.
  vitest: { configFile: 'vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work.
  concurrency: 1,
  // Whole-corpus tests take seconds; a mutant that makes a loop spin is a timeout (counted as killed).
  timeoutMS: 20_000,
  // Static mutants (module-level constants: the date patterns, word lists, tables) take effect only
  // when a module loads, so each needs a fresh load and every test of its target: about 25 s each
  // here, hours for the date module alone. They are reported as ignored, apart from the score.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'bench-results/mutation/stryker-incremental.json',
  mutate: ['src/lib/claims/ledger.ts'],
  testFiles: ['tests/unit/claims/ledger.test.ts'],
  reporters: ['progress', 'clear-text'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  // The sandbox copy needs the sources, tests and content; not build output or results.
  ignorePatterns: [
    'dist',
    '.astro',
    'bench-results',
    'test-results',
    'playwright-report',
    'screenshots',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 85, low: 85, break: null },
};

export default config;

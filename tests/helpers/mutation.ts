/**
 * True inside a mutation-testing run (`npm run bench -- mutation`: Stryker sets
 * STRYKER_MUTATOR_WORKER in its test runner processes). Tests that time code, or build the whole
 * corpus inside the test, are skipped there: the instrumented code makes timings meaningless, and
 * each would add seconds to the run of every mutant it covers. The unit cases beside them have to
 * catch mistakes on their own.
 */
export const underMutationTesting = process.env.STRYKER_MUTATOR_WORKER !== undefined;

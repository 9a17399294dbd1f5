/**
 * The generalisation corpus (tests/fixtures/reports/<case>/): raw extractions written for the purpose,
 * each with hand-written labels. Every case must ingest to its golden Markdown (expected.md,
 * regenerated only with `UPDATE_FIXTURES=1 npx vitest run tests/unit/review/report-fixtures.test.ts` and read
 * by a person), and the corpus as a whole must meet the ingest benchmark's targets
 * (`npm run bench -- ingest -- --verbose` shows what is wrong where).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { runFixture, type FixtureRun } from '../../../src/lib/review/fixture-run.ts';
import { missedTargets, totals } from '../../../src/lib/review/ingest-score.ts';

const ROOT = 'tests/fixtures/reports';
const cases = readdirSync(ROOT)
  .filter((n) => existsSync(join(ROOT, n, 'labels.yaml')))
  .sort();
const content = await readContent(process.cwd());
const runs = new Map<string, FixtureRun>();
for (const name of cases) {
  const dir = join(ROOT, name);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  runs.set(
    name,
    runFixture(
      {
        name,
        input: read('input.txt'),
        metaYaml: read('meta.yaml'),
        labelsYaml: read('labels.yaml'),
      },
      content,
      dir,
    ),
  );
}

describe('generalisation corpus', () => {
  it('has at least 12 cases, some held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const sets = [...runs.values()].map((r) => r.labels.set);
    expect(sets.filter((s) => s === 'holdout').length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s ingests to its golden Markdown', (name) => {
    const golden = join(ROOT, name, 'expected.md');
    const { markdown } = runs.get(name)!.result;
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(golden, markdown);
    expect(
      existsSync(golden),
      `${golden} is missing: generate it with UPDATE_FIXTURES=1 and read it`,
    ).toBe(true);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('meets the ingest targets over all cases', () => {
    const t = totals([...runs.values()].map((r) => r.score));
    expect(missedTargets(t)).toEqual([]);
  });
});

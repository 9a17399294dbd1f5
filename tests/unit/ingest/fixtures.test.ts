/**
 * Fixture tests for ingest: each folder in tests/fixtures/ingest/<case>/ holds an excerpt cut from a raw
 * report (input.txt), its metadata (meta.yaml, with any hints) and the expected Markdown (expected.md).
 * After a deliberate change, regenerate with `UPDATE_FIXTURES=1 npx vitest run tests/unit/ingest/fixtures.test.ts`
 * and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../../src/lib/ingest/ingest.ts';
import { metaFromYaml } from '../../../src/lib/ingest/meta.ts';

const ROOT = 'tests/fixtures/ingest';
const cases = readdirSync(ROOT).sort();

describe('ingest fixtures', () => {
  it('has fixture cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const meta = metaFromYaml(
      readFileSync(join(dir, 'meta.yaml'), 'utf8'),
      join(dir, 'input.txt'),
      join(dir, 'meta.yaml'),
    );
    const { markdown } = ingest(
      input,
      { ...meta, file: String(meta.file) },
      join(dir, 'input.txt'),
    );
    const expectedPath = join(dir, 'expected.md');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, markdown);
    expect(markdown).toBe(readFileSync(expectedPath, 'utf8'));
  });
});

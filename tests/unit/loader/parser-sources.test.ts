// The loader's stored entries are kept between builds while the content and the parser's sources are
// unchanged. This checks that PARSER_SOURCES covers every module the loader imports, so a change to
// any of them invalidates the store, and that the digest moves with those files and only with them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSER_SOURCES, parserDigest } from '../../../src/lib/loader/corpus-loader.ts';

/** Project files reachable from `entry` through relative imports and re-exports. */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /\b(?:import|export)\b[^;'"]*?\bfrom\s+['"](\.{1,2}\/[^'"?]+)/g,
    ))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(resolve(entry));
  return [...seen].map((f) => relative(process.cwd(), f)).sort();
}

const covered = (file: string) =>
  PARSER_SOURCES.some((p) => file === p || file.startsWith(`${p}/`));

describe('PARSER_SOURCES', () => {
  it('covers every module the content loader imports, directly or not', () => {
    const graph = importGraph('src/lib/loader/corpus-loader.ts');
    expect(graph).toContain('src/lib/dates/extract.ts');
    expect(graph).toContain('src/lib/claims/related.ts');
    expect(graph.filter((f) => !covered(f))).toEqual([]);
  });

  const root = mkdtempSync(join(tmpdir(), 'triangulate-parser-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const p of ['src/lib', 'package-lock.json']) cpSync(p, join(root, p), { recursive: true });

  it('gives a new digest when a parser file or the lockfile changes, not when page code does', () => {
    const first = parserDigest(root);
    expect(parserDigest(root)).toBe(first);
    mkdirSync(join(root, 'src/lib/timeline'), { recursive: true });
    writeFileSync(join(root, 'src/lib/timeline/chart.ts'), '// page code only\n');
    expect(parserDigest(root)).toBe(first);
    writeFileSync(
      join(root, 'src/lib/dates/extract.ts'),
      `${readFileSync('src/lib/dates/extract.ts', 'utf8')}\n// changed\n`,
    );
    const second = parserDigest(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(parserDigest(root)).not.toBe(second);
  });
});

import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStale } from '../../../src/integrations/stale-output.ts';

describe('removeStale (dist/ kept between builds)', () => {
  it('deletes files older than the build that it did not keep, and the folders they leave empty', () => {
    const dist = mkdtempSync(join(tmpdir(), 'stale-'));
    const file = (rel: string, ageSeconds: number) => {
      const path = join(dist, rel);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, rel);
      const t = new Date(Date.now() - ageSeconds * 1000);
      utimesSync(path, t, t);
      return path;
    };
    const since = Date.now() - 60_000;
    const keptPage = file('claims/kept-1/index.html', 5);
    const gonePage = file('claims/removed-1/index.html', 3600);
    const oldAsset = file('_astro/old.abc123.js', 3600);
    const newAsset = file('_astro/new.def456.js', 1);
    const mixedOld = file('reports/x/old.txt', 3600);
    const mixedNew = file('reports/x/index.html', 1);
    const cachedPage = file('claims/cached-1/index.html', 3600);
    const { removed } = removeStale(dist, since, new Set([cachedPage]));
    expect(removed.sort()).toEqual([gonePage, oldAsset, mixedOld].sort());
    for (const p of [keptPage, newAsset, mixedNew, cachedPage]) expect(existsSync(p)).toBe(true);
    expect(existsSync(join(dist, 'claims/removed-1'))).toBe(false);
    expect(existsSync(join(dist, 'claims'))).toBe(true);
  });

  it('does nothing when there is no dist/ yet', () => {
    expect(
      removeStale(join(tmpdir(), 'no-such-dist-folder-xyz'), Date.now(), new Set()).removed,
    ).toEqual([]);
  });
});

/**
 * Keeps dist/ between builds instead of letting Astro empty it, then removes what this build did
 * not write. With `vite.build.emptyOutDir: false` Astro overwrites every page it renders or restores
 * from its incremental cache; emptying 50,000 page folders first cost seconds of every rebuild.
 *
 * A file in dist/ is current when this build wrote it (rendered pages, bundles, files copied from
 * public/ all get a new modification time) or when Astro kept it as it was: a page whose incremental
 * cache key is unchanged and which already exists in dist/ is left in place, and Astro lists it among
 * the route's output files (`assets` of astro:build:done). Everything else is stale — the page of a
 * removed claim, an old bundle — and is deleted, then any folder left empty.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Deletes the files under `dir` last modified before `since` (ms) that are not in `keep` (absolute
 * paths), and folders left empty.
 */
export function removeStale(
  dir: string,
  since: number,
  keep: ReadonlySet<string>,
): { removed: string[] } {
  const removed: string[] = [];
  const walk = (d: string): boolean => {
    let empty = true;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed.push(path);
      } else empty = false;
    }
    return empty;
  };
  try {
    walk(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return { removed };
}

export function staleOutput(): AstroIntegration {
  let start = 0;
  return {
    name: 'triangulate-stale-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        start = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const { removed } = removeStale(fileURLToPath(dir), start, kept);
        if (removed.length)
          logger.info(`removed ${removed.length} stale file(s) from an earlier build`);
      },
    },
  };
}

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * getStaticPaths with a `cacheKey` equal to the previous build's (and unchanged code) is copied, not
 * rendered again. The key must change whenever anything the page shows changes, so it hashes all the
 * data the page renders: its props, plus a digest of the whole corpus for pages that read it.
 */
import { createHash } from 'node:crypto';

export function cacheKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

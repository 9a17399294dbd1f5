/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * getStaticPaths with a `cacheKey` equal to the previous build's (and unchanged code) is copied, not
 * rendered again. The key must change whenever anything the page shows changes, so it hashes all the
 * data the page renders: its props, plus a digest of the whole corpus for pages that read it.
 *
 * Records that many pages share (reports, actors, events, claims shown as context) can be marked with
 * `shared`: each is hashed once and stands in every key as its digest, so keying 50,000 claim pages
 * does not serialise the same report 50,000 times. Records read from content collections come with the
 * digest the loader stored for them (`knownDigest`) and are never serialised for a key.
 */
import { createHash } from 'node:crypto';

const digests = new WeakMap<object, string>();

const hash = (text: string) => createHash('sha1').update(text).digest('base64url');

function replacer(_key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (digests.get(value) ?? value) : value;
}

/** Marks records shared by many pages. */
export function shared<T extends object>(records: Iterable<T>): void {
  for (const r of records)
    if (!digests.has(r)) digests.set(r, `#${hash(JSON.stringify(r, replacer))}`);
}

/**
 * Records whose digest is already known (a content collection entry's `digest`, which Astro's loader
 * stored from the same data): they stand in keys as that digest without being serialised at all.
 */
export function knownDigest<T extends object>(record: T, digest: string | number | undefined): T {
  if (digest !== undefined && !digests.has(record)) digests.set(record, `#${digest}`);
  return record;
}

export function cacheKey(...parts: unknown[]): string {
  return hash(JSON.stringify(parts, replacer));
}

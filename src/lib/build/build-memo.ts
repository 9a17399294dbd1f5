/**
 * A value remembered from one build to the next, for routes whose getStaticPaths must list files
 * that are expensive to produce. The search index is the case: its file names (`shard-0` … `shard-n`)
 * depend on the whole index, which takes about a second to build at 10,000 claims. With the names
 * remembered, a rebuild with nothing changed lists the files at once and Astro copies them from its
 * incremental cache; the index is built only if a file must really be rendered.
 *
 * A memo is valid only for the exact code and content it was made from. Its key joins the content
 * digest (the caller's) with a digest of the project's code: every file under src/, the Astro config
 * and the lockfile (so a dependency upgrade misses too). The compiled bundle is not a usable key:
 * Astro's output differs between two builds of the same sources (a random key in its manifest, and
 * content-assets.mjs alternating between two spellings of an empty Map, which renames every chunk).
 * Outside a production build (astro dev, vitest) nothing is remembered: a build is recognised by the
 * module running from Astro's compiled bundle, not by `import.meta.env.PROD`, which is false in an
 * `astro build` started with NODE_ENV=test (as the real-build unit tests start it).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE_DIR = '.prerender';
const CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

/** The server bundle directory a module runs from, or undefined outside a production build. */
export function bundleDirOf(moduleUrl: string): string | undefined {
  if (!moduleUrl.startsWith('file:')) return undefined;
  const parts = fileURLToPath(moduleUrl).split(sep);
  const at = parts.lastIndexOf(BUNDLE_DIR);
  return at > 0 ? parts.slice(0, at + 1).join(sep) : undefined;
}

/** A digest of the given files and folders under `root` (paths and bytes, in sorted order). */
export function treeDigest(root: string, paths: readonly string[]): string {
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else files.push(p);
  };
  for (const p of paths) if (existsSync(join(root, p))) walk(join(root, p));
  files.sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${relative(root, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return hash.digest('hex');
}

const codeDigests = new Map<string, string>();

/**
 * The memo key of the build a module runs in, for the given content digest: undefined outside a
 * production build, or when the project's sources are not under `root` (the build's working folder).
 */
export function buildKey(
  moduleUrl: string,
  contentDigest: string,
  root = process.cwd(),
): string | undefined {
  if (bundleDirOf(moduleUrl) === undefined || !existsSync(join(root, 'src'))) return undefined;
  let code = codeDigests.get(root);
  if (code === undefined) codeDigests.set(root, (code = treeDigest(root, CODE)));
  return createHash('sha256').update(`${code}\0${contentDigest}`).digest('hex');
}

/** Where memos live: beside Astro's own caches, so a clean install forgets them. */
export function memoFile(name: string, root = process.cwd()): string {
  return join(root, 'node_modules', '.astro', 'triangulate', `${name}.json`);
}

/** The value remembered in `file` under `key`, if there is one and `valid` accepts it. */
export function recall<T>(
  file: string,
  key: string,
  valid: (value: unknown) => value is T,
): T | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // missing or unreadable: the caller computes the value again
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { key: storedKey, value } = stored as { key?: unknown; value?: unknown };
  return storedKey === key && valid(value) ? value : undefined;
}

/** Remembers `value` under `key` (written to a temporary file and renamed: never half-written). */
export function remember(file: string, key: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ key, value }));
  renameSync(tmp, file);
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildKey,
  bundleDirOf,
  memoFile,
  recall,
  remember,
  treeDigest,
} from '../../../src/lib/build/build-memo.ts';

const tmp = mkdtempSync(join(tmpdir(), 'build-memo-'));
const isNames = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A fake project: sources, config, lockfile, and a compiled chunk under dist/.prerender. */
function project(name: string, files: Record<string, string>): { root: string; chunk: string } {
  const root = join(tmp, name);
  const all = {
    'src/pages/search/index/[file].json.ts': 'export const x = 1;',
    'src/lib/search/build-index.ts': 'export function build() {}',
    'astro.config.mjs': 'export default {};',
    'package-lock.json': '{"packages":{"node_modules/fuse.js":{"version":"7.1.0"}}}',
    'dist/.prerender/chunks/_file__X.mjs': 'compiled',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, chunk: pathToFileURL(join(root, 'dist/.prerender/chunks/_file__X.mjs')).href };
}

describe('bundleDirOf', () => {
  it('finds the .prerender folder a compiled module runs from', () => {
    const { root, chunk } = project('find', {});
    expect(bundleDirOf(chunk)).toBe(join(root, 'dist/.prerender'));
  });

  it('is undefined for source modules (astro dev, vitest) and non-file URLs', () => {
    expect(bundleDirOf(import.meta.url)).toBeUndefined();
    expect(bundleDirOf('/@fs/work/src/pages/search/index/[file].json.ts')).toBeUndefined();
    expect(bundleDirOf('data:text/javascript,1')).toBeUndefined();
  });
});

describe('buildKey', () => {
  const key = (name: string, files: Record<string, string>, content = 'c1') => {
    const p = project(name, files);
    return buildKey(p.chunk, content, p.root);
  };
  const base = key('base', {});

  it('is the same for the same sources and content, whatever was compiled', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(key('same', { 'dist/.prerender/chunks/_file__X.mjs': 'compiled differently' })).toBe(
      base,
    );
  });

  it('changes with the content digest, any source file, the config and the lockfile', () => {
    const keys = [
      key('content', {}, 'c2'),
      key('source', { 'src/lib/search/build-index.ts': 'export function build() { return 1; }' }),
      key('added', { 'src/lib/search/extra.ts': '' }),
      key('config', { 'astro.config.mjs': 'export default { site: "x" };' }),
      key('lock', {
        'package-lock.json': '{"packages":{"node_modules/fuse.js":{"version":"7.2.0"}}}',
      }),
    ];
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });

  it('is undefined outside a production build or without sources under the root', () => {
    const { root } = project('dev', {});
    expect(
      buildKey(pathToFileURL(join(root, 'src/pages/search/index/[file].json.ts')).href, 'c1', root),
    ).toBeUndefined();
    expect(
      buildKey(project('elsewhere', {}).chunk, 'c1', join(tmp, 'no-such-root')),
    ).toBeUndefined();
  });
});

describe('treeDigest', () => {
  it('covers names as well as bytes', () => {
    const a = project('names-a', { 'src/a.ts': 'x' }).root;
    const b = project('names-b', { 'src/b.ts': 'x' }).root;
    expect(treeDigest(a, ['src'])).not.toBe(treeDigest(b, ['src']));
  });
});

describe('recall and remember', () => {
  const file = memoFile('names', join(tmp, 'project'));

  it('live under node_modules/.astro, beside Astro caches', () => {
    expect(file).toBe(join(tmp, 'project', 'node_modules', '.astro', 'triangulate', 'names.json'));
  });

  it('give back a value only under the key it was stored with', () => {
    expect(recall(file, 'k1', isNames)).toBeUndefined();
    remember(file, 'k1', ['meta', 'shard-0']);
    expect(recall(file, 'k1', isNames)).toEqual(['meta', 'shard-0']);
    expect(recall(file, 'k2', isNames)).toBeUndefined();
    remember(file, 'k2', ['meta']);
    expect(recall(file, 'k1', isNames)).toBeUndefined();
    expect(recall(file, 'k2', isNames)).toEqual(['meta']);
  });

  it('treat a corrupt or mistyped memo as missing', () => {
    writeFileSync(file, '{"key":"k3","value":');
    expect(recall(file, 'k3', isNames)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ key: 'k3', value: [1, 2] }));
    expect(recall(file, 'k3', isNames)).toBeUndefined();
    writeFileSync(file, 'null');
    expect(recall(file, 'k3', isNames)).toBeUndefined();
  });
});

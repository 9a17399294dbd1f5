// Reads the content folders (reports, actors, events) from a project root; used by the Astro loader and
// by the command-line tools, so both see exactly the same input.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusInput, SourceFile } from '../parse/corpus.ts';

async function readDir(root: string, dir: string, ext: string): Promise<SourceFile[]> {
  const names = (await readdir(join(root, dir)).catch(() => [] as string[]))
    .filter((n) => n.endsWith(ext))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `${dir}/${name}`,
      text: await readFile(join(root, dir, name), 'utf8'),
    })),
  );
}

export async function readContent(root: string): Promise<CorpusInput> {
  const [reports, actors, events] = await Promise.all([
    readDir(root, 'content/reports', '.md'),
    readDir(root, 'content/actors', '.yaml'),
    readDir(root, 'content/events', '.yaml'),
  ]);
  return { reports, actors, events };
}

/** The search index files of the real corpus, as the site builds them (name → JSON text). */
import { readContent } from '../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../src/lib/parse/corpus.ts';
import {
  buildSearchIndex,
  indexFileMap,
  type BuildOptions,
} from '../../src/lib/search/build-index.ts';
import type { Loader } from '../../src/lib/search/engine/index-store.ts';

export async function realIndexFiles(options: BuildOptions = {}): Promise<Map<string, string>> {
  const c = buildCorpus(await readContent(process.cwd()));
  return indexFileMap(
    buildSearchIndex(
      {
        reports: c.reports.map((r) => r.report),
        claims: c.claims,
        actors: c.actors,
        events: c.events,
      },
      options,
    ),
  );
}

/** A loader over index files that records the names it was asked for; unknown names throw. */
export function fileLoader(files: Map<string, string>, asked: string[] = []): Loader {
  return (name) => {
    asked.push(name);
    const text = files.get(name);
    if (text === undefined) return Promise.reject(new Error(`no file ${name}`));
    return Promise.resolve(JSON.parse(text) as unknown);
  };
}

/**
 * The Astro content loader: a thin adapter that reads the content files, hands them to the pure
 * `buildCorpus` and stores one collection's slice. All four collections share one corpus build per
 * process (the promise is cached by the digest of every input file), so the reports are parsed once.
 *
 * This is the only file under src/lib/ that knows about Astro.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCorpus, type Corpus } from '../parse/corpus.ts';
import { readContent } from './read-content.ts';

/** Bump when parsing changes in a way the content digest cannot see (invalidates Astro's cache). */
export const PARSER_VERSION = '1';

type CollectionName = 'reports' | 'claims' | 'actors' | 'events';

let cached: { key: string; corpus: Promise<Corpus> } | undefined;

async function loadCorpus(ctx: LoaderContext): Promise<Corpus> {
  const root = fileURLToPath(ctx.config.root);
  const input = await readContent(root);
  const key = ctx.generateDigest(JSON.stringify([PARSER_VERSION, input]));
  if (!cached || cached.key !== key) {
    cached = { key, corpus: Promise.resolve().then(() => buildCorpus(input)) };
  }
  return cached.corpus;
}

/** A loader for one of the four collections derived from the content folder. */
export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `triangulate-${collection}`,
    load: async (ctx) => {
      const corpus = await loadCorpus(ctx);
      ctx.store.clear();
      if (collection === 'reports') {
        // The reading view renders the body itself (src/lib/render/report-html.ts), so no `rendered`.
        for (const { report, body, file } of corpus.reports) {
          const data = await ctx.parseData({ id: report.id, data: { ...report }, filePath: file });
          ctx.store.set({
            id: report.id,
            data,
            body,
            filePath: file,
            digest: ctx.generateDigest([PARSER_VERSION, JSON.stringify(data), body].join('\n')),
          });
        }
        ctx.logger.info(`${corpus.reports.length} reports`);
        return;
      }
      const items: Array<{ id: string }> =
        collection === 'claims'
          ? corpus.claims
          : collection === 'actors'
            ? corpus.actors
            : corpus.events;
      for (const item of items) {
        const data = await ctx.parseData({ id: item.id, data: { ...item } });
        ctx.store.set({ id: item.id, data, digest: ctx.generateDigest(data) });
      }
      ctx.logger.info(`${items.length} ${collection}`);
    },
  };
}

/**
 * The Astro content loader: a thin adapter that reads the content files, hands them to the pure
 * `buildCorpus` and stores one collection's slice. All four collections share one corpus build per
 * process (the promise is cached by the digest of every input file), so the reports are parsed once,
 * and a build whose inputs have the digest recorded in the collection's meta store keeps the stored
 * entries without parsing at all (`--force` clears the store, so full builds always parse).
 *
 * This is the only file under src/lib/ that knows about Astro.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compactRelated, relatedClaims } from '../claims/related.ts';
import { buildCorpus, type Corpus, type CorpusInput } from '../parse/corpus.ts';
import { treeDigest } from '../build/build-memo.ts';
import { readContent } from './read-content.ts';

/**
 * The files that decide what the loader makes of the content: this module's own import graph (a unit
 * test checks that these paths cover it) and the lockfile, which pins the Markdown parser. Their
 * digest joins the content's, so a change to parsing, dating, matching or related-claims scoring
 * invalidates the entries Astro keeps between builds without --force, with nothing to remember to bump.
 */
export const PARSER_SOURCES = [
  'src/lib/loader',
  'src/lib/parse',
  'src/lib/schemas',
  'src/lib/claims',
  'src/lib/domain',
  'src/lib/build/build-memo.ts',
  'src/lib/dates',
  'package-lock.json',
];

/** The digest of the parser's sources under `root` (paths and bytes). */
export function parserDigest(root: string): string {
  return treeDigest(root, PARSER_SOURCES);
}

type CollectionName = 'reports' | 'claims' | 'actors' | 'events' | 'related';

let cached: { key: string; corpus: Promise<Corpus> } | undefined;
let parser: { root: string; digest: string } | undefined;

/** The digest of every input file and of the parser: equal digests give equal corpora. */
async function inputDigest(
  ctx: LoaderContext,
): Promise<{ key: string; input: CorpusInput; parser: string }> {
  const root = fileURLToPath(ctx.config.root);
  if (parser?.root !== root) parser = { root, digest: parserDigest(root) };
  const input = await readContent(root);
  return {
    key: ctx.generateDigest(JSON.stringify([parser.digest, input])),
    input,
    parser: parser.digest,
  };
}

function loadCorpus(key: string, input: CorpusInput): Promise<Corpus> {
  if (!cached || cached.key !== key) {
    cached = { key, corpus: Promise.resolve().then(() => buildCorpus(input)) };
  }
  return cached.corpus;
}

/** A loader for one of the collections derived from the content folder. */
export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `triangulate-${collection}`,
    load: async (ctx) => {
      const { key, input, parser: parserKey } = await inputDigest(ctx);
      // Nothing changed since the stored build (a rebuild without --force): keep the stored entries.
      if (ctx.meta.get('input-digest') === key && ctx.store.keys().length > 0) {
        ctx.logger.info(`${ctx.store.keys().length} ${collection}, unchanged`);
        return;
      }
      const corpus = await loadCorpus(key, input);
      ctx.store.clear();
      ctx.meta.set('input-digest', key);
      if (collection === 'reports') {
        // The reading view renders the body itself (src/lib/render/report-html.ts), so no `rendered`.
        for (const { report, body, file } of corpus.reports) {
          const data = await ctx.parseData({ id: report.id, data: { ...report }, filePath: file });
          ctx.store.set({
            id: report.id,
            data,
            body,
            filePath: file,
            digest: ctx.generateDigest([parserKey, JSON.stringify(data), body].join('\n')),
          });
        }
        ctx.logger.info(`${corpus.reports.length} reports`);
        return;
      }
      if (collection === 'related') {
        // One entry: every claim's related claims, compact (src/lib/claims/related.ts).
        const claims = compactRelated(relatedClaims(corpus.claims));
        const data = await ctx.parseData({ id: 'all', data: { claims } });
        ctx.store.set({ id: 'all', data, digest: key });
        ctx.logger.info(`related claims of ${Object.keys(claims).length} claims`);
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

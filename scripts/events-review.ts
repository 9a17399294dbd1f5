// `npm run events:review [-- --limit N] [--json]`: what to curate next. Lists the extracted events
// (dated claims that matched no curated event; most attested first) and the capitalised names that
// match no actor in content/actors (most frequent first). Exits non-zero when the content is invalid.
import { buildCorpus } from '../src/lib/parse/corpus.ts';
import { readContent } from '../src/lib/loader/read-content.ts';
import { extractedEvents, unmatchedNames } from '../src/lib/review/curation.ts';

const args = process.argv.slice(2);
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : 40;
if (!Number.isInteger(limit) || limit <= 0) {
  console.error('--limit expects a positive whole number, e.g. --limit 20');
  process.exit(2);
}

let corpus;
try {
  corpus = buildCorpus(await readContent(process.cwd()));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const events = extractedEvents(corpus);
const names = unmatchedNames(corpus, limit);
if (args.includes('--json')) {
  console.log(
    JSON.stringify({ extractedEvents: events.slice(0, limit), unmatchedNames: names }, null, 2),
  );
} else {
  const curated = corpus.events.length - events.length;
  console.log(
    `${corpus.claims.length} claims · ${corpus.actors.length} actors · ${curated} curated events · ${events.length} extracted events\n`,
  );
  console.log(
    `Extracted events to curate (top ${Math.min(limit, events.length)} of ${events.length}):`,
  );
  for (const e of events.slice(0, limit)) {
    console.log(
      `  ${e.date.start.padEnd(10)} ${String(e.reports.length).padStart(2)} report(s) ${String(e.claims).padStart(3)} claim(s)  ${e.title}  [${e.id}]`,
    );
  }
  console.log(`\nNames that match no actor (top ${names.length}):`);
  for (const n of names)
    console.log(`  ${String(n.count).padStart(4)}  ${n.name}  (${n.reports.join(', ')})`);
}

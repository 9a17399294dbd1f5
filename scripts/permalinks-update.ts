/**
 * `npm run permalinks:update`: records every claim id now published in content/permalinks.json (the
 * ledger), then checks the whole ledger against the current claims and prints what it found.
 * Never removes an entry: a published permalink is a promise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  newEntries,
  parseLedger,
  resolveLedger,
  serializeLedger,
  LEDGER_FILE,
} from '../src/lib/claims/ledger.ts';
import { buildCorpus } from '../src/lib/parse/corpus.ts';
import { readContent } from '../src/lib/loader/read-content.ts';

const root = process.cwd();
const path = join(root, LEDGER_FILE);
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch {
  text = JSON.stringify({ claims: {} });
}
try {
  const ledger = parseLedger(text);
  const corpus = buildCorpus(await readContent(root));
  const today = new Date().toISOString().slice(0, 10);
  const added = newEntries(ledger, corpus.claims, today);
  const next = {
    $comment:
      ledger.$comment ??
      'Every claim id ever published, with its quote selector. Written by `npm run permalinks:update`; never remove entries. See docs/curation.md, "Permalinks".',
    claims: { ...ledger.claims, ...added },
  };
  const resolution = resolveLedger(
    next,
    corpus.claims,
    new Set(corpus.reports.map((r) => r.report.id)),
  );
  if (resolution.problems.length) {
    for (const p of resolution.problems) console.error(p.message);
    process.exit(1);
  }
  writeFileSync(path, serializeLedger(next));
  console.log(
    `${LEDGER_FILE}: ${Object.keys(next.claims).length} ids (${Object.keys(added).length} new); ` +
      `${resolution.present.length} present, ${resolution.redirects.length} redirected, ${resolution.tombstones.length} tombstoned`,
  );
  for (const r of resolution.redirects)
    console.log(`  redirect ${r.from} → ${r.to} (${r.method}, ${r.score})`);
  for (const t of resolution.tombstones) console.log(`  tombstone ${t.id}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

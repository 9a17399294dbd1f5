/**
 * Ingest benchmark (`npm run bench -- ingest`): scores ingest and event linking over the
 * generalisation corpus in tests/fixtures/reports/ (raw extractions written for the purpose, each with
 * hand-written labels), with no hints. Per fixture and in total (all, dev, holdout) it prints fake and
 * missed headings, paragraphs expected vs produced, notes recognised, furniture and note text leaked
 * into claims, hazards left, event recall, events joined to the curated event and spurious extracted
 * events, then the targets missed. `-- --verbose` lists every leak, hazard and miss. Results also go
 * to bench-results/ingest.json. Exit code 0 even when targets are missed: the figures are the output.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/loader/read-content.ts';
import { runFixture } from '../../src/lib/review/fixture-run.ts';
import { missedTargets, totals, type FixtureScore } from '../../src/lib/review/ingest-score.ts';

const ROOT = 'tests/fixtures/reports';
const verbose = process.argv.includes('--verbose');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const content = await readContent('.');
const cases = readdirSync(ROOT)
  .filter((n) => existsSync(join(ROOT, n, 'labels.yaml')))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();
const scores: FixtureScore[] = [];
const started = performance.now();
for (const name of cases) {
  const dir = join(ROOT, name);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  try {
    const run = runFixture(
      {
        name,
        input: read('input.txt'),
        metaYaml: read('meta.yaml'),
        labelsYaml: read('labels.yaml'),
      },
      content,
      dir,
    );
    scores.push(run.score);
  } catch (err) {
    console.error(`✗ ${name}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
const ms = performance.now() - started;

const pad = (s: string | number, n: number) => String(s).padStart(n);
const frac = (a: number, b: number) => `${a}/${b}`;
const header = `| fixture | set | fake h | missed h | paragraphs (exp/prod) | notes+refs (prod/exp) | furniture | note text | hazards | recall | joined | spurious |`;
const rule = `|---|---|---|---|---|---|---|---|---|---|---|---|`;
console.log(header);
console.log(rule);
for (const s of scores) {
  console.log(
    `| ${s.name} | ${s.set} | ${s.fakeHeadings.length} | ${s.missedHeadings.length} | ${s.paragraphs.expected}/${s.paragraphs.produced} | ${frac(s.notes.produced + s.references.produced, s.notes.expected + s.references.expected)} | ${s.furnitureLeaks.length} | ${s.noteLeaks.length} | ${s.hazards.length} | ${frac(s.events.found, s.events.labelled)} | ${frac(
      s.events.joined,
      s.events.joinable,
    )} | ${s.events.spurious.length} |`,
  );
}
const groups: Array<[string, FixtureScore[]]> = [
  ['all', scores],
  ['dev', scores.filter((s) => s.set === 'dev')],
  ['holdout', scores.filter((s) => s.set === 'holdout')],
];
for (const [label, group] of groups) {
  if (group.length === 0) continue;
  const t = totals(group);
  console.log(
    `| **${label}** (${t.fixtures}) | | ${t.fakeHeadings} | ${t.missedHeadings} | ${t.paragraphsExpected}/${t.paragraphsProduced} (off by ${t.paragraphError}) | ${t.notesRecognised}/${t.notesExpected} | ${t.furnitureLeaks} | ${t.noteLeaks} | ${t.hazards} | ${t.eventRecall.toFixed(2)} | ${t.joined.toFixed(2)} | ${t.spurious} (max ${t.maxSpuriousPerReport}) |`,
  );
}
const all = totals(scores);
const missed = missedTargets(all);
console.log(`\n${scores.length} fixtures in ${pad(ms.toFixed(0), 1)} ms.`);
console.log(missed.length ? `Targets missed: ${missed.join('; ')}` : 'All targets met.');

if (verbose) {
  for (const s of scores) {
    const lines = [
      ...s.fakeHeadings.map((h) => `fake heading: ${h}`),
      ...s.missedHeadings.map((h) => `missed heading: ${h}`),
      ...s.furnitureLeaks.map((l) => `furniture "${l.what}" in: ${l.claim}`),
      ...s.noteLeaks.map((l) => `note text "${l.what}" in: ${l.claim}`),
      ...s.hazards.map((l) => `hazard "${l.what}" in: ${l.claim}`),
      ...s.events.misses,
      ...s.events.spurious.map((t) => `spurious event: ${t}`),
    ];
    if (lines.length) console.log(`\n## ${s.name}\n${lines.map((l) => `- ${l}`).join('\n')}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/ingest.json',
  JSON.stringify({ date: new Date().toISOString(), scores, totals: all }, null, 2),
);

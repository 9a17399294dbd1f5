/**
 * Runs one generalisation fixture (tests/fixtures/reports/<case>/) end to end: ingest with no hints,
 * then the corpus built from that report alone with the real gazetteer and curated events, then the
 * score against its labels. Pure: file contents in, result out; the benchmark and the tests read files.
 */
import { parse as parseYaml } from 'yaml';
import { ingest, type IngestResult } from '../ingest/ingest.ts';
import { metaFromYaml } from '../ingest/meta.ts';
import { buildCorpus, type SourceFile } from '../parse/corpus.ts';
import { fixtureLabelsSchema, type FixtureLabels } from '../schemas/fixture-labels.ts';
import { scoreFixture, type FixtureScore } from './ingest-score.ts';

export interface FixtureFiles {
  /** Case name (the folder's name); the report id in meta.yaml must equal it. */
  name: string;
  input: string;
  metaYaml: string;
  labelsYaml: string;
}

export interface FixtureRun {
  labels: FixtureLabels;
  result: IngestResult;
  score: FixtureScore;
}

/** Parses and validates labels.yaml, naming the file and field on any problem. */
export function parseLabels(text: string, file: string): FixtureLabels {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new Error(
      `${file}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const parsed = fixtureLabelsSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Ingests, builds and scores one fixture against the given gazetteer and curated events. */
export function runFixture(
  files: FixtureFiles,
  content: { actors: SourceFile[]; events: SourceFile[] },
  dir = `tests/fixtures/reports/${files.name}`,
): FixtureRun {
  const labels = parseLabels(files.labelsYaml, `${dir}/labels.yaml`);
  const meta = metaFromYaml(files.metaYaml, `${dir}/input.txt`, `${dir}/meta.yaml`);
  if (meta.id !== files.name)
    throw new Error(
      `${dir}/meta.yaml: id "${String(meta.id)}" should equal the folder name "${files.name}"`,
    );
  if ('hints' in meta && meta.hints)
    throw new Error(`${dir}/meta.yaml: fixtures carry no hints; the rules must decide alone`);
  const result = ingest(files.input, { ...meta, file: String(meta.file) }, `${dir}/input.txt`);
  const corpus = buildCorpus({
    reports: [{ path: `${dir}/expected.md`, text: result.markdown }],
    actors: content.actors,
    events: content.events,
  });
  const score = scoreFixture({
    name: files.name,
    labels,
    markdown: result.markdown,
    claims: corpus.claims,
    events: corpus.events,
  });
  return { labels, result, score };
}

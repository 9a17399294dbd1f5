/**
 * The ingest's list of dated sentences without a curated event, on a fixture report of the
 * generalisation corpus: sentences that join a curated event are not listed, the others are, each at
 * the raw line where it starts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { ingest } from '../../../src/lib/ingest/ingest.ts';
import { metaFromYaml } from '../../../src/lib/ingest/meta.ts';
import { rawLineOf, unjoinedDatedSentences } from '../../../src/lib/review/unjoined.ts';

const content = await readContent(process.cwd());
const DIR = 'tests/fixtures/reports/pdf-report-lessons-unlearned';
const raw = readFileSync(`${DIR}/input.txt`, 'utf8');
const meta = metaFromYaml(
  readFileSync(`${DIR}/meta.yaml`, 'utf8'),
  `${DIR}/input.txt`,
  `${DIR}/meta.yaml`,
);
const { markdown } = ingest(raw, { ...meta, file: String(meta.file) }, `${DIR}/input.txt`);
const unsure = unjoinedDatedSentences(markdown, raw, content);

describe('dated sentences without a curated event', () => {
  it('lists some, each at a raw line that holds its first words', () => {
    expect(unsure.length).toBeGreaterThan(0);
    const lines = raw.split('\n');
    for (const u of unsure) {
      expect(u.kind).toBe('undated-event');
      expect(u.line).toBeGreaterThan(0);
      const sentence = u.text.slice(u.text.indexOf('): ') + 3);
      expect(lines[u.line - 1]).toContain(sentence.split(' ').slice(0, 2).join(' '));
    }
  });
  it('leaves out a sentence that joins a curated event', () => {
    expect(unsure.some((u) => u.text.includes('17 February 1979'))).toBe(false);
  });
  it('finds a sentence that runs over a line break at the line where it starts', () => {
    expect(rawLineOf('one\ntwo three\nfour five\nsix seven', 'four five six seven')).toBe(3);
    expect(rawLineOf('one\ntwo three four\nfive six', 'three four five six')).toBe(2);
    expect(rawLineOf('nothing here', 'Absent words entirely')).toBe(0);
  });
});

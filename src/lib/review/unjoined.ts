/**
 * After an ingest: the report's dated sentences that joined no curated event, for a person to check
 * (`npm run ingest` prints them with the others the ingest was unsure of). A sentence whose date made
 * a new, extracted event is listed too: it may be a happening to curate, or a date that should not
 * have been read as one. Pure: the new report's Markdown and raw text, the gazetteer and the curated
 * events in; doubts with raw line numbers out.
 */
import { buildCorpus, type SourceFile } from '../parse/corpus.ts';
import type { Unsure } from '../ingest/types.ts';

/** Raw line (1-based) where the sentence's first words stand, whitespace and line breaks aside; 0 if not found. */
export function rawLineOf(raw: string, sentence: string): number {
  const words = sentence.split(/\s+/u).filter(Boolean).slice(0, 6);
  while (words.length >= 2) {
    const re = new RegExp(
      words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\u00ad-]+'),
      'u',
    );
    const m = re.exec(raw);
    if (m) return raw.slice(0, m.index).split('\n').length;
    words.pop();
  }
  return 0;
}

/** Dated sentences of one freshly ingested report that attest no curated event. */
export function unjoinedDatedSentences(
  markdown: string,
  raw: string,
  content: { actors: SourceFile[]; events: SourceFile[] },
): Unsure[] {
  const corpus = buildCorpus({
    reports: [{ path: 'ingested.md', text: markdown }],
    actors: content.actors,
    events: content.events,
  });
  const origin = new Map(corpus.events.map((e) => [e.id, e.origin]));
  const out: Unsure[] = [];
  for (const claim of corpus.claims) {
    if (claim.dates.length === 0) continue;
    if (claim.events.some((id) => origin.get(id) === 'curated')) continue;
    const dates = claim.dates.map((d) => d.text).join(', ');
    const made = claim.events.length > 0 ? 'made a new event' : 'joined no event';
    out.push({
      kind: 'undated-event',
      line: rawLineOf(raw, claim.text),
      text: `${made} (${dates}): ${claim.text}`,
    });
  }
  return out;
}

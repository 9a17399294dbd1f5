/**
 * Scores one ingested report against the hand-written truth of its fixture
 * (tests/fixtures/reports/<case>/labels.yaml): structure (headings, paragraphs, lists, notes),
 * text that must not reach any claim (furniture, note text, extraction hazards) and dated events
 * (recall, joined to the curated event, spurious extracted events). Pure: Markdown, claims and events
 * in, counts out. Used by `npm run bench -- ingest` and by the fixture tests.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import type { FixtureLabels } from '../schemas/fixture-labels.ts';
import { NON_BODY_SECTION, parseReportMarkdown } from '../parse/claims.ts';
import { spanOf } from '../parse/events.ts';

export interface FixtureScore {
  name: string;
  set: FixtureLabels['set'];
  style: string;
  /** Headings produced that the labels do not have. */
  fakeHeadings: string[];
  /** Labelled headings the ingest did not produce. */
  missedHeadings: string[];
  paragraphs: { expected: number; produced: number };
  listItems: { expected: number; produced: number };
  tables: { expected: number; produced: number };
  /** Note definitions and bibliography entries: expected and produced. */
  notes: { expected: number; produced: number };
  references: { expected: number; produced: number };
  /** Furniture strings found in a claim or heading, with its text (a heading starts with "## "). */
  furnitureLeaks: Leak[];
  /** Note or reference text found in a claim. */
  noteLeaks: Leak[];
  /** Extraction hazards left in claims: labelled strings and general patterns. */
  hazards: Leak[];
  events: {
    labelled: number;
    /** Labelled sentences no claim contains (lost or broken by the ingest). */
    sentencesMissing: string[];
    /** Labelled sentences whose claim reached an event whose period fits the labelled date. */
    found: number;
    /** Labelled sentences that should join a curated event. */
    joinable: number;
    /** Of those, the ones whose claim attests that event. */
    joined: number;
    /** Extracted events that no labelled sentence of this report accounts for. */
    spurious: string[];
    /** Labelled sentences not found or not joined, for reading. */
    misses: string[];
  };
}

export interface Leak {
  what: string;
  claim: string;
}

/**
 * Lower case, whitespace collapsed, typographic quotes and dashes made plain; soft hyphens dropped
 * unless `keepSoftHyphens` (a hazard label may be a soft hyphen left in a word).
 */
export function looseText(s: string, keepSoftHyphens = false): string {
  return (keepSoftHyphens ? s.normalize('NFC') : s.normalize('NFC').replace(/[\u00ad]/gu, ''))
    .replace(/[“”„]/gu, '"')
    .replace(/[‘’‚]/gu, "'")
    .replace(/[–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** A heading compared loosely: case, spacing, trailing colon and full stop after a number ignored. */
function headingKey(s: string): string {
  return looseText(s)
    .replace(/^(\d+(?:\.\d+)*)\.?\s+/u, '$1 ')
    .replace(/[:.]\s*$/u, '')
    .trim();
}

/**
 * General hazards of extraction that no clean sentence holds: slug lines, page-layout timestamps,
 * a footnote number glued to a lower-case word or after a year's full stop, a hyphen left before a
 * space inside a word, a soft hyphen.
 */
const HAZARD_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['slug line', /\.indd\b/iu],
  ['layout timestamp', /\b\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:AM|PM)?/iu],
  ['number glued to a word', /\b\p{Ll}{3,}\d{1,3}\b(?![-–])/u],
  ['number glued to a year', /\b(?:1[89]|20)\d{2}\.\d{1,3}(?=\s\p{Lu}|$)/u],
  ['broken hyphen', /\b\p{Ll}{2,}- \p{Ll}{2,}\b/u],
  ['soft hyphen', /\u00ad/u],
  ['footnote marker in a time', /\d:\[\^\d+\]/u],
];

/** Counts headings, paragraphs, list items and tables of the body, and notes and references. */
export function structureOf(markdown: string): {
  headings: string[];
  paragraphs: number;
  listItems: number;
  tables: number;
  notes: number;
  references: number;
} {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const tree: Root = parseReportMarkdown(body);
  const out = {
    headings: [] as string[],
    paragraphs: 0,
    listItems: 0,
    tables: 0,
    notes: 0,
    references: 0,
  };
  let apparatus = false;
  let apparatusDepth = 0;
  const countItems = (node: RootContent): number =>
    node.type === 'list'
      ? node.children.reduce(
          (n, item) => n + 1 + item.children.reduce((m, c) => m + countItems(c), 0),
          0,
        )
      : 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (apparatus && node.depth > apparatusDepth) continue;
      apparatus = NON_BODY_SECTION.test(text);
      apparatusDepth = node.depth;
      if (!apparatus) out.headings.push(text);
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      out.notes++;
      continue;
    }
    if (apparatus) {
      if (node.type === 'list') out.references += countItems(node);
      else if (node.type === 'paragraph') out.references++;
      continue;
    }
    if (node.type === 'paragraph') out.paragraphs++;
    else if (node.type === 'list') out.listItems += countItems(node);
    else if (node.type === 'table') out.tables++;
  }
  return out;
}

const overlapsIso = (iso: string, event: Event): boolean => {
  const a = spanOf(iso);
  const b = spanOf(event.date.start, event.date.end);
  return a.from <= b.to && b.from <= a.to;
};

/** Scores one fixture: its ingested Markdown and the corpus built from it alone. */
export function scoreFixture(input: {
  name: string;
  labels: FixtureLabels;
  markdown: string;
  claims: readonly Claim[];
  events: readonly Event[];
}): FixtureScore {
  const { labels, claims, events } = input;
  const s = structureOf(input.markdown);
  const wanted = new Set(labels.headings.map(headingKey));
  const produced = new Set(s.headings.map(headingKey));
  const loose = claims.map((c) => ({ claim: c, text: looseText(c.text) }));
  // Furniture, note text and hazards count in headings too: a heading names the section of every
  // claim under it.
  const readable = [...claims.map((c) => c.text), ...s.headings.map((h) => `## ${h}`)].map((t) => ({
    original: t,
    text: looseText(t),
    soft: looseText(t, true),
  }));
  const leaks = (needles: readonly string[], keepSoftHyphens = false): Leak[] =>
    needles.flatMap((n) => {
      const key = looseText(n, keepSoftHyphens);
      const hit = readable.find((c) => (keepSoftHyphens ? c.soft : c.text).includes(key));
      return hit ? [{ what: n, claim: hit.original }] : [];
    });
  const hazards: Leak[] = [...leaks(labels.hazards, true)];
  for (const c of readable)
    for (const [what, re] of HAZARD_PATTERNS)
      if (re.test(c.original)) hazards.push({ what, claim: c.original });

  const byId = new Map(events.map((e) => [e.id, e]));
  const accounted = new Set<string>();
  const ev: FixtureScore['events'] = {
    labelled: labels.events.length,
    sentencesMissing: [],
    found: 0,
    joinable: 0,
    joined: 0,
    spurious: [],
    misses: [],
  };
  for (const label of labels.events) {
    const key = looseText(label.sentence);
    const holders = loose.filter((c) => c.text.includes(key)).map((c) => c.claim);
    if (label.event) ev.joinable++;
    if (holders.length === 0) {
      ev.sentencesMissing.push(label.sentence);
      ev.misses.push(`no claim holds "${label.sentence}"`);
      continue;
    }
    const reached = holders.flatMap((c) =>
      c.events.map((id) => byId.get(id)).filter((e): e is Event => !!e),
    );
    for (const e of reached)
      if (e.origin === 'extracted' && (label.event === null || overlapsIso(label.date, e)))
        accounted.add(e.id);
    if (reached.some((e) => overlapsIso(label.date, e))) ev.found++;
    else ev.misses.push(`no event dated ${label.date} for "${label.sentence}"`);
    if (label.event) {
      if (reached.some((e) => e.id === label.event)) ev.joined++;
      else
        ev.misses.push(
          `not joined to ${label.event}: "${label.sentence}" (reached ${reached.map((e) => e.id).join(', ') || 'nothing'})`,
        );
    }
  }
  const ids = new Set(claims.map((c) => c.id));
  for (const e of events) {
    if (e.origin !== 'extracted' || accounted.has(e.id)) continue;
    if (e.attestations.some((a) => a.claimIds.some((id) => ids.has(id)))) ev.spurious.push(e.title);
  }

  return {
    name: input.name,
    set: labels.set,
    style: labels.style,
    fakeHeadings: s.headings.filter((h) => !wanted.has(headingKey(h))),
    missedHeadings: labels.headings.filter((h) => !produced.has(headingKey(h))),
    paragraphs: { expected: labels.paragraphs, produced: s.paragraphs },
    listItems: { expected: labels.list_items, produced: s.listItems },
    tables: { expected: labels.tables, produced: s.tables },
    notes: { expected: labels.notes, produced: s.notes },
    references: { expected: labels.references, produced: s.references },
    furnitureLeaks: leaks(labels.furniture),
    noteLeaks: leaks(labels.notes_text),
    hazards,
    events: ev,
  };
}

export interface ScoreTotals {
  fixtures: number;
  fakeHeadings: number;
  missedHeadings: number;
  paragraphsExpected: number;
  paragraphsProduced: number;
  /** Sum over fixtures of |produced − expected| paragraphs. */
  paragraphError: number;
  notesExpected: number;
  notesRecognised: number;
  furnitureLeaks: number;
  noteLeaks: number;
  hazards: number;
  eventRecall: number;
  joined: number;
  spurious: number;
  maxSpuriousPerReport: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Totals over several fixtures; recall and joined are ratios over all labelled sentences. */
export function totals(scores: readonly FixtureScore[]): ScoreTotals {
  const sum = (f: (s: FixtureScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    fixtures: scores.length,
    fakeHeadings: sum((s) => s.fakeHeadings.length),
    missedHeadings: sum((s) => s.missedHeadings.length),
    paragraphsExpected: sum((s) => s.paragraphs.expected),
    paragraphsProduced: sum((s) => s.paragraphs.produced),
    paragraphError: sum((s) => Math.abs(s.paragraphs.produced - s.paragraphs.expected)),
    notesExpected: sum((s) => s.notes.expected + s.references.expected),
    notesRecognised: sum(
      (s) =>
        Math.min(s.notes.produced, s.notes.expected) +
        Math.min(s.references.produced, s.references.expected),
    ),
    furnitureLeaks: sum((s) => s.furnitureLeaks.length),
    noteLeaks: sum((s) => s.noteLeaks.length),
    hazards: sum((s) => s.hazards.length),
    eventRecall: ratio(
      sum((s) => s.events.found),
      sum((s) => s.events.labelled),
    ),
    joined: ratio(
      sum((s) => s.events.joined),
      sum((s) => s.events.joinable),
    ),
    spurious: sum((s) => s.events.spurious.length),
    maxSpuriousPerReport: Math.max(0, ...scores.map((s) => s.events.spurious.length)),
  };
}

/** The targets of the ingest benchmark; each failed one is named. */
export function missedTargets(t: ScoreTotals): string[] {
  const out: string[] = [];
  if (t.fakeHeadings > 0) out.push(`${t.fakeHeadings} fake headings (target 0)`);
  if (t.furnitureLeaks > 0) out.push(`${t.furnitureLeaks} furniture leaks (target 0)`);
  if (t.noteLeaks > 0) out.push(`${t.noteLeaks} note leaks (target 0)`);
  if (t.hazards > 0) out.push(`${t.hazards} hazards (target 0)`);
  if (t.eventRecall < 0.9) out.push(`event recall ${t.eventRecall.toFixed(2)} (target ≥ 0.90)`);
  if (t.joined < 0.9) out.push(`joined ${t.joined.toFixed(2)} (target ≥ 0.90)`);
  if (t.maxSpuriousPerReport > 1)
    out.push(`${t.maxSpuriousPerReport} spurious events in one report (target ≤ 1)`);
  return out;
}

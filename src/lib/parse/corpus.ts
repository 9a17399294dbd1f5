/**
 * Builds the whole corpus from source files: reports (Markdown with frontmatter), the actor
 * gazetteer and the curated events (YAML lists). Pure: takes file contents, returns typed collections
 * or throws `ContentErrors` naming every problem (file, field, what was expected). The Astro loader in
 * `src/lib/loader/` is a thin adapter around this function; tests call it directly.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { reportSchema, type Report } from '../schemas/report.ts';
import { actorSchema, type Actor } from '../schemas/actor.ts';
import { curatedEventSchema, type Event } from '../schemas/event.ts';
import type { Claim } from '../schemas/claim.ts';
import type { DateMention } from '../schemas/date-mention.ts';
import { claimsFromMarkdown, parseReportMarkdown, rawHtmlLines } from './claims.ts';
import { compileGazetteer, createReportMatcher, validateGazetteer } from './actors.ts';
import type { Anchor } from '../dates/context.ts';
import { extractDates } from '../dates/extract.ts';
import { attachEvents, validateCuratedEvents, type Country } from './events.ts';
import { ContentError, ContentErrors, zodErrors } from './errors.ts';

/** A source file: its path relative to the project root (used in messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface CorpusInput {
  reports: SourceFile[];
  actors: SourceFile[];
  events: SourceFile[];
}

export interface ReportEntry {
  report: Report;
  /** The Markdown body without frontmatter. */
  body: string;
  /** Project-relative path of the Markdown file. */
  file: string;
}

export interface Corpus {
  reports: ReportEntry[];
  claims: Claim[];
  actors: Actor[];
  events: Event[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML frontmatter (parsed) and body; throws naming the file. */
export function splitFrontmatter(file: SourceFile): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(file.text);
  if (!m) {
    throw new ContentError(
      file.path,
      undefined,
      'expected YAML frontmatter between "---" lines at the top of the file',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (err) {
    // Frontmatter starts on line 2 of the file (after the opening "---").
    const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
    const at = pos ? ` at line ${pos.line + 1}` : '';
    throw new ContentError(
      file.path,
      undefined,
      `frontmatter is not valid YAML${at}: ${String(err instanceof Error ? err.message.split('\n')[0] : err)}`,
    );
  }
  return { data, body: file.text.slice(m[0].length) };
}

/** Parses a YAML file that must hold a list of records; throws naming the file and line. */
export function parseYamlList(file: SourceFile): unknown[] {
  let data: unknown;
  try {
    data = parseYaml(file.text);
  } catch (err) {
    const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
    const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    throw new ContentError(
      file.path,
      undefined,
      `not valid YAML${at}: ${String(err instanceof Error ? err.message.split('\n')[0] : err)}`,
    );
  }
  if (data == null) return [];
  if (!Array.isArray(data))
    throw new ContentError(
      file.path,
      undefined,
      'expected a YAML list of records (lines starting with "- id: …")',
    );
  return data;
}

function recordLabel(kind: string, item: unknown, index: number): string {
  const id =
    item && typeof item === 'object' && 'id' in item
      ? String((item as { id: unknown }).id)
      : undefined;
  return id ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/**
 * Country of an actor for dyads, following affiliation links (a minister → the party → the state):
 * VN, CN or US for the triangle, OTHER for any other state, bloc, forum or international organisation
 * (or what belongs to one), null for places and unaffiliated people.
 */
export function countryResolver(actors: Actor[]): (id: string) => Country {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const roots: Record<string, Country> = { vietnam: 'VN', china: 'CN', 'united-states': 'US' };
  const memo = new Map<string, Country>();
  const resolve = (id: string, seen: Set<string>): Country => {
    if (roots[id]) return roots[id];
    if (memo.has(id)) return memo.get(id) ?? null;
    const actor = byId.get(id);
    if (!actor || seen.has(id)) return null;
    seen.add(id);
    const result = actor.affiliation
      ? resolve(actor.affiliation, seen)
      : ['state', 'forum', 'organisation'].includes(actor.kind)
        ? 'OTHER'
        : null;
    memo.set(id, result);
    return result;
  };
  return (id) => resolve(id, new Set());
}

/**
 * Parses YAML list files record by record against a schema. Invalid records become content errors
 * (pushed to `errors`) naming the file, the record and the field; `fileOf` tells the file a parsed
 * record came from (or, given only an id, the file that first defined it), for later messages.
 */
function parseRecordFiles<S extends z.ZodType<{ id: string }>>(
  files: readonly SourceFile[],
  schema: S,
  label: string,
  errors: ContentError[],
): {
  records: Array<z.output<S>>;
  fileOf: (fallback: string) => (record: { id: string }) => string;
} {
  const records: Array<z.output<S>> = [];
  const firstFile = new Map<string, string>();
  const recordFile = new WeakMap<object, string>();
  for (const file of files) {
    let items: unknown[];
    try {
      items = parseYamlList(file);
    } catch (err) {
      if (err instanceof ContentError) {
        errors.push(err);
        continue;
      }
      throw err;
    }
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        errors.push(...zodErrors(file.path, parsed.error, recordLabel(label, item, i)));
        return;
      }
      if (!firstFile.has(parsed.data.id)) firstFile.set(parsed.data.id, file.path);
      recordFile.set(parsed.data, file.path);
      records.push(parsed.data);
    });
  }
  return {
    records,
    fileOf: (fallback) => (record) =>
      recordFile.get(record) ?? firstFile.get(record.id) ?? fallback,
  };
}

/** Builds every collection and checks every cross reference; throws ContentErrors listing all problems. */
export function buildCorpus(input: CorpusInput): Corpus {
  const errors: ContentError[] = [];
  const collect = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ContentErrors) errors.push(...err.problems);
      else if (err instanceof ContentError) errors.push(err);
      else throw err;
    }
  };

  // Reports: frontmatter against the schema, ids unique across files.
  // Each report with its claims as parsed, before actors, dates and events are attached.
  const reports: Array<ReportEntry & { drafts: Claim[] }> = [];
  const reportFile = new Map<string, string>();
  for (const file of [...input.reports].sort((a, b) => a.path.localeCompare(b.path))) {
    collect(() => {
      const { data, body } = splitFrontmatter(file);
      const parsed = reportSchema.safeParse(data);
      if (!parsed.success) throw new ContentErrors(zodErrors(file.path, parsed.error));
      const report = parsed.data;
      const other = reportFile.get(report.id);
      if (other) {
        throw new ContentError(
          file.path,
          'id',
          `duplicate report id "${report.id}", also used by ${other}; expected every report to have its own id`,
        );
      }
      reportFile.set(report.id, file.path);
      // One parse of the body serves the raw-HTML check and the claims.
      const tree = parseReportMarkdown(body);
      const html = rawHtmlLines(tree);
      if (html.length) {
        const offset = file.text.slice(0, file.text.length - body.length).split('\n').length - 1;
        throw new ContentError(
          file.path,
          undefined,
          `raw HTML on line ${html.map((l) => l + offset).join(', ')}; expected plain text (write "<" as "\\<"): the reading view would drop it with its text`,
        );
      }
      reports.push({ report, body, file: file.path, drafts: claimsFromMarkdown(report.id, tree) });
    });
  }

  // Actors, then the gazetteer as a whole; curated events, then their cross references.
  const { records: actors, fileOf: actorFile } = parseRecordFiles(
    input.actors,
    actorSchema,
    'actor',
    errors,
  );
  collect(() => validateGazetteer(actors, actorFile('content/actors')));
  const { records: curated, fileOf: eventFile } = parseRecordFiles(
    input.events,
    curatedEventSchema,
    'event',
    errors,
  );
  const actorIds = new Set(actors.map((a) => a.id));
  collect(() => validateCuratedEvents(curated, actorIds, eventFile('content/events')));

  if (errors.length) throw new ContentErrors(errors);

  // Claims with their actor mentions and dates.
  const gazetteer = compileGazetteer(actors);
  const claims: Claim[] = [];
  for (const entry of reports) {
    const matcher = createReportMatcher(gazetteer);
    // Dates in context (src/lib/dates/context.ts): the nearest date before a claim carries on from
    // sentence to sentence and across sections. A new section keeps it unless its heading states a
    // date of its own: sections of one narrative rarely restate the year, and a line wrongly taken
    // for a heading must not cut the passage's dates off.
    let anchor: Anchor | null = null;
    let sectionKey = '';
    for (const claim of entry.drafts) {
      const key = claim.section.join('\u0000');
      if (key !== sectionKey) {
        sectionKey = key;
        anchor = extractDates(claim.section.at(-1) ?? '', { anchor }).anchor;
      }
      const dated = extractDates(claim.text, {
        anchor,
        published: entry.report.published,
        claimId: claim.id,
      });
      anchor = dated.anchor;
      const mentions = matcher
        .match(claim.text)
        .map((m) => ({ actorId: m.actorId, start: m.start, end: m.end }));
      const actorIds = [...new Set(mentions.map((m) => m.actorId))];
      const dates: DateMention[] = dated.mentions;
      claims.push({ ...claim, actors: actorIds, mentions, dates });
    }
  }

  // Events: curated + extracted, with claim attachments.
  const { events, claimEvents } = attachEvents({
    claims,
    curated,
    reports: reports.map((r) => ({ id: r.report.id, published: r.report.published })),
    actorCountry: countryResolver(actors),
  });
  for (const claim of claims) claim.events = claimEvents[claim.id] ?? [];

  checkCrossReferences({ reports, claims, actors, events });
  return {
    reports: reports.map(({ report, body, file }) => ({ report, body, file })),
    claims,
    actors,
    events,
  };
}

/**
 * Every id that one record uses to point at another must exist, and ids must be unique in each
 * collection. Astro only logs dangling references and silently drops duplicate ids, so this is the
 * check that keeps the build honest.
 */
export function checkCrossReferences(corpus: Corpus): void {
  const errors: ContentError[] = [];
  const reportIds = new Set(corpus.reports.map((r) => r.report.id));
  const actorIds = new Set(corpus.actors.map((a) => a.id));
  const eventIds = new Set<string>();
  for (const e of corpus.events) {
    if (eventIds.has(e.id))
      errors.push(new ContentError('events', 'id', `duplicate event id "${e.id}"`));
    eventIds.add(e.id);
  }
  const claimIds = new Set<string>();
  for (const c of corpus.claims) {
    const where = `claim ${c.id}`;
    if (claimIds.has(c.id))
      errors.push(
        new ContentError(where, 'id', 'duplicate claim id; expected ids unique across the corpus'),
      );
    claimIds.add(c.id);
    if (!reportIds.has(c.reportId))
      errors.push(new ContentError(where, 'reportId', `report "${c.reportId}" does not exist`));
    for (const a of c.actors)
      if (!actorIds.has(a))
        errors.push(new ContentError(where, 'actors', `unknown actor id "${a}"`));
    for (const e of c.events)
      if (!eventIds.has(e))
        errors.push(new ContentError(where, 'events', `unknown event id "${e}"`));
  }
  for (const e of corpus.events) {
    for (const a of e.actors)
      if (!actorIds.has(a))
        errors.push(new ContentError(`event ${e.id}`, 'actors', `unknown actor id "${a}"`));
    for (const at of e.attestations) {
      if (!reportIds.has(at.reportId))
        errors.push(
          new ContentError(
            `event ${e.id}`,
            'attestations',
            `report "${at.reportId}" does not exist`,
          ),
        );
      for (const id of at.claimIds)
        if (!claimIds.has(id))
          errors.push(
            new ContentError(`event ${e.id}`, 'attestations', `claim "${id}" does not exist`),
          );
    }
  }
  if (errors.length) throw new ContentErrors(errors);
}

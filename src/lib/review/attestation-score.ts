/**
 * Scores event attestation against a hand-labelled set: for each curated event, the sentences of each
 * report that attest it, written as exact substrings of claim texts
 * (tests/fixtures/attestation/labels.yaml). Pure: takes the labels and the claims, returns figures.
 *
 * - Recall: labelled (event, claim) pairs whose claim lists the event in `events`.
 * - Precision: of the (event, claim) pairs the software produces for the labelled events in the
 *   labelled reports, the share that are labelled.
 *
 * Scores are usually taken over the events that two or more reports attest (`minReports: 2`), the
 * events that should end up triangulated; events attested by one report or none are still scored
 * for precision when `minReports` is 0 or 1.
 */
import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';

/** The labels file: one entry per curated event, attesting sentences by report. */
export const attestationLabelsSchema = z.array(
  z
    .object({
      /** Id of a curated event (content/events/*.yaml). */
      event: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'expected an event id (lowercase letters, digits, -)'),
      /** How many reports attest it: the number of keys of `attested_by`, written out for readers. */
      reports: z.number().int().nonnegative(),
      /** Report id → exact substrings, one per attesting sentence. */
      attested_by: z.record(
        z.string(),
        z.array(z.string().min(12, 'too short to name one sentence')),
      ),
    })
    .strict()
    .refine((e) => Object.keys(e.attested_by).length === e.reports, {
      error: '`reports` must equal the number of reports under `attested_by`',
    }),
);

export type AttestationLabels = z.output<typeof attestationLabelsSchema>;

/** What the scorer needs of a claim. */
export interface ScoredClaim {
  id: string;
  reportId: string;
  text: string;
  events: string[];
}

/** A labelled substring that does not name exactly one claim of its report. */
export interface LabelProblem {
  event: string;
  reportId: string;
  text: string;
  /** Ids of the claims of that report whose text contains the substring (0 or more than 1). */
  matches: string[];
}

export interface EventScore {
  event: string;
  /** Reports that attest it, per the labels. */
  reports: number;
  /** Labelled (event, claim) pairs. */
  labelled: number;
  /** Labelled pairs the software also produces. */
  found: number;
  /** Pairs the software produces for this event in the labelled reports. */
  produced: number;
  /** Claim ids labelled but not attached to the event. */
  missed: string[];
  /** Claim ids attached to the event but not labelled. */
  extra: string[];
}

export interface AttestationScore {
  events: EventScore[];
  labelled: number;
  found: number;
  produced: number;
  /** found / labelled (1 when nothing is labelled). */
  recall: number;
  /** correct / produced, where correct = found (1 when nothing is produced). */
  precision: number;
}

/** Parses and checks a labels file; throws naming the file, entry and field. */
export function parseAttestationLabels(text: string, file: string): AttestationLabels {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
    throw new Error(
      `${file}${pos ? `:${pos.line}` : ''}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const r = attestationLabelsSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.map((i) => {
      const at = i.path.length > 0 ? i.path.join('.') : '(top level)';
      const entry =
        typeof i.path[0] === 'number' && Array.isArray(data)
          ? ` (event ${JSON.stringify((data[i.path[0]] as { event?: unknown } | undefined)?.event)})`
          : '';
      return `${file}: entry ${at}${entry}: ${i.message}`;
    });
    throw new Error(issues.join('\n'));
  }
  const seen = new Set<string>();
  for (const e of r.data) {
    if (seen.has(e.event)) throw new Error(`${file}: event ${e.event} is labelled twice`);
    seen.add(e.event);
  }
  return r.data;
}

/**
 * Each labelled substring resolved to the one claim of its report that contains it; substrings that
 * match no claim or several are returned as problems (a fixture with problems is not scored).
 */
export function resolveLabels(
  labels: AttestationLabels,
  claims: readonly ScoredClaim[],
): { pairs: Map<string, Set<string>>; problems: LabelProblem[] } {
  const byReport = new Map<string, ScoredClaim[]>();
  for (const c of claims) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
  const pairs = new Map<string, Set<string>>();
  const problems: LabelProblem[] = [];
  for (const entry of labels) {
    const set = new Set<string>();
    for (const [reportId, texts] of Object.entries(entry.attested_by)) {
      const pool = byReport.get(reportId) ?? [];
      for (const text of texts) {
        const matches = pool.filter((c) => c.text.includes(text)).map((c) => c.id);
        if (matches.length === 1) set.add(matches[0]!);
        else problems.push({ event: entry.event, reportId, text, matches });
      }
    }
    pairs.set(entry.event, set);
  }
  return { pairs, problems };
}

/**
 * Recall and precision of `claims[].events` against the labels, over the events that at least
 * `minReports` reports attest. Throws if a label names no claim or several (see resolveLabels).
 */
export function scoreAttestation(
  labels: AttestationLabels,
  claims: readonly ScoredClaim[],
  options: { minReports?: number } = {},
): AttestationScore {
  const minReports = options.minReports ?? 2;
  const { pairs, problems } = resolveLabels(labels, claims);
  if (problems.length > 0) {
    throw new Error(
      `labels that do not name exactly one claim:\n${problems
        .map((p) => `  ${p.event} / ${p.reportId}: "${p.text}" matches ${p.matches.length}`)
        .join('\n')}`,
    );
  }
  const reports = new Set(labels.flatMap((e) => Object.keys(e.attested_by)));
  const events: EventScore[] = [];
  for (const entry of labels) {
    if (entry.reports < minReports) continue;
    const want = pairs.get(entry.event) ?? new Set<string>();
    const got = new Set(
      claims
        .filter((c) => reports.has(c.reportId) && c.events.includes(entry.event))
        .map((c) => c.id),
    );
    const missed = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    events.push({
      event: entry.event,
      reports: entry.reports,
      labelled: want.size,
      found: want.size - missed.length,
      produced: got.size,
      missed,
      extra,
    });
  }
  const labelled = events.reduce((n, e) => n + e.labelled, 0);
  const found = events.reduce((n, e) => n + e.found, 0);
  const produced = events.reduce((n, e) => n + e.produced, 0);
  return {
    events,
    labelled,
    found,
    produced,
    recall: labelled === 0 ? 1 : found / labelled,
    precision: produced === 0 ? 1 : found / produced,
  };
}

/**
 * The score as a plain-text table: one line per labelled event (found/labelled, extra pairs), then
 * the totals. Printed by the attestation test and usable by a benchmark script.
 */
export function formatAttestationTable(title: string, s: AttestationScore): string {
  const rows = s.events
    .filter((e) => e.labelled > 0 || e.produced > 0)
    .map(
      (e) =>
        `  ${e.event.padEnd(50)} ${`${e.found}/${e.labelled}`.padStart(6)}  extra ${e.extra.length}`,
    );
  return [
    `${title}: ${s.events.length} events`,
    ...rows,
    `  recall ${s.found}/${s.labelled} = ${s.recall.toFixed(3)}, precision ${s.found}/${s.produced} = ${s.precision.toFixed(3)}`,
  ].join('\n');
}

/**
 * The permalink ledger: a published claim URL resolves forever. Each id in content/permalinks.json
 * is, against the current claims:
 * - **present**: the claim still exists under that id;
 * - **redirected** to a current claim of the same report, found by its exact quote (normalised; its
 *   words inside a longer sentence also count, so a sentence merged into another is found) or else by
 *   a fuzzy quote — Levenshtein
 *   similarity of the quote, with the prefix/suffix context to break ties, above MIN_SCORE;
 * - **tombstoned** when its text is gone from a report that still exists (or, for a withdrawn report,
 *   when the entry says `retired`);
 * - otherwise a problem that fails the build, naming the id.
 */
import { distance } from 'fastest-levenshtein';
import { ContentError } from '../parse/errors.ts';
import { codeUnitOrder } from '../domain/order.ts';
import { normalizeForId } from '../parse/normalize.ts';
import {
  permalinkLedgerSchema,
  type PermalinkEntry,
  type PermalinkLedger,
} from '../schemas/permalink.ts';

export const LEDGER_FILE = 'content/permalinks.json';

/** Minimum combined score of a fuzzy re-anchoring, and of its quote similarity alone. */
export const MIN_SCORE = 0.75;
export const MIN_QUOTE_SIMILARITY = 0.7;

export interface LedgerClaim {
  id: string;
  reportId: string;
  text: string;
  section: readonly string[];
  paragraph: number;
  selector: { exact: string; prefix: string; suffix: string };
}

export interface Redirect {
  from: string;
  to: string;
  method: 'exact' | 'fuzzy';
  score: number;
  entry: PermalinkEntry;
}

export interface Tombstone {
  id: string;
  entry: PermalinkEntry;
}

export interface LedgerResolution {
  present: string[];
  redirects: Redirect[];
  tombstones: Tombstone[];
  problems: ContentError[];
}

/** Parses the ledger file's JSON text; problems name the file and the entry. */
export function parseLedger(json: string, file = LEDGER_FILE): PermalinkLedger {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ContentError(file, undefined, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = permalinkLedgerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const field =
      path[0] === 'claims' && path.length > 1
        ? `claim "${String(path[1])}"${path.length > 2 ? `.${path.slice(2).join('.')}` : ''}`
        : path.join('.') || undefined;
    // A malformed id comes as "Invalid key in record"; the key's own issue says what was expected.
    const problem = issue?.code === 'invalid_key' ? issue.issues[0]?.message : issue?.message;
    throw new ContentError(file, field, problem ?? 'does not fit the ledger schema');
  }
  return parsed.data;
}

/** 1 for equal strings, 0 for nothing in common (Levenshtein over the longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - distance(a, b) / max;
}

function contextScore(entry: PermalinkEntry, c: LedgerClaim): number {
  return (
    (similarity(normalizeForId(entry.prefix), normalizeForId(c.selector.prefix)) +
      similarity(normalizeForId(entry.suffix), normalizeForId(c.selector.suffix))) /
    2
  );
}

/** Finds where a ledger entry's quote is now, or null. */
export function reanchor(
  entry: PermalinkEntry,
  candidates: readonly LedgerClaim[],
): { claim: LedgerClaim; method: 'exact' | 'fuzzy'; score: number } | null {
  const exact = normalizeForId(entry.exact);
  const loose = words(exact);
  let best: { claim: LedgerClaim; score: number } | null = null;
  for (const c of candidates) {
    const text = normalizeForId(c.text);
    if (text !== exact && !` ${words(text)} `.includes(` ${loose} `)) continue;
    const score = 0.9 + 0.1 * contextScore(entry, c);
    if (!best || score > best.score) best = { claim: c, score };
  }
  if (best) return { ...best, method: 'exact', score: round(best.score) };
  for (const c of candidates) {
    const quote = similarity(exact, normalizeForId(c.text));
    if (quote < MIN_QUOTE_SIMILARITY) continue;
    const score = 0.8 * quote + 0.2 * contextScore(entry, c);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { claim: c, score };
  }
  return best ? { ...best, method: 'fuzzy', score: round(best.score) } : null;
}

/** Lower-case words only: the quote found inside a merged sentence whatever its punctuation. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function resolveLedger(
  ledger: PermalinkLedger,
  claims: readonly LedgerClaim[],
  reportIds: ReadonlySet<string>,
  file = LEDGER_FILE,
): LedgerResolution {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const byReport = new Map<string, LedgerClaim[]>();
  for (const c of claims) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
  const out: LedgerResolution = { present: [], redirects: [], tombstones: [], problems: [] };
  for (const [id, entry] of Object.entries(ledger.claims).sort(([a], [b]) => codeUnitOrder(a, b))) {
    if (!id.startsWith(`${entry.report}-`)) {
      out.problems.push(
        new ContentError(
          file,
          `claim "${id}".report`,
          `the id does not start with its report "${entry.report}"`,
        ),
      );
      continue;
    }
    const current = byId.get(id);
    if (current) {
      out.present.push(id);
      continue;
    }
    const found = reanchor(entry, byReport.get(entry.report) ?? []);
    if (found) {
      out.redirects.push({
        from: id,
        to: found.claim.id,
        method: found.method,
        score: found.score,
        entry,
      });
    } else if (reportIds.has(entry.report) || entry.retired) {
      out.tombstones.push({ id, entry });
    } else {
      out.problems.push(
        new ContentError(
          file,
          `claim "${id}"`,
          `report "${entry.report}" is no longer in content/reports and the claim cannot be re-anchored; restore the report, or mark the entry "retired" with the reason to publish a tombstone`,
        ),
      );
    }
  }
  return out;
}

/** Ledger entries for claims not yet recorded (for `npm run permalinks:update`). */
export function newEntries(
  ledger: PermalinkLedger,
  claims: readonly LedgerClaim[],
  today: string,
): Record<string, PermalinkEntry> {
  const added: Record<string, PermalinkEntry> = {};
  for (const c of claims) {
    if (ledger.claims[c.id]) continue;
    added[c.id] = {
      report: c.reportId,
      exact: c.selector.exact,
      prefix: c.selector.prefix,
      suffix: c.selector.suffix,
      section: [...c.section],
      paragraph: c.paragraph,
      since: today,
    };
  }
  return added;
}

/** The ledger as committed: entries sorted by id, two-space JSON, final newline. */
export function serializeLedger(ledger: PermalinkLedger): string {
  const claims = Object.fromEntries(
    Object.entries(ledger.claims).sort(([a], [b]) => codeUnitOrder(a, b)),
  );
  return `${JSON.stringify({ ...ledger, claims }, null, 2)}\n`;
}

/**
 * The only module that calls `getCollection`. Pages import the accessors below, so the way content
 * is loaded, sorted and cross-checked lives in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import ledgerText from '../content/permalinks.json?raw';
import { parseLedger, resolveLedger, type LedgerResolution } from './lib/claims/ledger.ts';
import { expandRelated, type Related } from './lib/claims/related.ts';
import { sortById, type Dataset } from './lib/export/tables.ts';
import { cacheKey, knownDigest } from './lib/build/cache-key.ts';
import { ContentErrors } from './lib/parse/errors.ts';
import type { Actor } from './lib/schemas/actor.ts';
import type { Claim } from './lib/schemas/claim.ts';
import type { Event } from './lib/schemas/event.ts';
import type { Report } from './lib/schemas/report.ts';
import erasText from '../content/eras.yaml?raw';
import { checkEraReferences, parseEras } from './lib/timeline/eras.ts';
import type { Era } from './lib/schemas/era.ts';
import { reportSummary, type ReportSummary } from './lib/compare/summary.ts';
import outletsText from '../content/outlets.yaml?raw';
import { outletIndex, parseOutlets } from './lib/cite/outlets.ts';
import { citationModel, type Work } from './lib/cite/model.ts';
import type { Outlet } from './lib/schemas/outlet.ts';

/** All reports with their Markdown bodies, newest first, ties broken by id. */
export async function getReports(): Promise<Array<{ report: Report; body: string }>> {
  const entries = await getCollection('reports');
  return entries
    .map((e) =>
      knownDigest({ report: knownDigest(e.data, e.digest), body: e.body ?? '' }, e.digest),
    )
    .sort(
      (a, b) =>
        b.report.published.localeCompare(a.report.published) ||
        a.report.id.localeCompare(b.report.id),
    );
}

export async function getClaims(): Promise<Claim[]> {
  return (await getCollection('claims')).map((e) => knownDigest(e.data, e.digest));
}

/** Claims grouped under each key `keysOf` gives them (a claim once per distinct key), in collection order. */
function groupClaims(
  claims: readonly Claim[],
  keysOf: (c: Claim) => Iterable<string>,
): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims)
    for (const key of new Set(keysOf(c))) {
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  return groups;
}

let claimsByReport: Map<string, Claim[]> | undefined;

/** The claims of one report in document order. */
export async function getClaimsOf(reportId: string): Promise<Claim[]> {
  if (!claimsByReport) {
    claimsByReport = groupClaims(await getClaims(), (c) => [c.reportId]);
    for (const list of claimsByReport.values())
      list.sort((a, b) => a.position.start - b.position.start);
  }
  return claimsByReport.get(reportId) ?? [];
}

export async function getActors(): Promise<Actor[]> {
  return (await getCollection('actors')).map((e) => knownDigest(e.data, e.digest));
}

export async function getEvents(): Promise<Event[]> {
  return (await getCollection('events')).map((e) => knownDigest(e.data, e.digest));
}

/** A dataset for /data downloads: records sorted by id. */
export async function getDataset(name: Dataset): Promise<Array<Report | Claim | Actor | Event>> {
  switch (name) {
    case 'reports':
      return sortById((await getReports()).map((r) => r.report));
    case 'claims':
      return sortById(await getClaims());
    case 'actors':
      return sortById(await getActors());
    case 'events':
      return sortById(await getEvents());
  }
}

let related: Map<string, Related[]> | undefined;

/**
 * Up to five related claims from other reports for every claim. The content loader computes them
 * with the corpus (the `related` collection), so a rebuild without content changes reuses them.
 */
export async function getRelated(): Promise<Map<string, Related[]>> {
  if (!related) {
    const entries = await getCollection('related');
    const claims = await getClaims();
    if (entries.length !== 1 && claims.length > 0)
      throw new Error(
        `the "related" collection has ${entries.length} entries; expected one (src/lib/loader/corpus-loader.ts)`,
      );
    related = expandRelated(entries[0]?.data.claims ?? {}, claims);
  }
  return related;
}

let permalinks: LedgerResolution | undefined;

/**
 * The permalink ledger (content/permalinks.json) checked against the current claims: which published
 * ids are present, redirected or tombstoned. Any other case stops the build with the ids named.
 */
export async function getPermalinks(): Promise<LedgerResolution> {
  if (!permalinks) {
    const reports = new Set((await getReports()).map((r) => r.report.id));
    const resolution = resolveLedger(parseLedger(ledgerText), await getClaims(), reports);
    if (resolution.problems.length) throw new ContentErrors(resolution.problems);
    permalinks = resolution;
  }
  return permalinks;
}

/** Briefings, newest first; an `event` that is not an event id stops the build. */
export async function getBriefings(): Promise<Array<CollectionEntry<'briefings'>>> {
  const entries = await getCollection('briefings');
  const events = new Set((await getEvents()).map((e) => e.id));
  for (const b of entries)
    if (b.data.event && !events.has(b.data.event))
      throw new Error(
        `content/briefings/${b.id}.mdx: field "event": unknown event id "${b.data.event}"`,
      );
  return entries.sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id),
  );
}

let contentDigest: string | undefined;

/**
 * One digest of all content (reports with their bodies, claims, actors, events, the ledger's
 * resolution): the cache key part of pages that read more than their own props.
 */
export async function getContentDigest(): Promise<string> {
  contentDigest ??= cacheKey(
    await getReports(),
    await getClaims(),
    await getActors(),
    await getEvents(),
    await getPermalinks(),
    outletsText,
  );
  return contentDigest;
}

let eras: Era[] | undefined;

/** Named periods from content/eras.yaml (validated; every event's `era` must be one), chronological. */
export async function getEras(): Promise<Era[]> {
  if (!eras) {
    const parsed = parseEras(erasText);
    checkEraReferences(parsed, await getEvents());
    eras = parsed;
  }
  return eras;
}

let summaries: ReportSummary[] | undefined;

/**
 * Every report's comparison summary (src/lib/compare/summary.ts), in the order of `getReports`:
 * what /compare/summary/<id>.json holds, and what the pair pages and /disagreements/ are computed from.
 */
export async function getReportSummaries(): Promise<ReportSummary[]> {
  if (!summaries) {
    const [reports, claims, events, actors] = await Promise.all([
      getReports(),
      getClaims(),
      getEvents(),
      getActors(),
    ]);
    const byReport = new Map<string, Claim[]>();
    for (const c of claims) {
      const list = byReport.get(c.reportId);
      if (list) list.push(c);
      else byReport.set(c.reportId, [c]);
    }
    summaries = reports.map(({ report }) =>
      reportSummary(report, byReport.get(report.id) ?? [], events, actors),
    );
  }
  return summaries;
}

let outletOf: ((publisher: string) => Outlet | undefined) | undefined;

/** The registry entry (content/outlets.yaml, validated) of the outlet a report names as publisher. */
export function getOutlet(publisher: string): Outlet | undefined {
  outletOf ??= outletIndex(parseOutlets(outletsText));
  return outletOf(publisher);
}

/** The citation model of a report (src/lib/cite/model.ts), with its page on this site at `site`. */
export function getWork(report: Report, site: URL): Work {
  return citationModel(
    report,
    new URL(`/reports/${report.id}/`, site).href,
    getOutlet(report.publisher),
  );
}

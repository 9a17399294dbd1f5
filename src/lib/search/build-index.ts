/**
 * Builds the static search index from the collections (run once per build by the endpoint
 * src/pages/search/index/[file].json.ts, and by the benchmark for synthetic corpora):
 *
 * - `meta.json`: the vocabulary (every token, sorted) with document frequencies, where each postings
 *   file and each shard starts, a length class per record, and the filter labels;
 * - `post-<n>.json`: posting lists (token → record indexes, delta-encoded) for a range of the
 *   vocabulary, cut so that each file stays small;
 * - `shard-<n>.json`: the records themselves and their Fuse index (`Fuse.createIndex` over folded
 *   text), a few kilobytes each, so the browser loads only the shards holding its candidates;
 * - `facets.json`: filter values per record (report, actors, years, claim kind), loaded after the
 *   first results.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { formatEventDate } from '../dates/format.ts';
import { ACTOR_KIND_LABELS, EVENT_KIND_LABELS, midSentence } from '../domain/labels.ts';
import { byId, codeUnitOrder } from '../domain/order.ts';
import { CLAIM_KINDS } from '../domain/kinds.ts';
import { reportLabel } from '../domain/events.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import type { Report } from '../schemas/report.ts';
import {
  DOC_TYPES,
  FUSE_KEYS,
  foldingGetFn,
  type FacetsFile,
  type PostingsFile,
  type ReportInfo,
  type SearchDoc,
  type SearchMeta,
  type ShardFile,
} from './index-format.ts';
import { tokens } from './normalize.ts';
import { synonymGroups } from './synonyms.ts';

export type SearchReport = Pick<
  Report,
  'id' | 'title' | 'authors' | 'publisher' | 'published' | 'origin'
> &
  Partial<Pick<Report, 'abstract' | 'family_names'>>;
export type SearchClaim = Pick<
  Claim,
  'id' | 'reportId' | 'text' | 'section' | 'kind' | 'actors' | 'dates'
>;
export type SearchActor = Pick<
  Actor,
  | 'id'
  | 'name'
  | 'kind'
  | 'aliases'
  | 'acronyms'
  | 'metonyms'
  | 'demonyms'
  | 'native'
  | 'description'
>;
export type SearchEvent = Pick<
  Event,
  'id' | 'title' | 'date' | 'kind' | 'actors' | 'terms' | 'attestations'
> &
  Partial<Pick<Event, 'description'>>;

export interface SearchSource {
  reports: readonly SearchReport[];
  claims: readonly SearchClaim[];
  actors: readonly SearchActor[];
  events: readonly SearchEvent[];
}

export interface BuildOptions {
  /** Target raw size of a shard file in bytes (records plus Fuse index). */
  shardBytes?: number;
  /** Target raw size of a postings file in bytes. */
  postingBytes?: number;
}

export interface SearchIndexFiles {
  meta: SearchMeta;
  facets: FacetsFile;
  postings: PostingsFile[];
  shards: ShardFile[];
}

const yearOf = (iso: string | undefined): number | null => {
  const m = /^(-?\d{1,4})/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
};

/** The report's short name as every page gives it ("Gitter and Kania 2017"); the publisher without authors. */
function searchReportLabel(r: SearchReport): string {
  return r.authors.length ? reportLabel(r) : `${r.publisher} ${r.published.slice(0, 4)}`;
}

/** Years from a to b as searchable text (a long span gives its first and last year only). */
const years = (a: number, b: number) =>
  b - a <= 10 ? Array.from({ length: b - a + 1 }, (_, i) => String(a + i)).join(' ') : `${a} ${b}`;

/** Builds every index file from the collections. Pure: same input, byte-identical output. */
export function buildSearchIndex(src: SearchSource, options: BuildOptions = {}): SearchIndexFiles {
  const shardBytes = options.shardBytes ?? 24_000;
  const postingBytes = options.postingBytes ?? 16_000;

  const reports = [...src.reports].sort(byId);
  const reportIndex = new Map(reports.map((r, i) => [r.id, i]));
  const actors = [...src.actors].sort(byId);
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const reportInfo: ReportInfo[] = reports.map((r) => ({
    id: r.id,
    label: searchReportLabel(r),
    title: r.title,
    origin: r.origin,
    year: yearOf(r.published) ?? 0,
  }));
  const origins = [...new Set(reports.map((r) => r.origin))].sort();

  // Mentions per actor and per (actor, report), from the claims.
  const mentions = new Map<string, number>();
  const actorReports = new Map<string, Set<number>>();
  const reportActors = new Map<number, Set<number>>();
  for (const c of src.claims) {
    const ri = reportIndex.get(c.reportId);
    if (ri === undefined)
      throw new Error(`search index: claim "${c.id}" names unknown report "${c.reportId}"`);
    for (const a of c.actors) {
      mentions.set(a, (mentions.get(a) ?? 0) + 1);
      let set = actorReports.get(a);
      if (!set) actorReports.set(a, (set = new Set()));
      set.add(ri);
      const ai = actorIndex.get(a);
      if (ai !== undefined) {
        let rs = reportActors.get(ri);
        if (!rs) reportActors.set(ri, (rs = new Set()));
        rs.add(ai);
      }
    }
  }
  const sorted = (s: Iterable<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);
  const actorIds = (ids: readonly string[]) =>
    sorted(
      new Set(ids.map((id) => actorIndex.get(id)).filter((i): i is number => i !== undefined)),
    );

  const docs: SearchDoc[] = [];
  const facets: FacetsFile = { r: [], a: [], y: [], k: [] };
  const push = (doc: SearchDoc, r: number[], a: number[], y: [number, number] | null, k = -1) => {
    docs.push(doc);
    facets.r.push(r);
    facets.a.push(a);
    facets.y.push(y);
    facets.k.push(k);
  };
  const t = (type: (typeof DOC_TYPES)[number]) => DOC_TYPES.indexOf(type);

  const events = [...src.events].sort(
    (a, b) => codeUnitOrder(a.date.start, b.date.start) || byId(a, b),
  );
  for (const e of events) {
    const y0 = yearOf(e.date.start);
    const y1 = yearOf(e.date.end) ?? y0;
    const attesting = e.attestations.reduce((n, a) => n + a.claimIds.length, 0);
    const date = formatEventDate(e.date);
    push(
      {
        id: e.id,
        t: t('event'),
        title: e.title,
        ...(e.terms.length ? { alt: [...e.terms] } : {}),
        ...(y0 === null ? {} : { y: years(y0, y1 ?? y0) }),
        sub: `${date} · ${midSentence(EVENT_KIND_LABELS[e.kind])}`,
        ...(attesting ? { p: attesting } : {}),
      },
      sorted(
        new Set(
          e.attestations
            .map((a) => reportIndex.get(a.reportId))
            .filter((i): i is number => i !== undefined),
        ),
      ),
      actorIds(e.actors),
      y0 === null ? null : [y0, y1 ?? y0],
    );
  }
  for (const a of actors) {
    const alt = [
      ...new Set(
        [a.native.vi, a.native.zh, ...a.aliases, ...a.acronyms, ...a.metonyms].filter(
          (x): x is string => !!x && x !== a.name,
        ),
      ),
    ];
    const n = mentions.get(a.id) ?? 0;
    push(
      {
        id: a.id,
        t: t('actor'),
        title: a.name,
        ...(alt.length ? { alt } : {}),
        sub: `${midSentence(ACTOR_KIND_LABELS[a.kind])} · ${a.description}`,
        ...(n ? { p: n } : {}),
      },
      sorted(actorReports.get(a.id)),
      [actorIndex.get(a.id) ?? 0],
      null,
    );
  }
  reports.forEach((r, i) => {
    const y = yearOf(r.published) ?? 0;
    push(
      {
        id: r.id,
        t: t('report'),
        title: r.title,
        alt: [...r.authors, r.publisher],
        ...(r.abstract ? { text: r.abstract } : {}),
        y: String(y),
        sub: `${r.authors.join(', ')} · ${r.publisher} · ${r.published}`,
      },
      [i],
      sorted(reportActors.get(i)),
      [y, y],
    );
  });
  const claims = [...src.claims].sort(
    (a, b) => (reportIndex.get(a.reportId) ?? 0) - (reportIndex.get(b.reportId) ?? 0) || 0,
  );
  for (const c of claims) {
    const ri = reportIndex.get(c.reportId) ?? 0;
    const years = c.dates
      .flatMap((d) => [yearOf(d.iso), yearOf(d.isoEnd)])
      .filter((x): x is number => x !== null);
    const y: [number, number] = years.length
      ? [Math.min(...years), Math.max(...years)]
      : [reportInfo[ri]?.year ?? 0, reportInfo[ri]?.year ?? 0];
    const kind = CLAIM_KINDS.indexOf(c.kind);
    push(
      {
        id: c.id,
        t: t('claim'),
        text: c.text,
        r: ri,
        ...(c.section.length ? { s: c.section.join(' › ') } : {}),
        k: kind,
      },
      [ri],
      actorIds(c.actors),
      y,
      kind,
    );
  }

  // Type ranges (docs were pushed type by type).
  const types = DOC_TYPES.map((type, ti) => {
    const start = docs.findIndex((d) => d.t === ti);
    const count = docs.filter((d) => d.t === ti).length;
    return { type, start: start < 0 ? docs.length : start, count };
  });

  // Vocabulary and postings.
  const postingsByTerm = new Map<string, number[]>();
  let lengths = '';
  docs.forEach((d, i) => {
    const fieldText = [d.title ?? '', ...(d.alt ?? []), d.text ?? '', d.y ?? ''].join(' \n ');
    const toks = tokens(fieldText);
    lengths += String.fromCharCode(48 + Math.min(60, Math.round(Math.sqrt(toks.length))));
    for (const tok of toks) {
      let list = postingsByTerm.get(tok);
      if (!list) postingsByTerm.set(tok, (list = []));
      list.push(i);
    }
  });
  const vocab = [...postingsByTerm.keys()].sort(codeUnitOrder);
  const df = vocab.map((v) => postingsByTerm.get(v)?.length ?? 0);
  const postings: PostingsFile[] = [];
  const buckets: number[] = [];
  let current: PostingsFile | undefined;
  let currentBytes = 0;
  vocab.forEach((v, vi) => {
    const list = postingsByTerm.get(v) ?? [];
    const deltas = list.map((x, j) => (j === 0 ? x : x - (list[j - 1] ?? 0)));
    const bytes = deltas.reduce((n, x) => n + String(x).length + 1, 2);
    if (!current || currentBytes + bytes > postingBytes) {
      current = { start: vi, lists: [] };
      postings.push(current);
      buckets.push(vi);
      currentBytes = 0;
    }
    current.lists.push(deltas);
    currentBytes += bytes;
  });

  // Shards: consecutive records, cut by estimated size. Shards never mix record types, so a query
  // that only needs events and actors never loads claims.
  const shards: ShardFile[] = [];
  const shardStarts: number[] = [];
  let shardDocs: SearchDoc[] = [];
  let shardStart = 0;
  let shardSize = 0;
  const flush = () => {
    if (!shardDocs.length) return;
    const index = Fuse.createIndex(FUSE_KEYS, shardDocs, { getFn: foldingGetFn }).toJSON();
    shards.push({ start: shardStart, docs: shardDocs, index });
    shardStarts.push(shardStart);
    shardDocs = [];
    shardSize = 0;
  };
  docs.forEach((d, i) => {
    const size = JSON.stringify(d).length * 2 + 40;
    const prev = docs[i - 1];
    if (shardDocs.length && (shardSize + size > shardBytes || (prev && prev.t !== d.t))) flush();
    if (!shardDocs.length) shardStart = i;
    shardDocs.push(d);
    shardSize += size;
  });
  flush();

  const meta: Omit<SearchMeta, 'version'> = {
    types,
    docCount: docs.length,
    shards: shardStarts,
    vocab,
    df,
    buckets,
    lengths,
    reports: reportInfo,
    actors: actors.map((a) => ({ id: a.id, name: a.name })),
    synonyms: synonymGroups(actors, new Set(vocab)),
    kinds: [...CLAIM_KINDS],
    origins,
  };
  const version = createHash('sha256')
    .update(JSON.stringify([meta, facets, postings, shards]))
    .digest('hex')
    .slice(0, 12);
  return { meta: { version, ...meta }, facets, postings, shards };
}

/** The files of an index by name (`meta`, `facets`, `post-3`, `shard-12`) as JSON text. */
export function indexFileMap(files: SearchIndexFiles): Map<string, string> {
  const out = new Map<string, string>();
  out.set('meta', JSON.stringify(files.meta));
  out.set('facets', JSON.stringify(files.facets));
  files.postings.forEach((p, i) => out.set(`post-${i}`, JSON.stringify(p)));
  files.shards.forEach((s, i) => out.set(`shard-${i}`, JSON.stringify(s)));
  return out;
}

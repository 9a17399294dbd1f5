/**
 * Related claims — the heart of triangulation: for each claim, up to five claims from *other*
 * reports about the same thing. Computed once at build time for all claims.
 *
 * Score = 1.0 per shared event + Σ idf of shared actors (scaled) + TF-IDF cosine of the words.
 * Candidates come from inverted indexes (shared events, and each claim's eight rarest words), never
 * from all pairs; words in more than 5 % of claims (or 150 claims) propose no candidates, so the work
 * grows with the number of claims, not its square. A candidate needs a shared event or a text
 * similarity of at least MIN_COSINE, so two claims merely naming "Vietnam" are not related.
 */
import { fold } from '../parse/fold.ts';
import { byId } from '../domain/order.ts';

export interface RelatableClaim {
  id: string;
  reportId: string;
  text: string;
  actors: readonly string[];
  events: readonly string[];
}

export interface Related {
  id: string;
  score: number;
  /** Events both claims attest. */
  sharedEvents: string[];
  /** Actors both claims name. */
  sharedActors: string[];
}

const STOP = new Set(
  'the and for that with this from was were are has have had its their been not but which also into more than they would could should will can may its his her who whom what when where while about after before between over under such other these those there them then than very most some only both each many much own same our out all any one two new said says'.split(
    ' ',
  ),
);

/** Folded content words of a text: lower case, no diacritics, at least three letters, no stop words. */
export function contentWords(text: string): string[] {
  return (fold(text, { lower: true }).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter(
    (w) => !STOP.has(w),
  );
}

const MIN_COSINE = 0.18;
/** Words in more than this share of claims (or MAX_POSTINGS claims) do not propose candidates. */
const COMMON = 0.05;
const MAX_POSTINGS = 150;
/** Only a claim's rarest words propose candidates. */
const SEED_WORDS = 8;
/** Claims given the full score, after the pre-score. */
const MAX_CANDIDATES = 200;

export function relatedClaims(
  claims: readonly RelatableClaim[],
  limit = 5,
): Map<string, Related[]> {
  const n = claims.length;
  const words = claims.map((c) => contentWords(c.text));
  const df = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  // TF-IDF vectors, normalised.
  const vectors = words.map((ws) => {
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, f] of tf) {
      const v = f * idf(w);
      tf.set(w, v);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, v] of tf) tf.set(w, v / norm);
    return tf;
  });
  // The same vectors as parallel typed arrays over interned word numbers, for fast dot products.
  const wordNo = new Map<string, number>();
  const packed = vectors.map((v) => {
    const ids = new Int32Array(v.size);
    const vals = new Float64Array(v.size);
    let k = 0;
    for (const [w, x] of v) {
      let id = wordNo.get(w);
      if (id === undefined) wordNo.set(w, (id = wordNo.size));
      ids[k] = id;
      vals[k++] = x;
    }
    return { ids, vals };
  });
  const scratch = new Float64Array(wordNo.size);
  const actorDf = new Map<string, number>();
  for (const c of claims)
    for (const a of new Set(c.actors)) actorDf.set(a, (actorDf.get(a) ?? 0) + 1);
  const maxCommon = Math.max(3, Math.min(MAX_POSTINGS, Math.floor(n * COMMON)));
  const seeds = vectors.map((v) =>
    [...v.keys()]
      .filter((w) => (df.get(w) ?? 0) <= maxCommon)
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b))
      .slice(0, SEED_WORDS),
  );

  const byEvent = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const e of new Set(c.events)) {
      let list = byEvent.get(e);
      if (!list) byEvent.set(e, (list = []));
      list.push(i);
    }
    for (const w of seeds[i] ?? []) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i);
    }
  });

  const reportOf = new Map(claims.map((c) => [c.id, c.reportId]));
  const out = new Map<string, Related[]>();
  // Pre-score: shared events (2 each) and shared seed words (their idf); only the best MAX_CANDIDATES
  // get the full score. A typed array and a touched list avoid a Map per claim.
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const reportIndex = new Map<string, number>();
  const reportNo = Int32Array.from(claims, (c) => {
    let k = reportIndex.get(c.reportId);
    if (k === undefined) reportIndex.set(c.reportId, (k = reportIndex.size));
    return k;
  });
  claims.forEach((c, i) => {
    touched.length = 0;
    const own = reportNo[i];
    const bump = (j: number, by: number) => {
      if (reportNo[j] === own) return;
      if (acc[j] === 0) touched.push(j);
      acc[j] = (acc[j] ?? 0) + by;
    };
    for (const e of new Set(c.events)) {
      const list = byEvent.get(e) ?? [];
      for (let k = 0; k < list.length && k < MAX_POSTINGS; k++) bump(list[k] ?? 0, 2);
    }
    for (const w of seeds[i] ?? []) for (const j of byWord.get(w) ?? []) bump(j, idf(w));
    let candidates = touched;
    if (touched.length > MAX_CANDIDATES) {
      // The MAX_CANDIDATES-th best pre-score, by a numeric typed-array sort; ties keep claim order.
      const values = Float64Array.from(touched, (j) => acc[j] ?? 0).sort();
      const cut = values[values.length - MAX_CANDIDATES] ?? 0;
      candidates = touched.filter((j) => (acc[j] ?? 0) >= cut).slice(0, MAX_CANDIDATES * 2);
    } else candidates = [...touched];
    for (const j of touched) acc[j] = 0;
    const scored: Related[] = [];
    const pi = packed[i];
    if (pi) for (let k = 0; k < pi.ids.length; k++) scratch[pi.ids[k] ?? 0] = pi.vals[k] ?? 0;
    for (const j of candidates) {
      const d = claims[j];
      const pj = packed[j];
      if (!d || !pj) continue;
      let cosine = 0;
      for (let k = 0; k < pj.ids.length; k++)
        cosine += (pj.vals[k] ?? 0) * (scratch[pj.ids[k] ?? 0] ?? 0);
      const sharedEvents = c.events.filter((e) => d.events.includes(e));
      if (sharedEvents.length === 0 && cosine < MIN_COSINE) continue;
      const sharedActors = [...new Set(c.actors)].filter((a) => d.actors.includes(a));
      const actorScore = sharedActors.reduce(
        (s, a) => s + Math.log((n + 1) / ((actorDf.get(a) ?? 0) + 1)) / Math.log(n + 1),
        0,
      );
      scored.push({
        id: d.id,
        score: sharedEvents.length + 0.3 * actorScore + cosine,
        sharedEvents,
        sharedActors,
      });
    }
    if (pi) for (let k = 0; k < pi.ids.length; k++) scratch[pi.ids[k] ?? 0] = 0;
    scored.sort((a, b) => b.score - a.score || byId(a, b));
    // At most two from any one report, so the list triangulates across reports.
    const perReport = new Map<string, number>();
    const picked: Related[] = [];
    for (const r of scored) {
      const rep = reportOf.get(r.id) ?? '';
      if ((perReport.get(rep) ?? 0) >= 2) continue;
      perReport.set(rep, (perReport.get(rep) ?? 0) + 1);
      picked.push({ ...r, score: Math.round(r.score * 1000) / 1000 });
      if (picked.length === limit) break;
    }
    out.set(c.id, picked);
  });
  return out;
}

/** Related claims in the compact form stored by the content loader: `[id, score]`, best first. */
export type CompactRelated = Record<string, Array<[id: string, score: number]>>;

/**
 * Drops what can be derived again (shared events and actors are intersections of the two claims'
 * lists): the stored related claims of 10,000 claims shrink from about 5.5 MB to under 2 MB, which
 * Astro's content store parses, writes and bundles on every build.
 */
export function compactRelated(related: ReadonlyMap<string, readonly Related[]>): CompactRelated {
  const out: CompactRelated = {};
  for (const [id, list] of related) if (list.length) out[id] = list.map((r) => [r.id, r.score]);
  return out;
}

/** The full form again, with the shared events and actors computed exactly as `relatedClaims` does. */
export function expandRelated(
  compact: CompactRelated,
  claims: readonly Pick<RelatableClaim, 'id' | 'actors' | 'events'>[],
): Map<string, Related[]> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out = new Map<string, Related[]>();
  for (const [id, list] of Object.entries(compact)) {
    const c = byId.get(id);
    if (!c) throw new Error(`related claims stored for "${id}", which is not a claim`);
    out.set(
      id,
      list.map(([otherId, score]) => {
        const d = byId.get(otherId);
        if (!d) throw new Error(`claim "${id}" is related to "${otherId}", which is not a claim`);
        return {
          id: otherId,
          score,
          sharedEvents: c.events.filter((e) => d.events.includes(e)),
          sharedActors: [...new Set(c.actors)].filter((a) => d.actors.includes(a)),
        };
      }),
    );
  }
  return out;
}

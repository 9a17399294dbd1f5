/**
 * Related claims — the heart of triangulation: for each claim, up to five claims from *other*
 * reports about the same thing. Computed once at build time for all claims.
 *
 * Score = 1.0 per shared event + Σ idf of shared actors (scaled) + TF-IDF cosine of the words.
 * Candidates come from inverted indexes (events, actors, words), never from all pairs, and very
 * common words and actors (in more than 5 % of claims) are not used to find candidates, so the work
 * grows with the number of claims, not its square. A candidate needs a shared event or a text
 * similarity of at least MIN_COSINE, so two claims merely naming "Vietnam" are not related.
 */
import { fold } from '../parse/fold.ts';

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
  return (fold(text, { lower: true }).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w));
}

const MIN_COSINE = 0.18;
const COMMON = 0.05;

export function relatedClaims(claims: readonly RelatableClaim[], limit = 5): Map<string, Related[]> {
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
  const actorDf = new Map<string, number>();
  for (const c of claims) for (const a of new Set(c.actors)) actorDf.set(a, (actorDf.get(a) ?? 0) + 1);
  const maxCommon = Math.max(3, Math.floor(n * COMMON));

  const byEvent = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const e of new Set(c.events)) byEvent.set(e, [...(byEvent.get(e) ?? []), i]);
    for (const w of vectors[i]?.keys() ?? []) {
      if ((df.get(w) ?? 0) > maxCommon) continue;
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i);
    }
  });

  const reportOf = new Map(claims.map((c) => [c.id, c.reportId]));
  const out = new Map<string, Related[]>();
  claims.forEach((c, i) => {
    const candidates = new Set<number>();
    for (const e of c.events) for (const j of byEvent.get(e) ?? []) candidates.add(j);
    for (const w of vectors[i]?.keys() ?? []) for (const j of byWord.get(w) ?? []) candidates.add(j);
    const scored: Related[] = [];
    const vi = vectors[i] ?? new Map<string, number>();
    for (const j of candidates) {
      const d = claims[j];
      if (!d || d.reportId === c.reportId) continue;
      const vj = vectors[j] ?? new Map<string, number>();
      let cosine = 0;
      const [small, big] = vi.size < vj.size ? [vi, vj] : [vj, vi];
      for (const [w, v] of small) cosine += v * (big.get(w) ?? 0);
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
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
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

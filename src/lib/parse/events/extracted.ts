/**
 * Extracted events: dated mentions that attach to no curated event, collected by date and actors,
 * merged across claims and reports (`mergeExtracted`) and given a title of their own.
 */
import { createHash } from 'node:crypto';
import { spanOf } from '../../dates/compare.ts';
import type { DateMention } from '../../schemas/date-mention.ts';
import type { Event } from '../../schemas/event.ts';
import { byReport } from './attestations.ts';
import { classifyEventText } from './kinds.ts';
import type { InputClaim, Links } from './linking.ts';
import { dyadsOf, matchKey, type Country } from './match-key.ts';
import { RANK } from './periods.ts';
import { codeUnitOrder } from '../../domain/order.ts';
import { eventTitle } from './titles.ts';

/** A happening told by dated claims that name no curated event: one date, one set of actors. */
export interface Extracted {
  mention: DateMention;
  actors: string[];
  text: string;
  /** Date mentions of the claim the title comes from. */
  dates: DateMention[];
  claims: Array<{
    id: string;
    reportId: string;
    date: string;
    text: string;
    dates: DateMention[];
  }>;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 6);
}

/** The claim with the smallest id (code-unit order). */
function firstById<T extends { id: string }>(claims: readonly T[]): T | undefined {
  return [...claims].sort((a, b) => codeUnitOrder(a.id, b.id))[0];
}

/** Adds a claim's mention to the extracted event of its date and actors (a claim naming no actor: its own). */
export function collectExtracted(
  extracted: Map<string, Extracted>,
  claim: InputClaim,
  mention: DateMention,
  claimActors: string[],
): void {
  const actors = claimActors.sort();
  const key = [
    mention.iso,
    mention.isoEnd ?? '',
    mention.precision,
    actors.length ? actors.join(',') : `claim:${claim.id}`,
  ].join('|');
  const entry = extracted.get(key) ?? {
    mention,
    actors,
    text: claim.text,
    dates: claim.dates,
    claims: [],
  };
  extracted.set(key, entry);
  entry.claims.push({
    id: claim.id,
    reportId: claim.reportId,
    date: mention.iso,
    text: claim.text,
    dates: claim.dates,
  });
  // The title comes from the claim with the smallest id, whatever order the claims came in.
  if (entry.claims.every((c) => c.id >= claim.id)) {
    entry.text = claim.text;
    entry.dates = claim.dates;
  }
}

/** Words that say nothing about what happened, left out of an extracted event's key words. */
const PLAIN_WORDS = new Set(
  (
    'that this these those there their they them then than with from into onto over under have has ' +
    'had been being were was will would could should also only first second third after before ' +
    'during about between both each other which while where when what whose year years month ' +
    'months january february march april june july august september october november december ' +
    'said says according time times some more most such including'
  ).split(' '),
);
/** Key words of a claim: content words of four letters or more, a plural "s" dropped. */
function keyWords(text: string): Set<string> {
  return new Set(
    matchKey(text)
      .trim()
      .split(' ')
      .filter((w) => w.length >= 4 && !PLAIN_WORDS.has(w) && !/^\d+$/.test(w))
      .map((w) => w.replace(/(?<!s)s$/, '')),
  );
}

/**
 * Merges extracted events that describe the same happening across claims and reports: dates of day,
 * month or season precision of which one lies within the other ("13 May 2014" and "May 2014"), at
 * least one actor in common, and at least two key words in common ("aircraft", "carrier"). The
 * merged event keeps the finest date, the actors of all and the key of its first member (so its id
 * is stable while nothing joins it).
 */
function mergeExtracted<T extends Extracted>(extracted: Map<string, T>): Array<[string, T]> {
  const keys = [...extracted.keys()].sort(codeUnitOrder);
  const parent = new Map(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const info = keys.map((k) => {
    const x = extracted.get(k)!;
    const words = new Set<string>();
    for (const c of x.claims) for (const w of keyWords(c.text)) words.add(w);
    return { k, x, span: spanOf(x.mention.iso, x.mention.isoEnd), words };
  });
  for (let i = 0; i < info.length; i++)
    for (let j = i + 1; j < info.length; j++) {
      const a = info[i]!;
      const b = info[j]!;
      const within =
        (a.span.from >= b.span.from && a.span.to <= b.span.to) ||
        (b.span.from >= a.span.from && b.span.to <= a.span.to);
      if (!within || !a.x.actors.some((actor) => b.x.actors.includes(actor))) continue;
      let shared = 0;
      for (const w of a.words) if (b.words.has(w)) shared++;
      if (shared < 2) continue;
      const ra = root(a.k);
      const rb = root(b.k);
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
  const groups = new Map<string, T[]>();
  for (const k of keys) {
    const r = root(k);
    groups.set(r, [...(groups.get(r) ?? []), extracted.get(k)!]);
  }
  return [...groups].map(([k, members]) => {
    if (members.length === 1) return [k, members[0]!];
    const finest = [...members].sort(
      (a, b) =>
        (RANK[a.mention.precision] ?? 9) - (RANK[b.mention.precision] ?? 9) ||
        spanOf(a.mention.iso).from - spanOf(b.mention.iso).from,
    )[0]!;
    const claims = members.flatMap((m) => m.claims);
    const titled = members.reduce((best, m) => {
      const first = firstById(m.claims)!;
      const top = firstById(best.claims)!;
      return first.id < top.id ? m : best;
    });
    return [
      k,
      {
        ...finest,
        actors: [...new Set(members.flatMap((m) => m.actors))].sort(),
        text: titled.text,
        dates: titled.dates,
        claims,
      },
    ];
  });
}

/**
 * The extracted events: claims that went on telling an earlier event (`continued`) leave them, and
 * what is left is merged and linked to its claims.
 */
export function extractedEvents(
  extracted: Map<string, Extracted>,
  continued: ReadonlySet<string>,
  link: Links['link'],
  actorCountry: (id: string) => Country,
): Event[] {
  const events: Event[] = [];
  for (const [key, x] of extracted) {
    x.claims = x.claims.filter((c) => !continued.has(c.id));
    const first = firstById(x.claims);
    if (!first) extracted.delete(key);
    else {
      x.text = first.text;
      x.dates = first.dates;
    }
  }
  for (const [key, x] of mergeExtracted(extracted)) {
    const id = `x-${x.mention.iso.replace(/^-/, 'bce-')}-${hash(key)}`;
    for (const c of x.claims) link(c.id, id);
    const { kind, class: cls } = classifyEventText(x.text);
    events.push({
      id,
      title: eventTitle(x.text, x.dates),
      date: {
        start: x.mention.iso,
        ...(x.mention.isoEnd ? { end: x.mention.isoEnd } : {}),
        precision:
          x.mention.precision === 'day'
            ? 'day'
            : x.mention.precision === 'season'
              ? 'season'
              : 'month',
      },
      kind,
      class: cls,
      actors: x.actors,
      terms: [],
      origin: 'extracted',
      dyads: dyadsOf(x.actors, actorCountry),
      attestations: byReport(x.claims.map((c) => ({ ...c, claimId: c.id }))),
      disagreements: [],
    });
  }
  return events;
}

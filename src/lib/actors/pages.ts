/**
 * What every actor profile (/actors/<id>/) shows, computed once per build from plain data: the
 * actor's other names, affiliation and roles, the claims naming it grouped by report (with the bar
 * chart of mentions per report), the actors named alongside it (the star chart), its events on a mini
 * timeline, its country's relations with the other two, and the page's date. Pure; the page passes
 * the collections. Tested in tests/unit/actors/pages.test.ts.
 */
import { newestDate } from '../cite/page-date.ts';
import { compareIso } from '../dates/compare.ts';
import { reportLabel, type ReportLike } from '../domain/events.ts';
import { countOf } from '../domain/format.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';
import { horizontalBars, miniTimeline, starLayout } from './charts.ts';
import { claimsByReport, coMentions, formatRole, relations } from './profile.ts';

type PageClaim = Pick<Claim, 'actors' | 'reportId' | 'paragraph' | 'sentence'>;
type PageReport = ReportLike & { title: string; publisher: string };
type PageEvent = Pick<Event, 'id' | 'title' | 'date' | 'class' | 'dyads' | 'actors'>;

export interface ActorPagesInput<C, R, E> {
  actors: readonly Actor[];
  /** Every claim; each page takes those naming its actor. */
  claims: readonly C[];
  /** Every report, in the order the profile lists them (the collection's order). */
  reports: readonly R[];
  events: readonly E[];
}

/** Up to this many co-mentioned actors are drawn on the star chart (all of them are listed). */
const STAR_SIZE = 10;
/** Star chart labels are cut to this many characters. */
const STAR_LABEL_LENGTH = 22;

/** Each actor's profile model, in the order of `actors`. */
export function actorPages<C extends PageClaim, R extends PageReport, E extends PageEvent>(
  input: ActorPagesInput<C, R, E>,
) {
  const actorById = new Map(input.actors.map((a) => [a.id, a]));
  const reportById = new Map(input.reports.map((r) => [r.id, r]));
  const reportOrder = input.reports.map((r) => r.id);
  const naming = new Map<string, C[]>();
  for (const c of input.claims)
    for (const id of new Set(c.actors)) {
      const list = naming.get(id);
      if (list) list.push(c);
      else naming.set(id, [c]);
    }
  const name = (id: string) => actorById.get(id)?.name;

  return input.actors.map((actor) => {
    const claims = naming.get(actor.id) ?? [];
    const groups = claimsByReport(claims, actor.id, reportOrder).map((g) => ({
      ...g,
      report: reportById.get(g.reportId),
    }));
    const total = groups.reduce((n, g) => n + g.claims.length, 0);
    const neighbours = coMentions(claims, actor.id).map((n) => ({ ...n, name: name(n.id) }));
    const star = starLayout(neighbours.slice(0, STAR_SIZE));
    const events = input.events
      .filter((e) => e.actors.includes(actor.id))
      .sort((a, b) => compareIso(a.date.start, b.date.start));
    return {
      actor,
      /** Native names, aliases, acronyms and metonyms, each once, the actor's own name left out. */
      otherNames: [
        ...new Set(
          [
            actor.native.vi,
            actor.native.zh,
            ...actor.aliases,
            ...actor.acronyms,
            ...actor.metonyms,
          ].filter((n): n is string => !!n && n !== actor.name),
        ),
      ],
      affiliation: actor.affiliation ? actorById.get(actor.affiliation) : undefined,
      roles: actor.roles.map((r) => formatRole(r, r.of ? name(r.of) : undefined)),
      /** "12 claims in 3 of 40 reports". */
      mentions: `${countOf(total, 'claim')} in ${groups.length} of ${countOf(input.reports.length, 'report')}`,
      /** The newest publication date of the reports naming the actor: the page's date. */
      modified: newestDate(groups.flatMap((g) => g.report?.published ?? [])),
      groups,
      bars: horizontalBars(
        groups.map((g) => ({
          label: g.report ? reportLabel(g.report) : g.reportId,
          value: g.claims.length,
        })),
      ),
      neighbours,
      star,
      /** The star chart's labels: first acronym, else name, else id; cut short. */
      starLabels: Object.fromEntries(
        star.nodes.map((n) => {
          const a = actorById.get(n.id);
          return [n.id, (a?.acronyms[0] ?? a?.name ?? n.id).slice(0, STAR_LABEL_LENGTH)];
        }),
      ),
      events,
      timeline: events.length > 0 ? miniTimeline(events) : null,
      relations: relations(actor.id, input.events).map((side) => ({
        ...side,
        name: name(side.counterpart),
      })),
    };
  });
}

export type ActorPage<
  C extends PageClaim = Claim,
  R extends PageReport = PageReport,
  E extends PageEvent = Event,
> = ReturnType<typeof actorPages<C, R, E>>[number];

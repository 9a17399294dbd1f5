import { beforeAll, describe, expect, it } from 'vitest';
import { actorPages, type ActorPage } from '../../../src/lib/actors/pages.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';
import type { Claim } from '../../../src/lib/schemas/claim.ts';
import type { Event } from '../../../src/lib/schemas/event.ts';
import type { Report } from '../../../src/lib/schemas/report.ts';

let corpus: Corpus;
let pages: Map<string, ActorPage<Claim, Report, Event>>;
beforeAll(async () => {
  corpus = buildCorpus(await readContent(process.cwd()));
  const list = actorPages({
    actors: corpus.actors,
    claims: corpus.claims,
    reports: corpus.reports.map((r) => r.report),
    events: corpus.events,
  });
  pages = new Map(list.map((p) => [p.actor.id, p]));
}, 120_000);
const page = (id: string) => {
  const p = pages.get(id);
  if (!p) throw new Error(`no actor ${id}`);
  return p;
};

describe('actorPages', () => {
  it('has one page per actor, in the gazetteer’s order', () => {
    expect([...pages.keys()]).toEqual(corpus.actors.map((a) => a.id));
  });

  it('groups every claim naming the actor by report, in the reports’ order, each claim once', () => {
    const p = page('nguyen-phu-trong');
    const naming = corpus.claims.filter((c) => c.actors.includes('nguyen-phu-trong'));
    expect(p.groups.flatMap((g) => g.claims.map((c) => c.id)).sort()).toEqual(
      naming.map((c) => c.id).sort(),
    );
    const order = corpus.reports.map((r) => r.report.id);
    const ids = p.groups.map((g) => g.reportId);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    for (const g of p.groups) expect(g.report?.id).toBe(g.reportId);
    expect(p.mentions).toBe(
      `${naming.length.toLocaleString('en-GB')} claims in ${p.groups.length} of ${corpus.reports.length} reports`,
    );
    // One bar per report, labelled as the site names reports, as long as its claim count.
    expect(p.bars.bars.map((b) => b.value)).toEqual(p.groups.map((g) => g.claims.length));
    expect(p.bars.bars[0]?.label).toMatch(/^\S.* \d{4}$/);
  });

  it('dates the page by the newest report naming the actor', () => {
    const p = page('nguyen-phu-trong');
    const newest = p.groups
      .map((g) => g.report!.published)
      .sort()
      .at(-1);
    expect(p.modified).toBe(newest);
  });

  it('lists other names once each, without the actor’s own name, and the roles in words', () => {
    const p = page('nguyen-phu-trong');
    expect(p.otherNames).not.toContain(p.actor.name);
    expect(new Set(p.otherNames).size).toBe(p.otherNames.length);
    expect(p.roles.length).toBe(p.actor.roles.length);
    expect(p.roles.some((r) => r.startsWith('General Secretary'))).toBe(true);
    expect(p.affiliation?.id).toBe('cpv');
  });

  it('names co-mentioned actors and labels the star with acronyms or names of at most 22 characters', () => {
    const p = page('vietnam');
    expect(p.neighbours.length).toBeGreaterThan(0);
    for (const n of p.neighbours)
      expect(n.name).toBe(corpus.actors.find((a) => a.id === n.id)?.name);
    expect(p.star.nodes.length).toBe(Math.min(10, p.neighbours.length));
    for (const label of Object.values(p.starLabels)) expect(label.length).toBeLessThanOrEqual(22);
    expect(p.starLabels['united-states']).toBe('US');
  });

  it('lists the actor’s events chronologically, with a mini timeline only when there are some', () => {
    const p = page('nguyen-phu-trong');
    expect(p.events.length).toBeGreaterThan(0);
    const starts = p.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(p.timeline?.marks.length).toBe(p.events.length);
    const quiet = [...pages.values()].find((x) => x.events.length === 0);
    expect(quiet?.timeline).toBeNull();
  });

  it('gives a state its relations with the other two states, named; other actors none', () => {
    expect(page('vietnam').relations.map((r) => [r.counterpart, r.name])).toEqual([
      ['china', 'China'],
      ['united-states', 'United States'],
    ]);
    expect(page('nguyen-phu-trong').relations).toEqual([]);
  });
});

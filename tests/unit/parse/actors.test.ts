// The curated gazetteer in content/actors/: every file parses, ids and names are unique, cross
// references resolve, and crafted bad input fails loudly (file, actor, field, what was expected).
// Also measures coverage over the raw reports and lists frequent capitalised names no actor matches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actorSchema, actorKinds, type Actor } from '../../../src/lib/schemas/actor.ts';
import {
  compileGazetteer,
  createReportMatcher,
  gazetteerProblems,
  validateGazetteer,
} from '../../../src/lib/parse/actors.ts';
import { ContentErrors } from '../../../src/lib/parse/errors.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ACTOR_DIR = join(ROOT, 'content/actors');
const files = readdirSync(ACTOR_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const actors: Actor[] = [];
const fileOf = new Map<string, string>();
const schemaFailures: string[] = [];
for (const f of files) {
  const list = parse(readFileSync(join(ACTOR_DIR, f), 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`content/actors/${f}: expected a YAML list of actors`);
  list.forEach((item, i) => {
    const r = actorSchema.safeParse(item);
    if (!r.success) schemaFailures.push(`${f} #${i + 1}: ${r.error.message}`);
    else {
      actors.push(r.data);
      if (!fileOf.has(r.data.id)) fileOf.set(r.data.id, `content/actors/${f}`);
    }
  });
}
const where = (id: string) => fileOf.get(id) ?? 'content/actors';

/** A minimal valid actor for crafting bad input. */
function actor(over: Partial<Actor> & { id: string }): Actor {
  return actorSchema.parse({ name: over.id, kind: 'state', description: 'test actor', ...over });
}

describe('content/actors', () => {
  it('every file parses and every record passes actorSchema', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(schemaFailures).toEqual([]);
  });

  it('holds at least 150 actors, with unique ids', () => {
    expect(actors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
  });

  it('covers every kind, and each file holds the kind it is named after', () => {
    const kinds = new Set(actors.map((a) => a.kind));
    for (const k of actorKinds) expect(kinds, k).toContain(k);
    const fileKind: Record<string, string> = {
      'states.yaml': 'state',
      'parties.yaml': 'party',
      'government-bodies.yaml': 'government-body',
      'people.yaml': 'person',
      'militaries.yaml': 'military',
      'organisations.yaml': 'organisation',
      'companies.yaml': 'company',
      'forums.yaml': 'forum',
      'places.yaml': 'place',
    };
    const misfiled = actors.filter(
      (a) => fileKind[(fileOf.get(a.id) ?? '').split('/').pop() ?? ''] !== a.kind,
    );
    expect(misfiled.map((a) => `${a.id} (${a.kind}) in ${fileOf.get(a.id)}`)).toEqual([]);
  });

  it('passes validateGazetteer (no duplicate names, no dangling references)', () => {
    expect(gazetteerProblems(actors, where).map((e) => e.message)).toEqual([]);
    expect(() => validateGazetteer(actors, where)).not.toThrow();
  });

  it('people carry Vietnamese diacritics or Chinese characters where the reports give them', () => {
    const byId = new Map(actors.map((a) => [a.id, a]));
    expect(byId.get('nguyen-phu-trong')?.name).toBe('Nguyễn Phú Trọng');
    expect(byId.get('ccp-international-department')?.native.zh).toBe('中共中央对外联络部');
    expect(byId.get('nguyen-phu-trong')?.roles).toContainEqual({
      title: 'General Secretary',
      of: 'cpv',
      from: '2011',
    });
  });

  it('descriptions are one line', () => {
    expect(actors.filter((a) => /\n/.test(a.description.trim())).map((a) => a.id)).toEqual([]);
  });
});

describe('validateGazetteer fails loudly on bad input', () => {
  const files = new Map([
    ['vn', 'content/actors/states.yaml'],
    ['vn2', 'content/actors/people.yaml'],
    ['cn', 'content/actors/states.yaml'],
  ]);
  const at = (id: string) => files.get(id) ?? 'content/actors/other.yaml';

  it('duplicate id', () => {
    expect(() =>
      validateGazetteer([actor({ id: 'vn' }), actor({ id: 'vn', name: 'Other' })], at),
    ).toThrow(/content\/actors\/states\.yaml: actor "vn", field "id": duplicate actor id "vn"/);
  });

  it('one alias claimed by two actors names both actors and both files', () => {
    const bad = [
      actor({ id: 'vn', aliases: ['Viet Nam'] }),
      actor({ id: 'vn2', aliases: ['Việt Nam'] }),
    ];
    const problems = gazetteerProblems(bad, at).map((e) => e.message);
    expect(problems).toEqual([
      'content/actors/people.yaml: actor "vn2", field "aliases[0]": "Việt Nam" is also claimed by actor "vn" (content/actors/states.yaml, aliases[0]); expected each name to belong to one actor',
    ]);
  });

  it('an acronym claimed twice (case-sensitive class)', () => {
    const bad = [actor({ id: 'vn', acronyms: ['SRV'] }), actor({ id: 'cn', acronyms: ['SRV'] })];
    expect(() => validateGazetteer(bad, at)).toThrow(/"SRV" is also claimed by actor "vn"/);
    // Different case is a different acronym.
    expect(
      gazetteerProblems(
        [actor({ id: 'vn', acronyms: ['ID'] }), actor({ id: 'cn', acronyms: ['Id'] })],
        at,
      ),
    ).toEqual([]);
  });

  it('affiliation and roles[].of pointing at unknown ids', () => {
    const bad = [
      actor({
        id: 'vn2',
        kind: 'person',
        affiliation: 'cppv',
        roles: [{ title: 'Minister', of: 'mofa' }],
      }),
    ];
    try {
      validateGazetteer(bad, at);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ContentErrors);
      expect((err as ContentErrors).problems.map((e) => [e.file, e.field])).toEqual([
        ['content/actors/people.yaml', 'actor "vn2".affiliation'],
        ['content/actors/people.yaml', 'actor "vn2".roles[0].of'],
      ]);
      expect((err as Error).message).toMatch(
        /unknown actor id "cppv"; expected the id of an actor in content\/actors\//,
      );
      expect((err as Error).message).toMatch(/unknown actor id "mofa"/);
    }
  });

  it('a role that ends before it starts', () => {
    const bad = [actor({ id: 'vn2', roles: [{ title: 'President', from: '2016', to: '2011' }] })];
    expect(() => validateGazetteer(bad, at)).toThrow(
      /roles\[0\]\.to": role ends \(2011\) before it starts \(2016\)/,
    );
  });

  it('the schema rejects impossible role dates, unknown fields, bad slugs and kinds', () => {
    const base = { id: 'x', name: 'X', kind: 'state', description: 'd' };
    expect(
      actorSchema.safeParse({ ...base, roles: [{ title: 'T', from: '2015-13' }] }).error?.issues[0]
        ?.message,
    ).toMatch(/month 13/);
    expect(actorSchema.safeParse({ ...base, alias: ['typo'] }).success).toBe(false);
    expect(actorSchema.safeParse({ ...base, id: 'Nguyễn' }).error?.issues[0]?.message).toMatch(
      /lowercase slug/,
    );
    expect(actorSchema.safeParse({ ...base, kind: 'country' }).success).toBe(false);
    expect(actorSchema.safeParse({ ...base, description: '' }).success).toBe(false);
    // Case-sensitive forms must be capitalised: a lower-case acronym "us" would match the pronoun.
    expect(actorSchema.safeParse({ ...base, acronyms: ['us'] }).error?.issues[0]).toMatchObject({
      path: ['acronyms', 0],
      message: 'expected a form starting with a capital letter (it is matched case-sensitively)',
    });
    expect(actorSchema.safeParse({ ...base, shortNames: ['party'] }).success).toBe(false);
  });
});

describe('coverage over the raw reports', () => {
  const g = compileGazetteer(actors);
  const RAW = join(ROOT, 'content/raw');
  const reports = readdirSync(RAW)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let paragraphs = 0;
  let withActor = 0;
  const unmatched = new Map<string, number>();
  const matchedIds = new Set<string>();
  const NAME = /\b\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:of|the|and|for)?\s*\p{Lu}[\p{L}\p{M}’'-]*)*/gu;
  const STOP = new Set(
    'The This That These Those In On At By For From To Of And But As If When While After Since Although However It Its Their There They He She We A An Vietnamese Chinese American Such Some Many Most Both Even Despite Given Under With First Second Third Finally Table Note Source Photo Image'.split(
      ' ',
    ),
  );
  const MONTH =
    /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
  for (const f of reports) {
    const matcher = createReportMatcher(g);
    const text = readFileSync(join(RAW, f), 'utf8');
    for (const para of text.split(/\n\s*\n/)) {
      const p = para.replace(/\s+/g, ' ').trim();
      if (p.length < 80) continue; // captions, headings, table cells
      paragraphs++;
      const hits = matcher.match(p);
      if (hits.length) withActor++;
      for (const h of hits) matchedIds.add(h.actorId);
      for (const m of p.matchAll(NAME)) {
        const words = m[0].split(/\s+/).filter((w) => !STOP.has(w) && !MONTH.test(w));
        const name = words.join(' ').replace(/[’']s$/, '');
        if (name.length < 3) continue;
        const start = (m.index ?? 0) + m[0].indexOf(words[0] ?? '');
        if (hits.some((h) => h.start < start + name.length && h.end > start)) continue;
        unmatched.set(name, (unmatched.get(name) ?? 0) + 1);
      }
    }
  }
  const top = [...unmatched].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 25);

  it('at least 85% of body paragraphs name an actor', () => {
    console.log(
      `actors: ${actors.length}; paragraphs: ${paragraphs}; naming ≥ 1 actor: ${withActor} (${((100 * withActor) / paragraphs).toFixed(1)}%); actors matched somewhere: ${matchedIds.size}`,
    );
    console.log(
      `most frequent unmatched capitalised names: ${top.map(([n, c]) => `${n} ×${c}`).join('; ')}`,
    );
    expect(withActor / paragraphs).toBeGreaterThanOrEqual(0.85);
  });

  it('no frequent unmatched name is an actor the reports name repeatedly', () => {
    // Names that once slipped through; each must now be matched.
    for (const name of [
      'Hanoi',
      'Beijing',
      'CPV',
      'CCP',
      'ASEAN',
      'Cam Ranh Bay',
      'Phùng Quang Thanh',
      'Xi Jinping',
      'Party',
      'Gulf',
    ]) {
      expect(unmatched.has(name), name).toBe(false);
    }
  });
});

describe('validateGazetteer: acronym against a name', () => {
  it('an acronym spelled like another actor’s name is reported', () => {
    const bad = [
      actorSchema.parse({
        id: 'us-congress',
        name: 'United States Congress',
        kind: 'government-body',
        acronyms: ['Congress'],
        description: 'd',
      }),
      actorSchema.parse({
        id: 'party-congress',
        name: 'Party Congress',
        kind: 'government-body',
        aliases: ['Congress'],
        description: 'd',
      }),
    ];
    expect(
      gazetteerProblems(bad, () => 'content/actors/government-bodies.yaml').map((e) => e.message),
    ).toEqual([
      'content/actors/government-bodies.yaml: actor "us-congress", field "acronyms[0]": "Congress" is also a name of actor "party-congress" (content/actors/government-bodies.yaml); expected each name to belong to one actor',
    ]);
  });
});

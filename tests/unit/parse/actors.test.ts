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
import { anActor } from '../../helpers/builders.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

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
const where = (a: { id: string }) => fileOf.get(a.id) ?? 'content/actors';

/** A minimal valid actor for crafting bad input. */
const actor = anActor;

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
  const at = (a: { id: string }) => files.get(a.id) ?? 'content/actors/other.yaml';

  it('duplicate id', () => {
    expect(() => validateGazetteer([actor({ id: 'vn' }), actor({ id: 'vn', name: 'Other' })], at))
      .toThrowErrorMatchingInlineSnapshot(`
        [ContentErrors: 1 content error:
          - content/actors/states.yaml: actor "vn", field "id": duplicate actor id "vn" (also defined earlier in content/actors/states.yaml); expected each id once]
      `);
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
    expect(() => validateGazetteer(bad, at)).toThrowErrorMatchingInlineSnapshot(`
      [ContentErrors: 1 content error:
        - content/actors/states.yaml: actor "cn", field "acronyms[0]": "SRV" is also claimed by actor "vn" (content/actors/states.yaml, acronyms[0]); expected each name to belong to one actor]
    `);
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
      expect((err as Error).message).toMatchInlineSnapshot(`
        "2 content errors:
          - content/actors/people.yaml: actor "vn2", field "affiliation": unknown actor id "cppv"; expected the id of an actor in content/actors/
          - content/actors/people.yaml: actor "vn2", field "roles[0].of": unknown actor id "mofa"; expected the id of an actor in content/actors/"
      `);
    }
  });

  it('a role that ends before it starts', () => {
    const bad = [actor({ id: 'vn2', roles: [{ title: 'President', from: '2016', to: '2011' }] })];
    expect(() => validateGazetteer(bad, at)).toThrowErrorMatchingInlineSnapshot(`
      [ContentErrors: 1 content error:
        - content/actors/people.yaml: actor "vn2", field "roles[0].to": role ends (2011) before it starts (2016)]
    `);
  });

  it('the schema rejects impossible role dates, unknown fields, bad slugs and kinds', () => {
    const base = { id: 'x', name: 'X', kind: 'state', description: 'd' };
    expect(
      actorSchema.safeParse({ ...base, roles: [{ title: 'T', from: '2015-13' }] }).error?.issues[0]
        ?.message,
    ).toMatchInlineSnapshot(`"month 13 is impossible in "2015-13""`);
    expect(actorSchema.safeParse({ ...base, alias: ['typo'] }).success).toBe(false);
    expect(
      actorSchema.safeParse({ ...base, id: 'Nguyễn' }).error?.issues[0]?.message,
    ).toMatchInlineSnapshot(`"expected a lowercase slug such as "nguyen-phu-trong""`);
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

// Matches every raw report while the tests are collected, where no mutant is active: mutation runs
// skip it.
describe.skipIf(underMutationTesting)('coverage over the raw reports', () => {
  if (underMutationTesting) return;
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

describe('actor matching: letter case, whitespace and boundaries', () => {
  // Compiled in each test, so that mutation testing sees the compilation too.
  const found = (text: string) =>
    createReportMatcher(compileGazetteer(actors))
      .match(text)
      .map((m) => [m.text, m.actorId]);

  it('a metonym matches in any letter case, with or without diacritics', () => {
    expect(found('HANOI rejected the claim; hanoi later relented.')).toEqual([
      ['HANOI', 'vietnam'],
      ['hanoi', 'vietnam'],
    ]);
    expect(found('BEIJING and washington traded notes, as did HÀ NỘI.')).toEqual([
      ['BEIJING', 'china'],
      ['washington', 'united-states'],
      ['HÀ NỘI', 'vietnam'],
    ]);
    // The longer metonym wins in any case too.
    expect(found('the HANOI LEADERSHIP hesitated')).toEqual([['HANOI LEADERSHIP', 'vietnam']]);
  });

  it('a name in capitals or broken across lines is still the name; an acronym in lower case is not', () => {
    expect(found('VIET NAM and the\nUnited\n  States signed.')).toEqual([
      ['VIET NAM', 'vietnam'],
      ['United\n  States', 'united-states'],
    ]);
    expect(found('prc officials and the srv met')).toEqual([]);
  });

  it('a name glued to letters on either side is not a mention', () => {
    expect(found('Vietnamization and xChina and Beijings')).toEqual([]);
    expect(found('(Vietnam)')).toEqual([['Vietnam', 'vietnam']]);
  });

  it('an acronym next to a dollar sign is a currency on either side', () => {
    expect(found('US$18 million and $US 5 billion; the US paid')).toEqual([
      ['US', 'united-states'],
    ]);
  });

  it('a demonym plural is a noun only as a whole word', () => {
    expect(found('Americans protested')).toEqual([['Americans', 'united-states']]);
    expect(found('Americansk protested')).toEqual([]);
    expect(found('Americans, protested')).toEqual([['Americans', 'united-states']]);
  });

  it('"the" + demonym is a noun before punctuation, a function word or a past-tense verb, not before a noun', () => {
    expect(found('This was welcomed by the Chinese.')).toEqual([['Chinese', 'china']]);
    expect(found('the Vietnamese responded')).toEqual([['Vietnamese', 'vietnam']]);
    expect(found('the Vietnamese economy grew')).toEqual([]);
    expect(found('theChinese responded')).toEqual([]);
  });

  it('a demonym after a hyphen, or before another name, stays an adjective; coordination survives doubled spaces', () => {
    expect(found('anti-Chinese protesters gathered')).toEqual([]);
    expect(found('Vietnamese China policy')).toEqual([['China', 'china']]);
    expect(found('Chinese  and  South  Vietnamese  warships fought')).toEqual([
      ['Chinese', 'china'],
      ['South  Vietnamese', 'south-vietnam'],
    ]);
    expect(found('the  Chinese responded')).toEqual([['Chinese', 'china']]);
  });

  it('names inside a web address are not mentions', () => {
    expect(found('See http://example.org/china/hanoi-beijing for Vietnam')).toEqual([
      ['Vietnam', 'vietnam'],
    ]);
  });

  it('a demonym names its state before an agent noun after at most two modifiers, not after a break word', () => {
    expect(found('Chinese naval patrol vessels arrived')).toEqual([['Chinese', 'china']]);
    expect(found('Chinese very large naval vessels arrived')).toEqual([]);
    expect(found('Chinese of the vessels arrived')).toEqual([]);
  });
});

describe('actor matching: the rules on a gazetteer built for the test', () => {
  const make = (over: Partial<Actor> & { id: string }) => actor({ kind: 'person', ...over });
  // Compiled in each test (gaz()), so that mutation testing sees the compilation too.
  const gaz = () =>
    compileGazetteer([
      make({
        id: 'le-van-an',
        name: 'Le  Van\nAn',
        aliases: ['le van an'],
        metonyms: ['Le Van An'],
        acronyms: ['LVA'],
        shortNames: ['An'],
      }),
      make({ id: 'tran-thi-an', name: 'Tran Thi An', aliases: ['   '], shortNames: ['An'] }),
      make({
        id: 'state-dept',
        name: 'Department of State',
        metonyms: ['Foggy Bottom'],
        shortNames: ['State'],
      }),
      make({ id: 'wang', name: 'Wang Yi', native: { zh: '王毅' }, shortNames: ['Wang'] }),
      make({ id: 'us-dot', name: 'U.S. Dot', acronyms: ['U.S.D.'] }),
    ]);
  const ids = (m: ReturnType<typeof createReportMatcher>, text: string) =>
    m.match(text).map((x) => [x.text, x.actorId]);

  it('counts each distinct form once per class, with whitespace in a form normalised', () => {
    // Le Van An 4: the name (its alias folds to the same key), the same words as a metonym (another
    // class), the acronym and the short name; Tran Thi An 2 (name, its own "An"); the Department
    // of State 3, Wang Yi 3 (name, Chinese name, short name), U.S. Dot 2.
    const g = gaz();
    expect(g.forms).toBe(4 + 2 + 3 + 3 + 2);
    expect(g.actors.get('wang')?.name).toBe('Wang Yi');
  });

  it('a short name counts after the name, an acronym or the Chinese name, not after a metonym', () => {
    const m = createReportMatcher(gaz());
    expect(ids(m, 'State said no. Foggy Bottom said no.')).toEqual([
      ['Foggy Bottom', 'state-dept'],
    ]);
    expect(ids(m, 'State said no.')).toEqual([]);
    expect(ids(m, 'The Department of State said no. State agreed later.')).toEqual([
      ['Department of State', 'state-dept'],
      ['State', 'state-dept'],
    ]);
    expect(ids(m, '王毅 arrived; Wang spoke.')).toEqual([
      ['王毅', 'wang'],
      ['Wang', 'wang'],
    ]);
    expect(ids(m, 'LVA arrived; An spoke.')).toEqual([
      ['LVA', 'le-van-an'],
      ['An', 'le-van-an'],
    ]);
  });

  it('a shared short name goes to whichever actor was named last, and to none before either', () => {
    const m = createReportMatcher(gaz());
    expect(ids(m, 'An spoke.')).toEqual([]);
    m.match('Tran Thi An arrived.');
    m.match('Le Van An arrived.');
    expect(ids(m, 'An spoke.')).toEqual([['An', 'le-van-an']]);
    m.match('Tran Thi An replied.');
    expect(ids(m, 'An spoke, then An left.')).toEqual([
      ['An', 'tran-thi-an'],
      ['An', 'tran-thi-an'],
    ]);
    // A short name is case-sensitive and a whole word.
    expect(ids(m, 'an answer from Anh')).toEqual([]);
  });

  it('a form ending in a full stop needs no boundary after it', () => {
    expect(ids(createReportMatcher(gaz()), 'U.S.D.-backed and U.S.D.x')).toEqual([
      ['U.S.D.', 'us-dot'],
      ['U.S.D.', 'us-dot'],
    ]);
    expect(ids(createReportMatcher(gaz()), 'xU.S.D. and U.S. Dots')).toEqual([]);
  });

  it('a Chinese name needs no word boundary; of two overlapping names of one length the earlier wins', () => {
    expect(ids(createReportMatcher(gaz()), '外长王毅说')).toEqual([['王毅', 'wang']]);
    const g = compileGazetteer([
      make({ id: 'van-an', name: 'Van An' }),
      make({ id: 'an-tra', name: 'An Tra' }),
    ]);
    expect(ids(createReportMatcher(g), 'Van An Tra')).toEqual([['Van An', 'van-an']]);
  });

  it('reports offsets of the original text, whitespace runs included', () => {
    expect(createReportMatcher(gaz()).match('Mr Le Van \n An arrived')).toEqual([
      { actorId: 'le-van-an', start: 3, end: 14, text: 'Le Van \n An' },
    ]);
  });
});

describe('gazetteerProblems names the field of each clash', () => {
  const at = (a: { id: string }) => `content/actors/${a.id}.yaml`;
  const messages = (list: Actor[]) => gazetteerProblems(list, at).map((e) => e.message);

  it('a name, a Vietnamese name, a Chinese name and a demonym claimed twice', () => {
    expect(
      messages([
        actor({
          id: 'a',
          name: 'Viet Nam',
          native: { vi: 'Việt Nam', zh: '越南' },
          demonyms: ['Vietic'],
        }),
        actor({
          id: 'b',
          name: 'VIET NAM',
          native: { vi: 'Viet  Nam', zh: '越南' },
          demonyms: ['Other', 'Vietic'],
        }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/actors/b.yaml: actor "b", field "name": "VIET NAM" is also claimed by actor "a" (content/actors/a.yaml, name); expected each name to belong to one actor",
        "content/actors/b.yaml: actor "b", field "native.vi": "Viet  Nam" is also claimed by actor "a" (content/actors/a.yaml, name); expected each name to belong to one actor",
        "content/actors/b.yaml: actor "b", field "native.zh": "越南" is also claimed by actor "a" (content/actors/a.yaml, native.zh); expected each name to belong to one actor",
        "content/actors/b.yaml: actor "b", field "demonyms[1]": "Vietic" is also claimed by actor "a" (content/actors/a.yaml, demonyms[0]); expected each name to belong to one actor",
      ]
    `);
  });

  it('a demonym may be spelled like a name or acronym of another actor; the same actor may repeat a form', () => {
    expect(
      messages([
        actor({ id: 'a', name: 'Sino', acronyms: ['Sino'] }),
        actor({ id: 'b', demonyms: ['Sino'] }),
        actor({ id: 'c', aliases: ['Same', 'same'], metonyms: ['Same'] }),
      ]),
    ).toEqual([]);
  });

  it('a metonym clashes with a name in another letter case; an acronym by its own field; demonyms keep their case', () => {
    expect(
      messages([
        actor({ id: 'a', metonyms: ['Hanoi'], acronyms: ['SRV'], demonyms: ['Sino'] }),
        actor({ id: 'b', aliases: ['HANOI'], acronyms: ['SRV'], demonyms: ['SINO'] }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/actors/b.yaml: actor "b", field "aliases[0]": "HANOI" is also claimed by actor "a" (content/actors/a.yaml, metonyms[0]); expected each name to belong to one actor",
        "content/actors/b.yaml: actor "b", field "acronyms[0]": "SRV" is also claimed by actor "a" (content/actors/a.yaml, acronyms[0]); expected each name to belong to one actor",
      ]
    `);
  });

  it('an actor affiliated with itself', () => {
    expect(messages([actor({ id: 'a', affiliation: 'a' })])).toMatchInlineSnapshot(`
      [
        "content/actors/a.yaml: actor "a", field "affiliation": an actor cannot be affiliated with itself",
      ]
    `);
  });

  it('a role may end in the year it starts; roles without both ends are not compared', () => {
    expect(
      messages([
        actor({
          id: 'a',
          kind: 'person',
          roles: [
            { title: 'Minister', from: '2016', to: '2016' },
            { title: 'Envoy', to: '2001' },
            { title: 'Envoy', from: '2001' },
          ],
        }),
      ]),
    ).toEqual([]);
  });

  it('validateGazetteer is quiet on a sound gazetteer and lists every problem at once', () => {
    expect(() => validateGazetteer([actor({ id: 'a' })], at)).not.toThrow();
    expect(() => validateGazetteer([actor({ id: 'a', affiliation: 'a' }), actor({ id: 'a' })], at))
      .toThrowErrorMatchingInlineSnapshot(`
        [ContentErrors: 2 content errors:
          - content/actors/a.yaml: actor "a", field "id": duplicate actor id "a" (also defined earlier in content/actors/a.yaml); expected each id once
          - content/actors/a.yaml: actor "a", field "affiliation": an actor cannot be affiliated with itself]
      `);
  });
});

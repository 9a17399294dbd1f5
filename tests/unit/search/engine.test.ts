import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { buildSearchIndex, indexFileMap } from '../../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';

interface Labelled {
  q: string;
  first?: string;
  expect: string[];
}
const { queries } = JSON.parse(
  readFileSync('tests/fixtures/search/labelled-queries.json', 'utf8'),
) as { queries: Labelled[] };

let files: Map<string, string>;
const loaded: string[] = [];
let engine: SearchEngine;

beforeAll(async () => {
  const c = buildCorpus(await readContent(process.cwd()));
  files = indexFileMap(
    buildSearchIndex({
      reports: c.reports.map((r) => r.report),
      claims: c.claims,
      actors: c.actors,
      events: c.events,
    }),
  );
  engine = new SearchEngine(async (name) => {
    loaded.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(text);
  });
});

describe('search engine on the real corpus', () => {
  it('has at least 30 labelled queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });
  it('loads only what a query needs', async () => {
    await engine.search('Haiyang Shyou');
    const shards = loaded.filter((n) => n.startsWith('shard-'));
    expect(loaded[0]).toBe('meta');
    expect(loaded).not.toContain('facets');
    expect(shards.length).toBeLessThan(
      [...files.keys()].filter((n) => n.startsWith('shard-')).length / 4,
    );
  });
  for (const q of queries)
    it(`finds ${q.expect.join(', ')} for ${JSON.stringify(q.q)}`, async () => {
      const ranked = (await engine.search(q.q)).ranked.map((r) => r.id);
      if (q.first) expect(ranked[0]).toBe(q.first);
      for (const id of q.expect) expect(ranked.slice(0, 10)).toContain(id);
    });
  it('filters by report, kind and year, with live counts', async () => {
    const all = await engine.search('Vietnam');
    await engine.loadFacets();
    const hayton = await engine.search('Vietnam', { report: 'hayton-2015', kind: 'assessment' });
    const claims = hayton.groups.find((g) => g.type === 'claim');
    expect(claims && claims.count).toBeGreaterThan(0);
    expect(claims && claims.count).toBeLessThan(
      all.groups.find((g) => g.type === 'claim')?.count ?? 0,
    );
    for (const h of claims?.hits ?? []) expect(h.id.startsWith('hayton-2015-')).toBe(true);
    const kinds = hayton.facets?.kind.find((k) => k.value === 'assessment');
    expect(kinds?.count).toBe(claims?.count);
    const y = await engine.search('oil rig', { from: 2014, to: 2014 });
    expect(
      y.groups.find((g) => g.type === 'event')?.hits.every((h) => h.sub.includes('2014')),
    ).toBe(true);
  });
  it('ignores unknown filter values and says so', async () => {
    const res = await engine.search('Vietnam', { report: 'no-such-report' });
    expect(res.ignoredFilters).toEqual(['report']);
    expect(res.total).toBeGreaterThan(0);
  });
  it('suggests a spelling and fewer words when nothing matches', async () => {
    const none = await engine.search('xyzzyq');
    expect(none.total).toBe(0);
    const typo = await engine.search('Vietnamm Chinaa relatons');
    expect(typo.total).toBeGreaterThan(0);
    const empty = await engine.search('Paracelsus zzzzqq');
    expect(empty.partial || empty.total === 0).toBe(true);
    expect(empty.suggestions.length).toBeGreaterThan(0);
    // A spelling suggestion is a near spelling, not any frequent word a few letters away.
    const spelt = (await engine.search('Vietnamm relatoins qqqzzz')).suggestions.map(
      (x) => x.label,
    );
    expect(spelt).toContain('Did you mean “vietnam relations qqqzzz”?');
    const junk = (await engine.search('<script>alert(1)</script>')).suggestions.map((x) => x.label);
    expect(junk.filter((l) => l.startsWith('Did you mean'))).toEqual([]);
  });
  it('treats markup as text and survives hostile input', async () => {
    const res = await engine.search('<img src=x onerror=alert(1)>');
    for (const g of res.groups) for (const h of g.hits) expect(typeof h.text).toBe('string');
    await expect(engine.search('x'.repeat(10_000))).resolves.toBeDefined();
    await expect(engine.search('"unbalanced " quote " ^$|!=\'')).resolves.toBeDefined();
  });
  it('gives highlight ranges inside the shown text', async () => {
    const res = await engine.search('Trương Tấn Sang');
    for (const g of res.groups)
      for (const h of g.hits)
        for (const [s, e] of h.ranges) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThan(h.text.length);
          expect(s).toBeLessThanOrEqual(e);
        }
    const actor = res.groups.find((g) => g.type === 'actor')?.hits[0];
    expect(actor?.ranges.map(([s, e]) => actor.text.slice(s, e + 1))).toEqual([
      'Trương',
      'Tấn',
      'Sang',
    ]);
  });
  it('highlights a typo’s match, but not near spellings of a word found as typed', async () => {
    const marked = (h: { text: string; ranges: Array<[number, number]> }) =>
      h.ranges.map(([s, e]) => h.text.slice(s, e + 1));
    const sang = await engine.search('Truong Tan Sang');
    const zhang = sang.groups
      .find((g) => g.type === 'claim')
      ?.hits.find((h) => h.id === 'gitter-kania-2017-81ae4065');
    expect(zhang && marked(zhang)).toEqual(['Truong', 'Tan', 'Sang', 'Tan']);
    const rig = await engine.search('Haiyang Shyou');
    const top = rig.groups.flatMap((g) => g.hits).find((h) => h.text.includes('Shiyou'));
    expect(top && marked(top)).toContain('Shiyou');
  });
  it('finds and highlights the word of a typo with letters swapped or the first letter missing', async () => {
    const marked = (h: { text: string; ranges: Array<[number, number]> }) =>
      h.ranges.map(([s, e]) => h.text.slice(s, e + 1));
    const hanio = (await engine.search('Hanio')).groups.flatMap((g) => g.hits);
    expect(hanio[0]?.id).toBe('vietnam');
    expect(hanio[0] && marked(hanio[0])).toEqual(['Hanoi']);
    const rump = (await engine.search('rump')).groups.flatMap((g) => g.hits);
    expect(rump[0]?.id).toBe('donald-trump');
    expect(rump[0] && marked(rump[0])).toEqual(['Trump']);
  });
  it('finds and highlights other forms of a word, but not its derivations', async () => {
    const marked = (h: { text: string; ranges: Array<[number, number]> }) =>
      h.ranges.map(([s, e]) => h.text.slice(s, e + 1));
    const res = await engine.search('Zhang Gaoli visited Vietnam');
    const event = res.groups.find((g) => g.type === 'event')?.hits[0];
    expect(event?.id).toBe('2015-zhang-gaoli-visits-vietnam');
    expect(event && marked(event)).toEqual(['Zhang', 'Gaoli', 'visits', 'Vietnam']);
    // "international" does not also find "internal" (Porter gives both the stem "intern").
    const intl = await engine.search('international');
    const texts = intl.groups
      .flatMap((g) => g.hits)
      .flatMap((h) => marked(h).map((m) => m.toLowerCase()));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t !== 'international' && !t.startsWith('international'))).toEqual(
      [],
    );
  });
  it('finds a state by its demonym and marks the name it found', async () => {
    const marked = (h: { text: string; ranges: Array<[number, number]> }) =>
      h.ranges.map(([s, e]) => h.text.slice(s, e + 1));
    const res = await engine.search('anti-Chinese protests');
    const events = res.groups.find((g) => g.type === 'event')?.hits ?? [];
    const hanoi = events.find((h) => h.id === '2011-anti-china-protests');
    expect(hanoi && marked(hanoi)).toEqual(['Anti-China', 'protests']);
    // Not through an acronym: "us" (the pronoun) does not find "American".
    const us = await engine.search('us');
    expect(
      us.groups.flatMap((g) => g.hits).some((h) => marked(h).some((m) => /^americans?$/i.test(m))),
    ).toBe(false);
  });
  it('finds a quoted phrase exactly: results and counts', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    // Counted independently of the engine, on the claims' own text.
    const withPhrase = c.claims.filter((cl) => /party-to-party/i.test(cl.text)).length;
    const res = await engine.search('"party-to-party"');
    const claims = res.groups.find((g) => g.type === 'claim');
    expect(res.atMost).toBeUndefined();
    expect(claims?.count).toBe(withPhrase);
    for (const h of claims?.hits ?? []) expect(h.text).toMatch(/party-to-party/i);
    // The words alone find many more.
    const words = await engine.search('party to party');
    expect(words.groups.find((g) => g.type === 'claim')?.count).toBeGreaterThan(withPhrase * 2);
  });
  it('checks a phrase in the ranked results only when its candidates are spread over many shards, and says "up to"', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    const tiny = indexFileMap(
      buildSearchIndex(
        {
          reports: c.reports.map((r) => r.report),
          claims: c.claims,
          actors: c.actors,
          events: c.events,
        },
        { shardBytes: 1500 },
      ),
    );
    const spread = new SearchEngine(async (name) => JSON.parse(tiny.get(name) ?? 'null'));
    const exact = c.claims.filter((cl) => /South China Sea/i.test(cl.text)).length;
    const res = await spread.search('"South China Sea"');
    const claims = res.groups.find((g) => g.type === 'claim');
    expect(res.atMost).toBe(true);
    // An upper bound: the candidates less the ranked ones found without the phrase.
    expect(claims?.count).toBeGreaterThanOrEqual(exact);
    for (const h of claims?.hits ?? []) expect(h.text).toMatch(/South China Sea/i);
  });
  it('builds the same index twice', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    const again = indexFileMap(
      buildSearchIndex({
        reports: c.reports.map((r) => r.report),
        claims: c.claims,
        actors: c.actors,
        events: c.events,
      }),
    );
    expect(again.get('meta')).toBe(files.get('meta'));
  });
});

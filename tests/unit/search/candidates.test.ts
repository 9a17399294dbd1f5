import { beforeAll, describe, expect, it } from 'vitest';
import {
  combineCandidates,
  expandTerm,
  idf,
  lowerBound,
  maxEdits,
  mayBeOneEdit,
} from '../../../src/lib/search/candidates.ts';
import type { SearchMeta } from '../../../src/lib/search/index-format.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

const vocab = [
  '981',
  'china',
  'chinese',
  'hd981',
  'hs981',
  'shiyou',
  'trong',
  'truong',
  'vietnam',
  'vietnamese',
  '中',
  '共',
];
const df = vocab.map(() => 1);
const words = (list: ReturnType<typeof expandTerm>) => list.map((e) => [vocab[e.vi], e.quality]);

describe('vocabulary expansion', () => {
  it('binary-searches the sorted vocabulary', () => {
    expect(lowerBound(vocab, 'china')).toBe(1);
    expect(lowerBound(vocab, 'chio')).toBe(3);
    expect(lowerBound(vocab, 'zzz')).toBe(vocab.indexOf('中'));
  });
  it('matches exactly, by prefix, and within a small edit distance', () => {
    expect(words(expandTerm('china', vocab, df, { prefix: true, fuzzy: true }))).toEqual([
      ['china', 1],
    ]);
    expect(words(expandTerm('viet', vocab, df, { prefix: true, fuzzy: true }))).toEqual([
      ['vietnam', 0.75],
      ['vietnamese', 0.75],
    ]);
    expect(words(expandTerm('shyou', vocab, df, { prefix: false, fuzzy: true }))).toEqual([
      ['shiyou', 0.55],
    ]);
    expect(words(expandTerm('trog', vocab, df, { prefix: false, fuzzy: true }))).toEqual([
      ['trong', 0.55],
    ]);
    expect(words(expandTerm('hd98', vocab, df, { prefix: false, fuzzy: true }))).toEqual([
      ['hd981', 0.55],
    ]);
  });
  it('looks for near spellings only when the word is not in the corpus as typed or in another form', () => {
    // "trong" is there: "truong", one edit away, is a different name.
    expect(words(expandTerm('trong', vocab, df, { prefix: false, fuzzy: true }))).toEqual([
      ['trong', 1],
    ]);
    expect(words(expandTerm('hs981', vocab, df, { prefix: false, fuzzy: true }))).toEqual([
      ['hs981', 1],
    ]);
    // A form found counts as found: no near spellings of "chinas" beside "china".
    const forms = (t: string) => (t === 'chinas' ? [vocab.indexOf('china')] : []);
    expect(words(expandTerm('chinas', vocab, df, { prefix: false, fuzzy: true, forms }))).toEqual([
      ['china', 0.9],
    ]);
  });
  it('allows no edits for short terms, Chinese or phrases', () => {
    expect(maxEdits('us')).toBe(0);
    expect(maxEdits('trog')).toBe(1);
    expect(maxEdits('vietnamese')).toBe(2);
    expect(maxEdits('中')).toBe(0);
    expect(expandTerm('trog', vocab, df, { prefix: false, fuzzy: false })).toEqual([]);
    expect(words(expandTerm('中', vocab, df, { prefix: true, fuzzy: true }))).toEqual([['中', 1]]);
  });
  it('counts two adjacent letters swapped as one edit', () => {
    const v = ['dempsey', 'hanoi', 'hanks', 'paracel'];
    const one = v.map(() => 1);
    const found = (t: string) =>
      expandTerm(t, v, one, { prefix: false, fuzzy: true }).map((e) => [v[e.vi], e.quality]);
    expect(found('demspey')).toEqual([['dempsey', 0.55]]);
    expect(found('hanio')).toEqual([['hanoi', 0.55]]);
    expect(found('paracle')).toEqual([['paracel', 0.55]]);
  });
  it('finds a word whose first letter is mistyped, missing, doubled or swapped', () => {
    const v = ['china', 'trump', 'vietnam'];
    const one = v.map(() => 1);
    const found = (t: string) =>
      expandTerm(t, v, one, { prefix: false, fuzzy: true }).map((e) => v[e.vi]);
    expect(found('ietnam')).toEqual(['vietnam']);
    expect(found('rump')).toEqual(['trump']);
    expect(found('hina')).toEqual(['china']);
    expect(found('xhina')).toEqual(['china']);
    expect(found('cchina')).toEqual(['china']);
    expect(found('hcina')).toEqual(['china']);
    expect(found('ivetnam')).toEqual(['vietnam']);
  });
  it('caps prefix expansions, keeping the most frequent', () => {
    const v = ['a', 'ab1', 'ab2', 'ab3', 'ab4'];
    const out = expandTerm('ab', v, [1, 1, 9, 5, 1], { prefix: true, fuzzy: false, maxPrefix: 2 });
    expect(out.map((e) => v[e.vi])).toEqual(['ab2', 'ab3']);
  });
});

describe('candidate combination', () => {
  const postings: Record<number, number[]> = { 0: [1, 2, 3], 1: [2, 5], 2: [7] };
  const get = (vi: number) => postings[vi] ?? [];
  it('keeps records matching every term, scored by quality × idf', () => {
    const set = combineCandidates(
      [[{ vi: 0, quality: 1, idf: 1 }], [{ vi: 1, quality: 0.5, idf: 2 }]],
      get,
      10,
    );
    expect([...set.docs]).toEqual([2]);
    expect([...set.scores]).toEqual([2]);
    expect(set.partial).toBe(false);
  });
  it('counts a record once per term even when several expansions match it', () => {
    const set = combineCandidates(
      [
        [
          { vi: 0, quality: 1, idf: 1 },
          { vi: 1, quality: 0.5, idf: 1 },
        ],
      ],
      get,
      10,
    );
    expect([...set.docs]).toEqual([1, 2, 3, 5]);
    expect(set.scores[1]).toBe(1);
  });
  it('falls back to the records matching the most terms, flagged partial', () => {
    const set = combineCandidates(
      [
        [{ vi: 0, quality: 1, idf: 1 }],
        [{ vi: 2, quality: 1, idf: 1 }],
        [{ vi: 1, quality: 1, idf: 1 }],
      ],
      get,
      10,
    );
    expect([...set.docs]).toEqual([2]);
    expect(set.partial).toBe(true);
  });
  it('is empty when nothing matches', () => {
    expect(combineCandidates([[]], get, 10).docs.length).toBe(0);
  });
});

describe('mayBeOneEdit (the cheap test before an edit distance)', () => {
  it('lets through one edit of each kind at the first letter', () => {
    expect(mayBeOneEdit('xhina', 'china')).toBe(true); // substituted
    expect(mayBeOneEdit('hina', 'china')).toBe(true); // missing
    expect(mayBeOneEdit('cchina', 'china')).toBe(true); // extra
    expect(mayBeOneEdit('xchina', 'china')).toBe(true); // extra, another letter
    expect(mayBeOneEdit('hcina', 'china')).toBe(true); // swapped with the second
    expect(mayBeOneEdit('chnia', 'china')).toBe(true); // later: first letters equal
  });
  it('rejects words whose first two letters share nothing in place', () => {
    expect(mayBeOneEdit('trump', 'china')).toBe(false);
    expect(mayBeOneEdit('xyina', 'china')).toBe(false);
  });
});

// Builds the search index of the whole corpus: mutation runs skip it (see helpers/mutation.ts), and
// the corpus's slow-loading modules are imported only here.
describe.skipIf(underMutationTesting)('typos of real corpus words, by kind and position', () => {
  let meta: SearchMeta;
  beforeAll(async () => {
    const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
    const { readContent } = await import('../../../src/lib/loader/read-content.ts');
    const { buildSearchIndex, indexFileMap } =
      await import('../../../src/lib/search/build-index.ts');
    const c = buildCorpus(await readContent(process.cwd()));
    const files = indexFileMap(
      buildSearchIndex({
        reports: c.reports.map((r) => r.report),
        claims: c.claims,
        actors: c.actors,
        events: c.events,
      }),
    );
    meta = JSON.parse(files.get('meta') as string) as SearchMeta;
  });

  /** Every single slip of each kind at each position: [kind, position, typo]. */
  function slips(word: string): Array<[string, number, string]> {
    const out: Array<[string, number, string]> = [];
    for (let i = 0; i < word.length; i++) {
      const other = word[i] === 'q' ? 'z' : 'q';
      out.push(['substituted', i, word.slice(0, i) + other + word.slice(i + 1)]);
      out.push(['missing', i, word.slice(0, i) + word.slice(i + 1)]);
      out.push(['extra', i, word.slice(0, i) + other + word.slice(i)]);
      if (i + 1 < word.length && word[i] !== word[i + 1])
        out.push(['swapped', i, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)]);
    }
    return out;
  }

  it('finds the word from any one slip, the first letter included', () => {
    const words = ['vietnam', 'trump', 'china', 'hanoi', 'dempsey', 'paracel', 'spratly'];
    const missed: string[] = [];
    for (const word of words) {
      expect(meta.vocab).toContain(word);
      for (const [kind, at, typo] of slips(word)) {
        // A slip that makes another word of the corpus, or one too short for edits, is not a typo here.
        if (meta.vocab[lowerBound(meta.vocab, typo)] === typo || maxEdits(typo) === 0) continue;
        const found = expandTerm(typo, meta.vocab, meta.df, { prefix: false, fuzzy: true });
        if (!found.some((e) => meta.vocab[e.vi] === word)) missed.push(`${kind}@${at} ${typo}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('candidates: what each match is worth', () => {
  const v = ['vietnam', 'vietnamese', 'vietnamization', 'viet', 'zzz'].sort();
  const ones = v.map(() => 1);
  const got = (list: ReturnType<typeof expandTerm>) => list.map((e) => [v[e.vi], e.quality]);

  it('exact 1, another form 0.9, prefix 0.75, one edit 0.55, two edits 0.4', () => {
    expect(got(expandTerm('viet', v, ones, { prefix: true, fuzzy: true }))).toEqual([
      ['viet', 1],
      ['vietnam', 0.75],
      ['vietnamese', 0.75],
      ['vietnamization', 0.75],
    ]);
    const forms = (t: string) => (t === 'vietnams' ? [v.indexOf('vietnam')] : []);
    expect(got(expandTerm('vietnams', v, ones, { prefix: false, fuzzy: true, forms }))).toEqual([
      ['vietnam', 0.9],
    ]);
    expect(got(expandTerm('vietnamesx', v, ones, { prefix: false, fuzzy: true }))).toEqual([
      ['vietnamese', 0.55],
    ]);
    expect(got(expandTerm('vietnamexx', v, ones, { prefix: false, fuzzy: true }))).toEqual([
      ['vietnamese', 0.4],
    ]);
  });

  it("a word found as typed, as another form or as a prefix keeps that worth, not a typo's", () => {
    // "vietna" is a prefix of "vietnam" and also one edit from it.
    expect(got(expandTerm('vietna', v, ones, { prefix: true, fuzzy: true }))).toEqual([
      ['vietnam', 0.75],
      ['vietnamese', 0.75],
      ['vietnamization', 0.75],
    ]);
    const voc = ['visit', 'visits'];
    const forms = (t: string) => (t === 'visit' ? [1] : []);
    expect(
      expandTerm('visit', voc, [1, 1], { prefix: true, fuzzy: true, forms }).map((e) => e.quality),
    ).toEqual([1, 0.9]);
  });

  it('the word itself takes no place among the capped prefix expansions', () => {
    const voc = ['ab', 'ab1', 'ab2', 'ab3'];
    const out = expandTerm('ab', voc, [100, 1, 9, 5], { prefix: true, fuzzy: false, maxPrefix: 2 });
    expect(out.map((e) => [voc[e.vi], e.quality])).toEqual([
      ['ab', 1],
      ['ab2', 0.75],
      ['ab3', 0.75],
    ]);
  });

  it('a slip at the second letter is found; a long Chinese word allows no edits', () => {
    expect(mayBeOneEdit('cxina', 'china')).toBe(true);
    expect(got(expandTerm('vxetnam', v, ones, { prefix: false, fuzzy: true }))).toEqual([
      ['vietnam', 0.55],
    ]);
    expect(maxEdits('中华人民共和国')).toBe(0);
  });

  it('lists the matches in vocabulary order, whatever kind each is', () => {
    const voc = ['apple', 'visit', 'visited', 'visits'];
    const forms = (t: string) => (t === 'visited' ? [1, 3] : []);
    expect(
      expandTerm('visited', voc, [1, 1, 1, 1], { prefix: true, fuzzy: true, forms }).map((e) => [
        voc[e.vi],
        e.quality,
      ]),
    ).toEqual([
      ['visit', 0.9],
      ['visited', 1],
      ['visits', 0.9],
    ]);
  });

  it('two edits at the front of a long word are still found', () => {
    expect(got(expandTerm('xxetnamese', v, ones, { prefix: false, fuzzy: true }))).toEqual([
      ['vietnamese', 0.4],
    ]);
  });

  it('allows one edit from 4 to 7 characters and two from 8', () => {
    expect(['abc', 'abcd', 'abcdefg', 'abcdefgh'].map(maxEdits)).toEqual([0, 1, 1, 2]);
    // Three edits are too many even for a long word; so is a length two apart with one edit allowed.
    expect(expandTerm('vietnaxxx', v, ones, { prefix: false, fuzzy: true })).toEqual([]);
    expect(
      expandTerm('vietnxm', v, ones, { prefix: false, fuzzy: true }).map((e) => v[e.vi]),
    ).toEqual(['vietnam']);
    expect(got(expandTerm('vietn', v, ones, { prefix: false, fuzzy: true }))).toEqual([
      ['viet', 0.55],
    ]);
  });

  it('a prefix needs two characters, and a prefix the corpus has as a word stays exact', () => {
    expect(expandTerm('v', v, ones, { prefix: true, fuzzy: true })).toEqual([]);
    expect(got(expandTerm('vietnam', v, ones, { prefix: true, fuzzy: false }))).toEqual([
      ['vietnam', 1],
      ['vietnamese', 0.75],
      ['vietnamization', 0.75],
    ]);
  });

  it('keeps every prefix expansion up to 64, the most frequent beyond', () => {
    const many = Array.from({ length: 70 }, (_, i) => `ab${String(i).padStart(2, '0')}`);
    const df = many.map((_, i) => (i === 69 ? 100 : 1));
    const all = expandTerm('ab', many, df, { prefix: true, fuzzy: false });
    expect(all).toHaveLength(64);
    expect(all.map((e) => many[e.vi])).toContain('ab69');
    const few = many.slice(0, 64);
    expect(
      expandTerm('ab', few, df.slice(0, 64), { prefix: true, fuzzy: false }).map((e) => e.vi),
    ).toEqual(few.map((_, i) => i));
  });

  it('finds the first term not below the query, at both ends of the vocabulary', () => {
    expect(lowerBound([], 'a')).toBe(0);
    expect(lowerBound(v, 'a')).toBe(0);
    expect(lowerBound(v, 'viet')).toBe(0);
    expect(lowerBound(v, 'vietnam')).toBe(1);
    expect(lowerBound(v, 'zzzz')).toBe(v.length);
  });
});

describe('candidates: rare words weigh more than common ones', () => {
  it('idf falls as a term gets commoner, and treats an unseen term like one seen once', () => {
    expect(idf(1, 1000)).toBeCloseTo(Math.log(1001), 12);
    expect(idf(0, 1000)).toBe(idf(1, 1000));
    expect(idf(1000, 1000)).toBeCloseTo(Math.log(2), 12);
    expect(idf(10, 1000)).toBeGreaterThan(idf(100, 1000));
  });

  it('ranks a record with the rare word above one with the common word, whichever is typed first', () => {
    // Record 0 holds the rare word (in 1 of 100 records), record 1 the common one (in 50).
    const postings: Record<number, number[]> = { 0: [0], 1: [1] };
    const get = (vi: number) => postings[vi] ?? [];
    const rare = { vi: 0, quality: 1, idf: idf(1, 100) };
    const common = { vi: 1, quality: 1, idf: idf(50, 100) };
    for (const terms of [
      [[rare], [common]],
      [[common], [rare]],
    ]) {
      const set = combineCandidates(terms, get, 100);
      expect([...set.docs]).toEqual([0, 1]);
      expect(set.partial).toBe(true);
      expect(set.scores[0]).toBeCloseTo(idf(1, 100), 12);
      expect(set.scores[1]).toBeCloseTo(idf(50, 100), 12);
      expect(set.scores[0]).toBeGreaterThan(set.scores[1] ?? Infinity);
    }
  });

  it('adds up the terms a record matches, each at its best expansion', () => {
    const postings: Record<number, number[]> = { 0: [4], 1: [4, 6], 2: [6] };
    const get = (vi: number) => postings[vi] ?? [];
    const set = combineCandidates(
      [
        [
          { vi: 0, quality: 1, idf: 3 },
          { vi: 1, quality: 0.55, idf: 3 },
        ],
        [{ vi: 2, quality: 0.75, idf: 2 }],
      ],
      get,
      8,
    );
    // Record 6 matches both terms (0.55 × 3 + 0.75 × 2); record 4 only the first.
    expect([...set.docs]).toEqual([6]);
    expect(set.scores[0]).toBeCloseTo(0.55 * 3 + 0.75 * 2, 12);
    expect(set.partial).toBe(false);
  });

  it('starts each query afresh, whatever the query before it matched', () => {
    const get = (vi: number) => (vi === 0 ? [1, 3] : [2]);
    const first = combineCandidates([[{ vi: 0, quality: 1, idf: 2 }]], get, 5);
    expect([...first.docs]).toEqual([1, 3]);
    const second = combineCandidates([[{ vi: 1, quality: 0.5, idf: 2 }]], get, 5);
    expect([...second.docs]).toEqual([2]);
    expect([...second.scores]).toEqual([1]);
    // More records than any query before: record 999 is beyond their work arrays.
    const wider = (vi: number) => (vi === 0 ? [1, 3] : [999]);
    const bigger = combineCandidates([[{ vi: 1, quality: 1, idf: 1 }]], wider, 1000);
    expect([...bigger.docs]).toEqual([999]);
    expect([...bigger.scores]).toEqual([1]);
    // One term matching nothing is an empty answer, not a partial one.
    const none = combineCandidates([[]], get, 7);
    expect(none.partial).toBe(false);
    expect([...none.scores]).toEqual([]);
    // Nor are two terms matching nothing: no record matches "the most terms".
    const neither = combineCandidates([[], []], get, 7);
    expect([...neither.docs]).toEqual([]);
    expect(neither.partial).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { buildSearchIndex, indexFileMap } from '../../../src/lib/search/build-index.ts';
import {
  combineCandidates,
  expandTerm,
  lowerBound,
  maxEdits,
  mayBeOneEdit,
} from '../../../src/lib/search/candidates.ts';
import type { SearchMeta } from '../../../src/lib/search/index-format.ts';

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

describe('typos of real corpus words, by kind and position', () => {
  let meta: SearchMeta;
  beforeAll(async () => {
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

import { describe, expect, it } from 'vitest';
import {
  combineCandidates,
  expandTerm,
  lowerBound,
  maxEdits,
} from '../../../src/lib/search/candidates.ts';

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

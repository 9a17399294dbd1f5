import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { tokenSpans } from '../../../src/lib/search/normalize.ts';
import { InflectionIndex, sameWord } from '../../../src/lib/search/inflection.ts';
import { synonymGroups, synonymIndex } from '../../../src/lib/search/synonyms.ts';

describe('sameWord (inflections of one word, not derivations)', () => {
  it.each([
    ['visited', 'visits'],
    ['visit', 'visiting'],
    ['agency', 'agencies'],
    ['carry', 'carried'],
    ['cooperate', 'cooperating'],
    ['commit', 'committed'],
    ['argue', 'argued'],
    ['dispute', 'disputes'],
    ['island', 'islands'],
  ])('%s and %s are one word', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
    expect(sameWord(b, a)).toBe(true);
  });
  it.each([
    ['international', 'internal'],
    ['community', 'communism'],
    ['general', 'generation'],
    ['cooperation', 'cooperate'],
    ['commitment', 'committed'],
    ['harris', 'harry'],
    ['bai', 'bay'],
    ['need', 'ne'],
  ])('%s and %s are not', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
  });
  it('leaves Chinese, numbers, acronyms and short words to exact matching', () => {
    expect(sameWord('us', 'uss')).toBe(false);
    expect(sameWord('981', '981s')).toBe(false);
    expect(sameWord('中', '中s')).toBe(false);
  });
});

describe('InflectionIndex over the real vocabulary', () => {
  it('finds the other forms of a word, and only words of the corpus', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    const vocab = [
      ...new Set(c.claims.flatMap((cl) => tokenSpans(cl.text).map((t) => t.token))),
    ].sort();
    const index = new InflectionIndex(vocab);
    const forms = (w: string) =>
      index
        .forms(w)
        .map((i) => vocab[i] ?? '')
        .sort();
    // "visited" is absent from some reports' wording; its forms are found all the same.
    expect(forms('visited')).toEqual(expect.arrayContaining(['visit', 'visits']));
    expect(forms('visited')).not.toContain('visited');
    expect(forms('international')).toEqual([]);
    expect(forms('islands')).toContain('island');
    for (const w of forms('agency')) expect(sameWord('agency', w)).toBe(true);
  });
});

describe('synonym groups from the gazetteer (a state and its demonyms)', () => {
  it('groups one-word names and demonyms of states, and nothing else', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    const vocab = new Set(c.claims.flatMap((cl) => tokenSpans(cl.text).map((t) => t.token)));
    const groups = synonymGroups(c.actors, vocab);
    expect(groups).toContainEqual(['china', 'chinese', 'sino']);
    expect(groups).toContainEqual(['america', 'american']);
    expect(groups).toContainEqual(['vietnam', 'vietnamese']);
    const words = groups.flat();
    // Acronyms and metonyms stay out: "us" is also a pronoun, "beijing" also a city.
    for (const w of ['us', 'prc', 'beijing', 'hanoi', 'washington', 'united', 'states'])
      expect(words).not.toContain(w);
    expect(new Set(words).size).toBe(words.length);
  });
  it('maps each word to the vocabulary indexes of the others in its group', () => {
    const vocab = ['china', 'chinese', 'rig', 'sino'];
    const index = synonymIndex(vocab, [
      ['china', 'chinese', 'sino'],
      ['absent', 'rig'],
    ]);
    expect(index.get('chinese')).toEqual([0, 3]);
    expect(index.get('rig')).toEqual([]);
    expect(index.get('oil')).toBeUndefined();
  });
});

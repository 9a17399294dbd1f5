import { beforeAll, describe, expect, it } from 'vitest';
import { IndexStore } from '../../../../src/lib/search/engine/index-store.ts';
import { suggest } from '../../../../src/lib/search/engine/suggestions.ts';
import type { SearchMeta } from '../../../../src/lib/search/index-format.ts';
import { parseQuery } from '../../../../src/lib/search/normalize.ts';
import { fileLoader, realIndexFiles } from '../../../helpers/search-index.ts';

let store: IndexStore;
let meta: SearchMeta;
beforeAll(async () => {
  store = new IndexStore(fileLoader(await realIndexFiles()));
  meta = await store.init();
});
const labels = (q: string, filtering = false, total = 0) =>
  suggest(meta, store.forms, parseQuery(q), filtering, total).map((s) => s.label);

describe('suggestions on the real corpus', () => {
  it('spells a word the corpus does not have as the most frequent word a typo away', () => {
    expect(labels('Vietnamm relatoins qqqzzz')).toContain(
      'Did you mean “vietnam relations qqqzzz”?',
    );
  });
  it('counts letters swapped as one slip, and mends a first letter', () => {
    expect(labels('Demspey qqqzzz')).toContain('Did you mean “dempsey qqqzzz”?');
    expect(labels('Hanio qqqzzz')).toContain('Did you mean “hanoi qqqzzz”?');
    expect(labels('Paracle qqqzzz')).toContain('Did you mean “paracel qqqzzz”?');
    expect(labels('ietnam qqqzzz')).toContain('Did you mean “vietnam qqqzzz”?');
  });
  it('does not offer a far word as a spelling', () => {
    expect(labels('script qqqzzz').filter((l) => l.startsWith('Did you mean'))).toEqual([]);
  });
  it('offers the search without filters first, without quotes, and without unknown words', () => {
    expect(labels('"oil rig" qqqzzz', true, 0)).toEqual([
      'Search without the filters',
      'Search the words without quotes',
    ]);
    expect(labels('oil rig qqqzzz')).toEqual(['Search for “oil rig”']);
    // With results, the filters stay.
    expect(labels('"oil rig" qqqzzz', true, 3)).not.toContain('Search without the filters');
  });
  it('drops the shortest word when every word is known', () => {
    expect(labels('oil rig Dempsey', false, 0)).toEqual(['Search for “rig dempsey”']);
  });
});

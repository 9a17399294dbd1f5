import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  MAX_QUERY_LENGTH,
  parseQuery,
  tokenSpans,
  tokens,
} from '../../../src/lib/search/normalize.ts';

describe('search normalisation', () => {
  it('folds Vietnamese diacritics both ways, keeping case', () => {
    expect(foldForSearch('Trương Tấn Sang')).toBe('Truong Tan Sang');
    expect(foldForSearch('Đảng Cộng sản Việt Nam')).toBe('Dang Cong san Viet Nam');
    expect(tokens('Trương Tấn Sang')).toEqual(tokens('truong tan sang'));
    expect(tokens('Nguyễn Phú Trọng')).toEqual(['nguyen', 'phu', 'trong']);
  });
  it('lower-cases tokens and ignores case', () => {
    expect(tokens('South CHINA Sea')).toEqual(['south', 'china', 'sea']);
  });
  it('splits Chinese into characters and closes spaced-out Chinese', () => {
    expect(tokens('中共中央对外联络部')).toEqual(['中', '共', '央', '对', '外', '联', '络', '部']);
    expect(tokens('( 中 共 中 央 )')).toEqual(tokens('中共中央'));
    expect(tokens('Zhang Gaoli (张高丽)')).toEqual(['zhang', 'gaoli', '张', '高', '丽']);
  });
  it('treats dotted acronyms as one token and joins hyphenated compounds', () => {
    expect(tokens('the U.S. Navy')).toEqual(['the', 'us', 'navy']);
    expect(tokens('the HD-981 rig')).toEqual(['the', 'hd', '981', 'hd981', 'rig']);
    expect(tokens('HS981')).toEqual(['hs981']);
  });
  it('gives offsets in the original text', () => {
    const text = 'Ông Trương Tấn Sang, U.S. ally';
    for (const s of tokenSpans(text))
      expect(
        foldForSearch(text.slice(s.start, s.end))
          .toLowerCase()
          .replace(/\./g, '')
          .replace(/-/g, ''),
      ).toBe(s.token);
  });
  it('drops single Latin letters but keeps digits', () => {
    expect(tokens("China's 9 dash line")).toEqual(['china', '9', 'dash', 'line']);
  });
});

describe('query parsing', () => {
  it('separates quoted phrases from terms', () => {
    const q = parseQuery('"oil rig" Paracels');
    expect(q.phrases).toEqual([['oil', 'rig']]);
    expect(q.terms).toEqual(['paracels']);
    expect(q.words).toEqual([`'"oil rig"`, 'Paracels']);
  });
  it('neutralises Fuse operators and markup', () => {
    const q = parseQuery('<img src=x onerror=alert(1)>');
    for (const w of q.words) expect(w).not.toMatch(/^[=!^']/);
    expect(q.terms).toContain('img');
    expect(parseQuery('!china ^vietnam us$ =hanoi').words).toEqual([
      'china',
      'vietnam',
      'us',
      'hanoi',
    ]);
  });
  it('cuts very long queries', () => {
    const q = parseQuery('vietnam '.repeat(2000));
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.terms).toEqual(['vietnam']);
  });
  it('narrows "HD-981" by its parts', () => {
    expect(parseQuery('HD-981').terms).toEqual(['hd', '981']);
  });
  it('makes function words optional when the query has other words', () => {
    const q = parseQuery('Xi Jinping visit to Hanoi');
    expect(q.terms).toEqual(['xi', 'jinping', 'visit', 'hanoi']);
    expect(q.optional).toEqual(['to']);
    expect(q.words).toEqual(['Xi', 'Jinping', 'visit', 'Hanoi']);
    // "party-to-party" keeps its parts that say something.
    expect(parseQuery('party-to-party ').terms).toEqual(['party']);
    // A function word still being typed may be the start of a word: "Gulf of To" → "Tonkin".
    const typing = parseQuery('Gulf of To');
    expect(typing.terms).toEqual(['gulf', 'to']);
    expect(typing.open).toBe(true);
    expect(parseQuery('Gulf of To ').terms).toEqual(['gulf']);
    expect(parseQuery('Gulf of To ').open).toBe(false);
    // A phrase narrows, so the words beside it may be left out; a query of function words only keeps them.
    expect(parseQuery('"oil rig" in the ').terms).toEqual([]);
    expect(parseQuery('to be ').terms).toEqual(['to', 'be']);
  });
  it('has no terms for blank or symbol-only input', () => {
    expect(parseQuery('   ').terms).toEqual([]);
    expect(parseQuery('!!! ???').terms).toEqual([]);
  });
  it('knows when the last word is still being typed', () => {
    expect(parseQuery('oil ri').open).toBe(true);
    expect(parseQuery('oil rig ').open).toBe(false);
  });
});

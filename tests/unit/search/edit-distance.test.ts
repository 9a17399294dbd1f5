import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { osaDistance, typoDistance } from '../../../src/lib/search/edit-distance.ts';

// Names and words of the corpus, and typos of them as people make them.
const WORDS = [
  'dempsey',
  'demspey',
  'hanoi',
  'hanio',
  'vietnam',
  'ietnam',
  'vietnma',
  'trump',
  'rump',
  'china',
  'hina',
  'xhina',
  'paracel',
  'paracle',
  'washington',
  'washingotn',
  'wahsingotn',
  'shiyou',
  'shyou',
  'trong',
  'truong',
  'jinping',
  'jinpign',
];

describe('osaDistance (typing slips between two words)', () => {
  it('counts two adjacent letters swapped as one edit, where Levenshtein counts two', () => {
    expect(osaDistance('demspey', 'dempsey')).toBe(1);
    expect(osaDistance('hanio', 'hanoi')).toBe(1);
    expect(osaDistance('vietnma', 'vietnam')).toBe(1);
    expect(distance('hanio', 'hanoi')).toBe(2);
    expect(osaDistance('wahsingotn', 'washington')).toBe(2);
  });
  it('counts an insertion, a deletion or a substitution as one edit, at the first letter too', () => {
    expect(osaDistance('ietnam', 'vietnam')).toBe(1);
    expect(osaDistance('rump', 'trump')).toBe(1);
    expect(osaDistance('xhina', 'china')).toBe(1);
    expect(osaDistance('cchina', 'china')).toBe(1);
    expect(osaDistance('shyou', 'shiyou')).toBe(1);
    expect(osaDistance('trong', 'truong')).toBe(1);
  });
  it('is 0 for the same word, the length of the other for an empty one, and symmetric', () => {
    expect(osaDistance('hanoi', 'hanoi')).toBe(0);
    expect(osaDistance('', 'hanoi')).toBe(5);
    expect(osaDistance('hanoi', '')).toBe(5);
    for (const a of WORDS) for (const b of WORDS) expect(osaDistance(a, b)).toBe(osaDistance(b, a));
  });
  it('never edits a swapped pair again (restricted Damerau–Levenshtein)', () => {
    // Unrestricted Damerau–Levenshtein gives 2 (swap, then insert between); OSA cannot.
    expect(osaDistance('ca', 'abc')).toBe(3);
  });
  it('is never more than Levenshtein, nor less than half of it', () => {
    for (const a of WORDS)
      for (const b of WORDS) {
        const lev = distance(a, b);
        expect(osaDistance(a, b)).toBeLessThanOrEqual(lev);
        expect(2 * osaDistance(a, b)).toBeGreaterThanOrEqual(lev);
      }
  });
});

describe('typoDistance (OSA within a bound)', () => {
  it('is the OSA distance when that is within the bound, and above the bound otherwise', () => {
    for (const max of [1, 2])
      for (const a of WORDS)
        for (const b of WORDS) {
          const osa = osaDistance(a, b);
          const t = typoDistance(a, b, max);
          if (osa <= max) expect(t).toBe(osa);
          else expect(t).toBeGreaterThan(max);
        }
  });
});

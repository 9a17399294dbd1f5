import { describe, expect, it } from 'vitest';
import { exactKeyOf, finalScore } from '../../../../src/lib/search/engine/ranking.ts';
import type { SearchDoc } from '../../../../src/lib/search/index-format.ts';
import { parseQuery } from '../../../../src/lib/search/normalize.ts';

const vietnam: SearchDoc = { id: 'vietnam', t: 1, title: 'Vietnam', alt: ['Hà Nội', 'SRV'] };

describe('final score (lower is better)', () => {
  it('takes the whole query, folded and without quotes, as the key for exact names', () => {
    expect(exactKeyOf(parseQuery('  "Hà Nội" '))).toBe('ha noi');
  });
  it('weighs a name above a sentence that mentions it', () => {
    const claim: SearchDoc = { id: 'c', t: 3, text: 'Vietnam said' };
    expect(finalScore('actor', vietnam, 0.2, '')).toBeCloseTo(0.07);
    expect(finalScore('claim', claim, 0.2, '')).toBeCloseTo(0.2);
  });
  it('gives a tenth to a name, title or alias that is exactly the query', () => {
    expect(finalScore('actor', vietnam, 0.2, 'ha noi')).toBeCloseTo(0.007);
    expect(finalScore('actor', vietnam, 0.2, 'srv')).toBeCloseTo(0.007);
    expect(finalScore('actor', vietnam, 0.2, 'vietnam war')).toBeCloseTo(0.07);
    // Not for a claim that says only the name.
    const claim: SearchDoc = { id: 'c', t: 3, title: 'Vietnam' };
    expect(finalScore('claim', claim, 0.2, 'vietnam')).toBeCloseTo(0.2);
  });
  it('lowers the score a little for popular records, and never reaches 0', () => {
    const popular = { ...vietnam, p: 100 };
    expect(finalScore('actor', popular, 0.2, '')).toBeLessThan(
      finalScore('actor', vietnam, 0.2, ''),
    );
    expect(finalScore('actor', popular, 0.2, '')).toBeGreaterThan(0.035);
    expect(finalScore('event', vietnam, 0, '')).toBeGreaterThan(0);
  });
});

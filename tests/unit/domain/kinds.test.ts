import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, DIFFERENCE_KINDS } from '../../../src/lib/domain/kinds.ts';
import { claimKinds } from '../../../src/lib/schemas/claim.ts';

describe('zod-free enum lists', () => {
  it('CLAIM_KINDS equals the schema’s claim kinds, in order', () => {
    expect([...CLAIM_KINDS]).toEqual([...claimKinds]);
  });

  it('DIFFERENCE_KINDS lists the three kinds of difference', () => {
    expect([...DIFFERENCE_KINDS]).toEqual(['date', 'period', 'actors']);
  });
});

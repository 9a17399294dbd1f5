/** Where a claim sits in its report: its paragraph, its neighbours, and its pinpoint in words. */
import type { Claim } from '../schemas/claim.ts';

export interface ClaimContext<C> {
  /** The sentences of the claim's paragraph, in order. */
  paragraph: C[];
  /** The claim just before, in document order. */
  prev: C | undefined;
  /** The claim just after. */
  next: C | undefined;
}

/**
 * The context of every claim of one report, given its claims in document order. Linear in the number
 * of claims (one pass to group paragraphs), so long reports cost no more per claim than short ones.
 */
export function claimContexts<C extends Pick<Claim, 'id' | 'paragraph'>>(
  reportClaims: readonly C[],
): Map<string, ClaimContext<C>> {
  const paragraphs = new Map<number, C[]>();
  for (const c of reportClaims) {
    let list = paragraphs.get(c.paragraph);
    if (!list) paragraphs.set(c.paragraph, (list = []));
    list.push(c);
  }
  const out = new Map<string, ClaimContext<C>>();
  reportClaims.forEach((c, i) => {
    out.set(c.id, {
      paragraph: paragraphs.get(c.paragraph) ?? [c],
      prev: i > 0 ? reportClaims[i - 1] : undefined,
      next: reportClaims[i + 1],
    });
  });
  return out;
}

/** "“Section › Sub”, paragraph 12, sentence 2" — the pinpoint readers see. */
export function pinpoint(claim: Pick<Claim, 'section' | 'paragraph' | 'sentence'>): string {
  const section = claim.section.length ? `“${claim.section.join(' › ')}”, ` : '';
  return `${section}paragraph ${claim.paragraph}, sentence ${claim.sentence}`;
}

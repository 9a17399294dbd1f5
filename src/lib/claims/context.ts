/** Where a claim sits in its report: its paragraph, its neighbours, and its pinpoint in words. */
import type { Claim } from '../schemas/claim.ts';

/** The sentences of the claim's paragraph in order (the report's claims must be in document order). */
export function paragraphOf<C extends Pick<Claim, 'id' | 'paragraph'>>(claim: C, reportClaims: readonly C[]): C[] {
  return reportClaims.filter((c) => c.paragraph === claim.paragraph);
}

/** The claims just before and after, in document order. */
export function neighbours<C extends Pick<Claim, 'id'>>(
  claim: C,
  reportClaims: readonly C[],
): { prev: C | undefined; next: C | undefined } {
  const i = reportClaims.findIndex((c) => c.id === claim.id);
  return { prev: i > 0 ? reportClaims[i - 1] : undefined, next: i >= 0 ? reportClaims[i + 1] : undefined };
}

/** "“Section › Sub”, paragraph 12, sentence 2" — the pinpoint readers see. */
export function pinpoint(claim: Pick<Claim, 'section' | 'paragraph' | 'sentence'>): string {
  const section = claim.section.length ? `“${claim.section.join(' › ')}”, ` : '';
  return `${section}paragraph ${claim.paragraph}, sentence ${claim.sentence}`;
}

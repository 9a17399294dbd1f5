/**
 * Claim kinds from transparent rules, tried in order; the first that matches decides. The rules are
 * exported so the README and the about page can show them exactly as the code applies them.
 */
import type { ClaimKind } from '../schemas/claim.ts';

export interface KindRule {
  kind: ClaimKind;
  /** Plain-language statement of the rule. */
  rule: string;
  test: (text: string) => boolean;
}

const QUOTED = /[“"]([^”"]{12,})[”"]/g;

/** Share of the sentence's letters that sit inside quotation marks. */
function quotedShare(text: string): number {
  let quoted = 0;
  for (const m of text.matchAll(QUOTED)) quoted += (m[1] ?? '').length;
  return quoted / Math.max(1, text.length);
}

export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'quotation',
    rule: 'More than half of the sentence is inside quotation marks, or a quotation of 12+ characters is attributed with a speech verb (said, stated, told, declared, according to…).',
    test: (t) =>
      quotedShare(t) > 0.5 ||
      (quotedShare(t) > 0 &&
        /\b(said|says|stated|states|told|declared|remarked|noted that|warned|announced|according to|in the words of)\b/i.test(
          t,
        )),
  },
  {
    kind: 'recommendation',
    rule: 'Prescribes action: should, ought to, must, need(s) to, it is recommended, is advised to, would do well to, has to (when not about the past).',
    test: (t) =>
      /\b(should|ought to|must|needs? to|it is (?:recommended|advisable|essential|imperative)|would do well to|is advised to|recommend(?:s|ed)? that)\b/i.test(
        t,
      ),
  },
  {
    kind: 'prediction',
    rule: 'Speaks of the future: will/won’t (other than in quotations), is likely to, is expected to, is set to, may well, in the coming years/decades, in the future.',
    test: (t) =>
      /\b(will|won['’]t|is (?:un)?likely to|are (?:un)?likely to|is expected to|are expected to|is set to|may well|in the coming (?:years|decades|months)|in the future|going forward)\b/i.test(
        t,
      ),
  },
  {
    kind: 'assessment',
    rule: 'Evaluates or hedges: seems, appears, suggests, likely, perhaps, arguably, significant(ly), important, crucial, clearly, it is evident, we argue, may/might/could, in effect, remains…, notably.',
    test: (t) =>
      /\b(seems?|appears?|suggests?|likely|perhaps|arguably|probably|significant(?:ly)?|important|crucial|critical|clearly|evident|argu(?:e|es|ed)|may|might|could|in effect|essentially|notabl[ey]|indeed|remains?|concern(?:s|ed)?|fear(?:s|ed)?|distrust|wary|suspicio(?:n|us))\b/i.test(
        t,
      ),
  },
  {
    kind: 'fact',
    rule: 'Anything else: a statement of what happened or what is.',
    test: () => true,
  },
];

export function classifyClaim(text: string): ClaimKind {
  for (const r of KIND_RULES) if (r.test(text)) return r.kind;
  return 'fact';
}

/**
 * The claim kinds, without zod: browser code (the comparison) needs the list, and importing it from
 * src/lib/schemas/claim.ts would bundle zod. tests/unit/compare/model.test.ts checks it equals the schema's.
 */
export const CLAIM_KINDS = [
  'fact',
  'assessment',
  'quotation',
  'recommendation',
  'prediction',
] as const;

/**
 * Enum lists that browser code needs without zod: importing them from src/lib/schemas/ would bundle
 * zod into the page. tests/unit/domain/kinds.test.ts checks each equals its schema's list.
 */

/** The claim kinds of src/lib/schemas/claim.ts. */
export const CLAIM_KINDS = [
  'fact',
  'assessment',
  'quotation',
  'recommendation',
  'prediction',
] as const;

/** What reports can give differently about one event (the comparison's kinds of difference). */
export const DIFFERENCE_KINDS = ['date', 'period', 'actors'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

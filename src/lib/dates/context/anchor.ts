/** The anchor that bare and relative expressions resolve from, and what they resolve to. */
import type { DateMention } from '../../schemas/date-mention.ts';

/** The date that bare and relative expressions resolve from. */
export interface Anchor {
  /** Its ISO value: "2014-05", "2014-07-15", "2014". */
  iso: string;
  year: number;
  /** Undefined when the anchor is a year, a qualified year ("mid-2014") or a season. */
  month: number | undefined;
  /** Undefined unless the anchor is a day. */
  day: number | undefined;
  /** The date as written. */
  text: string;
  /** The claim that holds it. */
  claimId?: string | undefined;
  /** True when it is the report's publication date (no date came before). */
  publication?: boolean | undefined;
}

/** A date an expression resolves to, before its position in the text is known. */
export type Resolved = Omit<DateMention, 'text' | 'start' | 'end' | 'resolvedFrom'>;

/** What a heading looks like: short title text, section numbering and its depth. */
import { MONTHS } from '../types.ts';

/** A line that could be a heading: short, starts with a capital, no sentence-final punctuation. */
export function isHeadingText(t: string): boolean {
  return (
    t.length >= 3 &&
    t.length <= 90 &&
    /^(?:[\p{Lu}]|\d{4} \p{Ll})/u.test(t) &&
    !/[.,;:?!”"’)\-–—\d]$/u.test(t.replace(/ (?:1[5-9]|20)\d\d$/u, ' year')) &&
    !t.includes(';') &&
    !ENDS_ON_FUNCTION_WORD.test(t) &&
    !/^(?:Figure|Fig\.|Table|Map|Chart|Graph|Photo|Image|Source|Note)s?\s*\d*[.:]/u.test(t) &&
    t.split(' ').length <= 12
  );
}

/** A line ending on a word that cannot end a title: it stops mid-sentence. */
export const ENDS_ON_FUNCTION_WORD =
  /\b(?:the|of|and|a|an|to|in|into|for|with|on|by|as|at|or|its|their|his|her|our|against|from|that|which|who|whose|was|were|is|are|be|been|had|has|have|not|but|than|between|after|before|under|over|while|during|about|this|these|those|such|very|more|most|would|will|could|should|may|can)$/iu;

/** Section numbering before a heading: "1", "1.", "2.1", "IV.", "A." (not a date: "12 July 2016"). */
export const NUMBERED = new RegExp(
  `^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.)\\s+(?=[\\p{Lu}“"‘])(?!(?:${MONTHS})\\b)`,
  'u',
);

/**
 * A numbered heading: numbering, then a short title (a year may end it: "1 The oil rig crisis of 2014",
 * "6. The oil rig, 2014"), no sentence punctuation at its end, not stopping on a function word.
 */
export function isNumberedHeading(t: string): boolean {
  const m = NUMBERED.exec(t);
  if (!m) return false;
  const core = t.slice(m[0].length);
  return (
    core.length >= 3 &&
    core.length <= 80 &&
    core.split(' ').length <= 12 &&
    !/[.;:!,”"’)\-–—]$/u.test(core) &&
    // numbering is evidence enough for a short title ending on "after" or "beyond"
    (!ENDS_ON_FUNCTION_WORD.test(core) ||
      (core.split(' ').length <= 6 &&
        !/\b(?:the|of|a|an|to|and|or|with|by|in|on|at|for|from)$/iu.test(core))) &&
    !/\d$/u.test(core.replace(/\b(?:1[5-9]|20)\d\d$/u, ''))
  );
}

/** Depth of a numbered heading: "2" or "2." → 0, "2.1" → 1. */
export function numberingDepth(t: string): number {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)/u.exec(t);
  return m ? m[1]!.split('.').length - 1 : 0;
}

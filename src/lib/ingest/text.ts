/**
 * Small text repairs used by ingest: CJK spacing, lost hyphens, line-break hyphens.
 * All functions are pure and work on one string.
 */

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';

/** Collapses the spaces a PDF extraction puts inside runs of Chinese characters ("中 共 中 央" → "中共中央"), and inside the brackets around such a run. */
export function collapseCjkSpacing(text: string): string {
  return text
    .replace(new RegExp(`([${CJK}])[ \\t]+(?=[${CJK}])`, 'gu'), '$1')
    .replace(new RegExp(`([(（])[ \\t]+(?=[${CJK}])`, 'gu'), '$1')
    .replace(new RegExp(`([${CJK}])[ \\t]+(?=[)）])`, 'gu'), '$1');
}

/** Patterns for hyphens the extraction lost: a prefix glued to a capitalised word. */
const LOST_HYPHENS: readonly (readonly [RegExp, string])[] = [
  [/\b(Sino|Afro|Indo|Euro|Russo)(?=[A-Z][a-z])/gu, '$1-'],
  [/\b(non|anti|pro|pan|post|pre|mid)(?=[A-Z]{2,}\b|[A-Z][a-z])/gu, '$1-'],
  [/\b(U\.S\.|U\.K\.)(?=[A-Z][a-z])/gu, '$1-'],
];

/** Restores hyphens lost between a prefix and a capitalised word ("SinoVietnamese" → "Sino-Vietnamese", "nonCPV" → "non-CPV", "U.S.Vietnamese" → "U.S.-Vietnamese"). Returns the text and how many were restored. */
export function restoreLostHyphens(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const [re, rep] of LOST_HYPHENS) {
    out = out.replace(re, (...m: string[]) => {
      count++;
      return rep.replace('$1', m[1] ?? '');
    });
  }
  return { text: out, count };
}

/** Prefixes that form hyphenated compounds; a line-break hyphen after one of them is kept ("south-/eastern" → "south-eastern"). */
const COMPOUND_PREFIXES = new Set([
  'south',
  'north',
  'east',
  'west',
  'self',
  'non',
  'co',
  'anti',
  'pro',
  'post',
  'pre',
  'multi',
  'well',
  'long',
  'short',
  'high',
  'low',
  'one',
  'two',
  'three',
  'four',
  'five',
  'party',
  'state',
  'cross',
  'counter',
  'ex',
  'semi',
  'mid',
  'full',
  'half',
  'wide',
  'large',
  'small',
  'so',
  'then',
  'de',
  'sub',
  'inter',
  'intra',
  'military',
  'people',
  'government',
  'decision',
  'policy',
  'sea',
  'top',
  'first',
  'second',
  'third',
  'year',
  'term',
  'old',
  'in',
  'on',
  'off',
  'out',
  'up',
  'down',
  'over',
  'follow',
  'build',
  'run',
  'much',
  'ever',
  'near',
]);

/**
 * Decides how to join a line ending in "-" with the next line's first word.
 * Keeps the hyphen for real compounds: the left part already contains a hyphen ("search-and-/rescue"),
 * the right part does ("party-/to-party"), the left part is a compound prefix ("south-/eastern"),
 * or the hyphenated form occurs elsewhere in the document while the closed form does not.
 */
export function joinHyphenated(
  left: string,
  right: string,
  vocabulary: ReadonlySet<string>,
): string {
  const leftWord = /([\p{L}\p{N}-]+)-$/u.exec(left)?.[1] ?? '';
  const rightWord = /^([\p{L}\p{N}-]+)/u.exec(right)?.[1] ?? '';
  const closed = (leftWord + rightWord).toLowerCase();
  const open = `${leftWord}-${rightWord}`.toLowerCase();
  // "Russian-Viet-/namese": the last part and the next line make a word the text uses ("Vietnamese")
  const lastPart = leftWord.split('-').pop() ?? '';
  if (
    leftWord.includes('-') &&
    vocabulary.has(`${lastPart}${rightWord}`.toLowerCase()) &&
    !vocabulary.has(`${lastPart}-${rightWord}`.toLowerCase())
  )
    return left.slice(0, -1) + right;
  const keep =
    leftWord.includes('-') ||
    rightWord.includes('-') ||
    /^[\p{Lu}\d]/u.test(rightWord) ||
    (vocabulary.has(open) && !vocabulary.has(closed)) ||
    // a compound prefix keeps its hyphen ("south-/eastern"), unless the text spells the closed form
    // inside a longer word ("pro-/duced" beside "reproduced")
    (!vocabulary.has(closed) &&
      COMPOUND_PREFIXES.has(leftWord.toLowerCase()) &&
      ![...vocabulary].some((w) => w.length > closed.length && w.endsWith(closed)));
  return keep ? left + right : left.slice(0, -1) + right;
}

/** Lower-cased words (with inner hyphens) of a text, for the hyphenation decision. */
export function vocabularyOf(text: string): Set<string> {
  const set = new Set<string>();
  // the rest of a word broken at a line end ("pro-/duced") is not a word of its own
  for (const m of text
    .replace(/-[ \t]*\n\s*[\p{L}\p{N}]+/gu, '-')
    .matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    // words ending a line with a hyphen are not evidence
    set.add(m[0].toLowerCase());
  }
  return set;
}

/** True when a text ends a sentence (allowing closing quotes/brackets and a trailing footnote number). */
export function endsSentence(text: string): boolean {
  return (
    /[.?!:;]["”’)\]]*(?:\s?\d{1,3})?\s*$/u.test(text.trimEnd()) ||
    /[.?!]\d{1,3}$/u.test(text.trimEnd())
  );
}

/**
 * Normalisation applied to a sentence before its id is hashed, so that cosmetic edits (re-wrapping,
 * curly vs straight quotes, ligatures from PDF extraction, a line-break hyphen) never change a claim id.
 */

const LIGATURES: Record<string, string> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

export function normalizeForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\u00AD/g, '') // soft hyphen
    .replace(/(\p{Ll})- +(\p{Ll})/gu, '$1$2') // "co- operation" left by a line break
    .replace(/\s+/g, ' ')
    .trim();
}

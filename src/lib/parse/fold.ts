/**
 * Diacritic folding with an offset map, so a matcher can search the folded text and report mentions
 * at their offsets in the ORIGINAL text.
 *
 * Folding, character by character (each original character yields at most one folded character, so
 * the map stays simple):
 * - NFKD, then combining marks dropped: "Nguyễn Phú Trọng" → "Nguyen Phu Trong", and compatibility
 *   forms opened up ("ﬁ" → "fi", full-width "ＵＳ" → "US");
 * - soft hyphens and zero-width characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) dropped: PDF
 *   extraction leaves them inside words;
 * - đ/Đ → d/D (a separate letter in Unicode, not a d with a mark);
 * - curly apostrophes (’ ‘ ʼ) → "'" and the dash family (‐ ‑ ‒ – — −) → "-", so "Trọng’s" and
 *   "Sino–Vietnamese" compare like their ASCII spellings;
 * - whitespace between two CJK characters is dropped, because PDF extraction spaces Chinese out
 *   ("中 共 中 央" → "中共中央").
 * With `lower`, each folded character is also lower-cased when that keeps it one character long.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded character (UTF-16 unit index), the offset where its source character starts in the original. */
  starts: number[];
  /** For each folded character, the offset just after its source character in the original. */
  ends: number[];
}

const MARK = /\p{M}/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;
const APOSTROPHES = new Set(['’', '‘', 'ʼ', '′']);
const DASHES = new Set(['‐', '‑', '‒', '–', '—', '−']);
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

function foldChar(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  if (APOSTROPHES.has(ch)) return "'";
  if (DASHES.has(ch)) return '-';
  if (INVISIBLE.has(ch)) return '';
  if (ch.charCodeAt(0) < 0x80) return ch;
  let out = '';
  for (const c of ch.normalize('NFKD')) if (!MARK.test(c)) out += c;
  return out;
}

/** Folds `s` (see module doc) and keeps, for every folded character, where it came from. */
export function foldDiacritics(s: string, options: { lower?: boolean } = {}): Folded {
  const starts: number[] = [];
  const ends: number[] = [];
  const text = foldWith(s, options.lower ?? false, (n, start, end) => {
    for (let u = 0; u < n; u++) {
      starts.push(start);
      ends.push(end);
    }
  });
  return { text, starts, ends };
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The folding loop; `track`, when given, is told for each kept character how many folded units it
 * became and the source offsets it spans.
 */
function foldWith(
  s: string,
  lower: boolean,
  track?: (units: number, start: number, end: number) => void,
): string {
  // ASCII folds to itself (lower-cased if asked): no character is a mark, dash, apostrophe or CJK.
  if (!track && ASCII.test(s)) return lower ? s.toLowerCase() : s;
  let out = '';
  let prevKept = '';
  const chars = Array.from(s);
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const start = offset;
    offset += ch.length;
    if (/\s/u.test(ch) && prevKept !== '' && CJK.test(prevKept)) {
      // Drop whitespace inside a run of CJK characters.
      let j = i;
      while (j < chars.length && /\s/u.test(chars[j] as string)) j++;
      if (j < chars.length && CJK.test(chars[j] as string)) {
        for (let k = i + 1; k < j; k++) offset += (chars[k] as string).length;
        i = j - 1;
        continue;
      }
    }
    let f = foldChar(ch);
    if (lower) {
      const l = f.toLowerCase();
      if (l.length === f.length) f = l;
    }
    out += f;
    track?.(f.length, start, offset);
    if (f !== '') prevKept = ch;
  }
  return out;
}

/** Folds a string without keeping the map (for dictionary keys). */
export function fold(s: string, options: { lower?: boolean } = {}): string {
  return foldWith(s, options.lower ?? false);
}

/** Rejoining wrapped lines into one paragraph. */
import { joinHyphenated } from '../text.ts';

/** Joins wrapped lines into one paragraph, removing line-break hyphens but keeping compounds. */
export function joinLines(lines: readonly string[], vocabulary: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    if (!out) out = l;
    else if (/[\p{L}]-$/u.test(out) && /^[\p{L}]/u.test(l))
      out = joinHyphenated(out, l, vocabulary);
    // an en dash ending a line joins a compound ("Chinese–/Vietnamese")
    else if (/\p{L}–$/u.test(out) && /^\p{Lu}/u.test(l)) out = `${out}${l}`;
    else out = `${out} ${l}`;
  }
  return out;
}

/** Lists pass: bullet glyphs and the lines that make list items. */

/** A bullet glyph at the start of a line, with the space after it. */
export const BULLET = /^[•●\uf0b7]\s*/u;

/** The bullet prefix of a line, if it has one. */
export function bulletOf(text: string): RegExpExecArray | null {
  return BULLET.exec(text);
}

/**
 * Decode pass: raw bytes to checked, normalised text, and the kind of text (pdf, web, docx, html)
 * when the metadata does not say.
 */
import { IngestError } from './types.ts';

/** Checks raw bytes: non-empty, not binary, valid UTF-8. Returns the decoded text. */
export function decodeRaw(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(`${file}: the file is empty; expected a UTF-8 text extraction`);
  if (bytes.includes(0)) throw new IngestError(`${file}: the file looks binary (it contains NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(`${file}: the file is not valid UTF-8 (first bad byte at offset ${bad}); re-save it as UTF-8`);
  }
  checkText(text, file);
  return text.replace(/^\uFEFF/u, '');
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 1; i <= bytes.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i));
    } catch {
      // an incomplete multi-byte sequence at the end is only an error if it never completes
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, i + 3)));
      } catch {
        return i - 1;
      }
    }
  }
  return 0;
}

/** Refuses empty or binary-looking text. */
export function checkText(text: string, file: string): void {
  if (text.trim() === '') throw new IngestError(`${file}: the file is empty (only whitespace); expected a text extraction`);
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001)
    throw new IngestError(`${file}: the file looks binary (${controls} control characters); expected UTF-8 text`);
}

/** Normalises line ends, Unicode composition and non-breaking spaces. */
export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/gu, '\n').normalize('NFC').replace(/\u00a0/gu, ' ');
}

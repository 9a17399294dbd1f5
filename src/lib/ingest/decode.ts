/**
 * Decode pass: raw bytes to checked, normalised text, and the kind of text (pdf, web, docx, html)
 * when the metadata does not say.
 */
import { IngestError } from './types.ts';

/** Checks raw bytes: non-empty, not binary, valid UTF-8. Returns the decoded text. */
export function decodeRaw(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0)
    throw new IngestError(`${file}: the file is empty; expected a UTF-8 text extraction`);
  if (bytes.includes(0))
    throw new IngestError(
      `${file}: the file looks binary (it contains NUL bytes); expected UTF-8 text`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(
      `${file}: the file is not valid UTF-8 (first bad byte at offset ${bad}); re-save it as UTF-8`,
    );
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
        new TextDecoder('utf-8', { fatal: true }).decode(
          bytes.subarray(0, Math.min(bytes.length, i + 3)),
        );
      } catch {
        return i - 1;
      }
    }
  }
  return 0;
}

/** Refuses empty or binary-looking text. */
export function checkText(text: string, file: string): void {
  if (text.trim() === '')
    throw new IngestError(
      `${file}: the file is empty (only whitespace); expected a text extraction`,
    );
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001)
    throw new IngestError(
      `${file}: the file looks binary (${controls} control characters); expected UTF-8 text`,
    );
}

/**
 * Normalises line ends, Unicode composition, non-breaking and zero-width spaces, soft hyphens (a Word
 * export's invisible break points) and full-width punctuation inside Latin text ("future，and" →
 * "future, and"), which state-media pages carry over from their Chinese templates.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007]/gu, ' ')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu, '')

    .replace(
      /(?<=[\p{Script=Latin}\d)"”’'])([，、；：。！？])([ \p{Script=Latin}\d"“‘(]|$)/gmu,
      (_m, p: string, next: string) => {
        const ascii =
          { '，': ',', '、': ',', '；': ';', '：': ':', '。': '.', '！': '!', '？': '?' }[p] ?? p;
        return next === '' || next === ' ' ? ascii + next : `${ascii} ${next}`;
      },
    );
}

/**
 * HTML entities an HTML or Word export left in its text ("border&nbsp;crossings"), decoded. Only for
 * those kinds: in a PDF or web extraction "AT&amp;T" is what the page printed, and stays.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(nbsp|amp|quot|apos|lt|gt|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip|shy|#\d{2,5}|#x[\da-f]{2,4});/giu,
    (_m, e: string) => {
      const named: Record<string, string> = {
        nbsp: ' ',
        amp: '&',
        quot: '"',
        apos: "'",
        lt: '<',
        gt: '>',
        ndash: '–',
        mdash: '—',
        lsquo: '‘',
        rsquo: '’',
        ldquo: '“',
        rdquo: '”',
        hellip: '…',
        shy: '',
      };
      const k = e.toLowerCase();
      if (k in named) return named[k]!;
      const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
      return code === 0xad ? '' : code === 0xa0 ? ' ' : String.fromCodePoint(code);
    },
  );
}

/** Kinds of text the ingest can work out from the text itself. */
export type DetectedExtraction = 'pdf' | 'web' | 'docx';

/**
 * Works out how a text was extracted when the metadata does not say. PDF text is wrapped at a fixed
 * width (many long lines that do not end a sentence and run on into the next line), and carries form
 * feeds, page numbers, InDesign slugs and line-break hyphens. A Word export keeps one paragraph per line
 * with soft hyphens, smart quotes, tabs or a dotted-leader table of contents. A web page keeps one
 * paragraph per line with menus, share controls, bylines and comment counts around it.
 */
export function detectExtraction(text: string): DetectedExtraction {
  const lines = text.split('\n').map((l) => l.replace(/\f/gu, '').trim());
  const nonBlank = lines.filter((l) => l !== '');
  let pdf = 0;
  let web = 0;
  let docx = 0;
  if (text.includes('\f')) pdf += 3;
  if (/\.indd\b/u.test(text)) pdf += 3;
  const pageNumbers = nonBlank.filter((l) => /^(?:page\s+)?\d{1,3}$/iu.test(l)).length;
  if (pageNumbers >= 2) pdf += 2;
  const long = nonBlank.filter((l) => l.length >= 50);
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.length >= 50 && a.length <= 110 && b !== '' && !/[.?!:"”’)]$/u.test(a)) wrapped++;
  }
  if (long.length > 0 && wrapped / long.length > 0.3) pdf += 3;
  const veryLong = nonBlank.filter((l) => l.length > 200).length;
  if (veryLong >= 3 && veryLong >= long.length * 0.4) {
    web += 2;
    docx += 2;
  }
  if (/[\u00ad]/u.test(text)) docx += 3;
  // entities an export left behind ("&nbsp;", "&#8217;")
  if (/&(?:nbsp|shy|#\d{2,5});/u.test(text)) docx += 3;
  if (/(?:\.{4,}|…{2,}|\. \. \. )\s*\d{1,3}$/mu.test(text)) docx += 2;
  if (/\t/u.test(text)) docx += 1;
  const webSignals = [
    /^(?:Skip to (?:main )?content|Share|Tweet|Print|Email|Subscribe|Sign in|Log in|Menu|Search|Back to top)$/imu,
    /cookies?\b/iu,
    /^(?:Home|Homepage)\s*(?:›|»|>>?|\/|\|)/imu,
    /^By [\p{Lu}][\p{L}.' -]+(?:\||·|,|$)/mu,
    /^(?:Related(?: articles| stories)?|Read more|More from\b.*|Comments?(?: \(\d+\))?|Leave a (?:reply|comment)|Advertisement)[:：]?$/imu,
    /(?:\d+ min read|Updated:|Text size|Editor\s*[:：])/iu,
  ];
  web += webSignals.filter((re) => re.test(text)).length;
  if (pdf >= 3 && pdf >= web) return 'pdf';
  if (docx >= 3 && docx > web) return 'docx';
  if (web >= 2) return 'web';
  return pdf >= 2 ? 'pdf' : docx > web ? 'docx' : 'web';
}

/**
 * Whether a built page asks search engines not to index it (`<meta name="robots" content="noindex">`
 * in its head). The sitemap leaves such pages out: claim redirects and tombstones, the 404 page.
 *
 * Only the head is read, in chunks, until `</head>`: at 50,000 claim pages reading whole files cost
 * seconds of the build.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const NOINDEX = Buffer.from('<meta name="robots" content="noindex"');
const HEAD_END = Buffer.from('</head>');
const CHUNK = 16384;

// One buffer for every call (the sitemap filter calls this once per page, synchronously); it grows
// only for a page whose head is longer than a chunk.
let buffer = Buffer.alloc(CHUNK);

/** True when `file`'s head carries the noindex robots tag; false for a missing or unreadable file. */
export function pageIsNoindex(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    // Bytes, not text: the tag and `</head>` are ASCII, so a chunk ending inside a multi-byte
    // character cannot hide them.
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.alloc(buffer.length * 2);
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      const searchFrom = Math.max(0, length - HEAD_END.length);
      length += n;
      const head = buffer.subarray(0, length);
      const end = n === 0 ? length : head.indexOf(HEAD_END, searchFrom);
      if (end >= 0) return head.subarray(0, end).includes(NOINDEX);
    }
  } finally {
    closeSync(fd);
  }
}

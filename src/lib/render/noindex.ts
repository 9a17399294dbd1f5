/**
 * Whether a built page asks search engines not to index it (`<meta name="robots" content="noindex">`
 * in its head). The sitemap leaves such pages out: claim redirects and tombstones, the 404 page.
 *
 * Only the head is read, in chunks, until `</head>`: at 50,000 claim pages reading whole files cost
 * seconds of the build.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const NOINDEX = /<meta name="robots" content="noindex"/;
const CHUNK = 8192;

/** True when `file`'s head carries the noindex robots tag; false for a missing or unreadable file. */
export function pageIsNoindex(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    let head = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      // A chunk may end inside a multi-byte character: the tag is ASCII, so latin1 keeps it intact.
      head += buffer.toString('latin1', 0, n);
      const end = head.indexOf('</head>');
      if (end >= 0) return NOINDEX.test(head.slice(0, end));
    }
    return NOINDEX.test(head);
  } finally {
    closeSync(fd);
  }
}

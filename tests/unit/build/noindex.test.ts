import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageIsNoindex } from '../../../src/lib/build/noindex.ts';

const dir = mkdtempSync(join(tmpdir(), 'noindex-'));
const page = (name: string, html: string) => {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
};

describe('pageIsNoindex (sitemap filter)', () => {
  it('finds the robots tag in the head, even past the first chunk and after multi-byte text', () => {
    const long = `<meta name="description" content="${'Hà Nội — '.repeat(3000)}">`;
    expect(
      pageIsNoindex(
        page(
          'late.html',
          `<html><head>${long}<meta name="robots" content="noindex"></head><body></body></html>`,
        ),
      ),
    ).toBe(true);
    expect(
      pageIsNoindex(
        page('early.html', '<html><head><meta name="robots" content="noindex"></head></html>'),
      ),
    ).toBe(true);
  });

  it('ignores the text in the body and pages without the tag', () => {
    expect(
      pageIsNoindex(
        page(
          'body.html',
          '<html><head><title>x</title></head><body><code>&lt;meta name="robots" content="noindex"</code><meta name="robots" content="noindex"></body></html>',
        ),
      ),
    ).toBe(false);
    expect(
      pageIsNoindex(
        page('plain.html', '<html><head><title>x</title></head><body>text</body></html>'),
      ),
    ).toBe(false);
  });

  it('keeps a missing page in the sitemap', () => {
    expect(pageIsNoindex(join(dir, 'nope/index.html'))).toBe(false);
  });
});

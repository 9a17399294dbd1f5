import { describe, expect, it } from 'vitest';
import { navItems } from '../../../src/lib/render/nav.ts';
import { paragraphAnchor, renderReport } from '../../../src/lib/render/report-html.ts';

describe('navItems', () => {
  it('shows only sections whose page exists, marking the current one', () => {
    const items = navItems(
      ['../pages/reports/index.astro', '../pages/data/index.astro'],
      '/reports/hayton-2015/',
    );
    expect(items.map((i) => [i.label, i.current])).toEqual([
      ['Reports', true],
      ['Data', false],
    ]);
  });
});

describe('renderReport', () => {
  const md = [
    '## Executive summary',
    '',
    'In the face of a rising China, relations between the Communist Party of Vietnam (CPV) and the United States have improved.[^1]',
    '',
    'In the face of a rising China, relations between the Communist Party of Vietnam (CPV) and the United States have improved.',
    '',
    '| Date | Visit |',
    '|---|---|',
    '| 16–17 April 2015 | Visit by a PLA delegation |',
    '',
    '[^1]: Hayton, note.',
  ].join('\n');

  it('anchors every paragraph stably, ignoring footnote markers and wrapping', () => {
    const r = renderReport(md);
    const base = paragraphAnchor(
      'In the face of a rising China, relations between the Communist Party of Vietnam (CPV) and the United States have improved.',
    );
    expect(r.anchors[0]).toBe(base);
    expect(r.anchors[1]).toBe(`${base}-2`); // a repeated paragraph gets a suffix
    expect(new Set(r.anchors).size).toBe(r.anchors.length);
    const rewrapped = renderReport(md.replace('relations between', 'relations\nbetween'));
    expect(rewrapped.anchors).toEqual(r.anchors);
  });

  it('never passes raw HTML through and escapes text', () => {
    const r = renderReport(
      'A <img src=x onerror=alert(1)> and 1 < 2 & "quotes".\n\n<script>alert(1)</script>',
    );
    expect(r.html).not.toMatch(/<img|<script/);
    expect(r.html).toContain('1 &#x3C; 2 &#x26;');
  });

  it('builds a table of contents with heading ids and keeps footnote ids linked', () => {
    const r = renderReport(md);
    expect(r.toc[0]).toEqual({ depth: 2, text: 'Executive summary', id: 's-executive-summary' });
    expect(r.html).toContain('href="#fn-1"');
    expect(r.html).toContain('id="fn-1"');
    expect(r.html).toMatch(/<tr id="p-[0-9a-f]{8}">/);
  });

  it('shows footnote markers without a note text as superscripts, not as "[^n]"', () => {
    const r = renderReport(
      'Diplomacy and struggle (đối tượng).[^1] Diplomacy will usually[^12] lead.',
    );
    expect(r.html).not.toContain('[^');
    expect(r.html).toContain(
      '<sup class="note-marker" title="Note 1 (its text is not in the extracted source)">1</sup>',
    );
    expect(r.html).toContain('>12</sup> lead.');
  });
});

describe('renderReport with actor links', () => {
  const linker = (text: string) =>
    [...text.matchAll(/Nguyễn Phú Trọng|China/g)].map((m) => ({
      actorId: m[0] === 'China' ? 'china' : 'nguyen-phu-trong',
      start: m.index,
      end: m.index + m[0].length,
    }));
  const md =
    '## China policy\n\nNguyễn Phú Trọng visited China.[^1] <b>China</b>\n\n[^1]: China note.';

  it('links names in body text but not in headings or notes, keeping anchors unchanged', () => {
    const plain = renderReport(md);
    const linked = renderReport(md, { linkActors: linker });
    expect(linked.anchors).toEqual(plain.anchors);
    expect(linked.html).toContain(
      '<a href="/actors/nguyen-phu-trong/" class="actor">Nguyễn Phú Trọng</a> visited <a href="/actors/china/" class="actor">China</a>.',
    );
    expect(linked.html).toContain('<h2 id="s-china-policy">China policy</h2>');
    expect(linked.html).toMatch(/<li id="fn-1">\s*<p>China note\./);
    expect(linked.html).not.toContain('<b>');
  });
});

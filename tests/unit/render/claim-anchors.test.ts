import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsFromMarkdown } from '../../../src/lib/parse/claims.ts';
import { renderReport } from '../../../src/lib/render/report-html.ts';

const dir = new URL('../../../content/reports/', import.meta.url);
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    id: f.replace(/\.md$/, ''),
    body: readFileSync(new URL(f, dir), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  }));

function render(body: string, id = 'r') {
  const claims = claimsFromMarkdown(id, body);
  const stats = { wrapped: 0, points: 0, unmatched: [] as string[] };
  const out = renderReport(body, { claims, claimStats: stats });
  return { claims, stats, html: out.html, anchors: out.anchors };
}

describe('claim anchors in the reading view', () => {
  it.each(reports.map((r) => [r.id, r.body] as const))(
    '%s: every claim has exactly one anchor and a permalink',
    (id, body) => {
      const { claims, stats, html } = render(body, id);
      expect(stats.unmatched).toEqual([]);
      for (const c of claims) {
        expect(html.split(`id="${c.id}"`).length - 1, c.id).toBe(1);
        expect(html).toContain(`href="/claims/${c.id}/"`);
      }
      // Only table rows whose sentence crosses cells get a point anchor instead of a range.
      expect(stats.wrapped + stats.points).toBe(claims.length);
      if (id !== 'hayton-2015') expect(stats.points).toBe(0);
    },
  );

  it('keeps paragraph anchors the same with and without claim spans', () => {
    const body = reports.find((r) => r.id === 'xin-2015')?.body ?? '';
    expect(render(body).anchors).toEqual(renderReport(body).anchors);
  });

  it('wraps each sentence of a real paragraph, footnote marker staying with its sentence', () => {
    const body =
      'The dismissal of Vice Defense Minister Nguyen Chi Vinh, accused of being pro-China, was also a setback.[^9] Vietnam was not alone.\n\n[^9]: A note.\n';
    const { claims, html } = render(body);
    expect(claims).toHaveLength(2);
    const [a, b] = claims;
    const first = new RegExp(
      `<span class="claim" id="${a?.id}">The dismissal[^]*?setback\\.<sup>[^]*?</sup><a href="/claims/${a?.id}/"`,
    );
    expect(html).toMatch(first);
    expect(html).toMatch(
      new RegExp(`<span class="claim" id="${b?.id}">Vietnam was not alone\\.<a`),
    );
  });

  it('splits an emphasis that spans a sentence boundary into two elements', () => {
    const { claims, html } = render('It began *in May. It ended* in July.\n');
    expect(claims).toHaveLength(2);
    expect(html).toContain(`id="${claims[0]?.id}">It began <em>in May.</em>`);
    expect(html).toContain(`id="${claims[1]?.id}"><em>It ended</em> in July.`);
  });

  it('keeps hostile text escaped inside claim spans', () => {
    const raw = render(
      'He wrote "</script><script>alert(1)</script>" on the wall. Then he left.\n',
    );
    expect(raw.html).not.toContain('<script>');
    const { claims, html } = render(
      'He wrote "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" on the wall. Then he left.\n',
    );
    expect(claims[0]?.text).toContain('</script><script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;/script>');
  });

  it('anchors list items and blockquote paragraphs', () => {
    const { claims, stats, html } = render(
      '- First point. Second point.\n- Third point.\n\n> A quoted line. Another.\n',
    );
    expect(stats.unmatched).toEqual([]);
    expect(stats.wrapped).toBe(claims.length);
    expect(claims.length).toBe(5);
    for (const c of claims) expect(html).toContain(`id="${c.id}"`);
  });
});

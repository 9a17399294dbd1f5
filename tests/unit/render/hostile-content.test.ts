// Hostile report text stays data: scripts, event handlers, javascript:/data: links and a 5 MB
// paragraph go through the corpus build and the reading-view renderer and come out inert.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimJsonLd } from '../../../src/lib/claims/meta.ts';
import { citationModel } from '../../../src/lib/cite/model.ts';
import { jsonScriptHtml } from '../../../src/lib/render/safe-html.ts';
import { ingest } from '../../../src/lib/ingest/ingest.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';
import { renderReport } from '../../../src/lib/render/report-html.ts';
import { activeContent } from '../../helpers/inert.ts';

const FIXTURE = 'tests/fixtures/hostile/hostile-2026.md';
/**
 * About 5 MB of words with no sentence end and escaped tags at both ends: one enormous paragraph.
 * (Markdown parsing of a paragraph packed with tens of thousands of tags is superlinear in micromark.)
 */
export const HUGE_PARAGRAPH = `\\<script>alert(5)\\</script> ${'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod '.repeat(72_000)}\\<img src=x onerror=alert(6)> end`;

function expectInert(html: string): void {
  expect(activeContent(html, true)).toEqual({ scripts: [], elements: [], attributes: [] });
}

let corpus: Corpus;
let html: string;
let rawHtml: string;
beforeAll(async () => {
  const input = await readContent(process.cwd());
  const text = readFileSync(FIXTURE, 'utf8').replace(
    '## References',
    `${HUGE_PARAGRAPH}\n\n## References`,
  );
  input.reports.push({ path: 'content/reports/hostile-2026.md', text });
  // A raw extraction with the same tricks goes through the ingest first, as report six would.
  const raw = ingest(readFileSync('tests/fixtures/hostile/raw.txt', 'utf8'), {
    id: 'hostile-raw-2026',
    title: 'Hostile raw extraction',
    authors: ['Eve Mallory'],
    publisher: 'Outlet',
    published: '2026-02-01',
    kind: 'report',
    origin: 'US',
    extraction: 'manual',
    file: 'raw.txt',
  });
  input.reports.push({ path: 'content/reports/hostile-raw-2026.md', text: raw.markdown });
  corpus = buildCorpus(input);
  const rawEntry = corpus.reports.find((r) => r.report.id === 'hostile-raw-2026')!;
  rawHtml = renderReport(rawEntry.body, {
    claims: corpus.claims.filter((c) => c.reportId === 'hostile-raw-2026'),
  }).html;
  const entry = corpus.reports.find((r) => r.report.id === 'hostile-2026')!;
  const claims = corpus.claims
    .filter((c) => c.reportId === 'hostile-2026')
    .sort((a, b) => a.position.start - b.position.start);
  html = renderReport(entry.body, { claims, clobberPrefix: 'hostile-2026-' }).html;
}, 120_000);

describe('a hostile report', () => {
  it('is parsed: its metadata and sentences are kept as text, the 5 MB paragraph included', () => {
    const entry = corpus.reports.find((r) => r.report.id === 'hostile-2026')!;
    expect(entry.report.authors[0]).toContain('</script>');
    expect(HUGE_PARAGRAPH.length).toBeGreaterThan(5_000_000);
    const claims = corpus.claims.filter((c) => c.reportId === 'hostile-2026');
    expect(claims.some((c) => c.text.length > 5_000_000)).toBe(true);
    expect(corpus.reports).toHaveLength(7);
  });

  it('keeps every character of a raw extraction as text through ingest, tags and Markdown syntax included', () => {
    const texts = corpus.claims.filter((c) => c.reportId === 'hostile-raw-2026').map((c) => c.text);
    expect(texts).toContain(
      'Hanoi said the rig was "</script><script>alert(\'quote\')</script>" and asked Beijing to withdraw it.',
    );
    expect(texts.join(' ')).toContain(
      "see *this* and [a](javascript:alert(1)) and _under_ `code` <img src=x onerror=alert('img')>.",
    );
    expect(texts.join(' ')).toContain('5 < 7 & AT&amp;T left');
    expect(rawHtml).toContain("&#x3C;/script>&#x3C;script>alert('quote')&#x3C;/script>");
    expectInert(rawHtml);
    // A bare https address becomes a link, untouched by the escaping; javascript: stays text.
    expect(rawHtml).toContain('href="https://www.mofa.gov.vn/en_statement?a=1&#x26;b=2"');
    expect(rawHtml).toContain("at javascript:alert('ref') and");
  });

  it('renders no element, attribute or URL that could run code', () => {
    expectInert(html);
    expect(html).toContain(
      "Hanoi said the rig was “&#x3C;/script>&#x3C;script>alert('quote')&#x3C;/script>”",
    );
    // The javascript: links lose their address but keep their text.
    expect(html).toContain('Read the <a>statement</a> and the <a>archive</a> or <a>data</a>');
    // Safe links survive; the claim anchors and permalinks are intact.
    expect(html).toContain('href="https://www.mofa.gov.vn/"');
    expect(html).toMatch(/<span class="claim" id="hostile-2026-[0-9a-f]{8}">/);
    expect(html).toMatch(/<a href="\/claims\/hostile-2026-[0-9a-f]{8}\/" class="claim-link"/);
  });

  it('with raw HTML in its Markdown stops the build, naming the file and lines', async () => {
    const input = await readContent(process.cwd());
    input.reports.push({
      path: 'content/reports/raw-html.md',
      text: readFileSync('tests/fixtures/hostile/raw-html.md', 'utf8'),
    });
    expect(() => buildCorpus(input)).toThrow(
      'content/reports/raw-html.md: raw HTML on line 18, 20; expected plain text (write "<" as "\\<")',
    );
  });

  it('keeps JSON-LD of a claim containing </script> parseable and closed', () => {
    const claim = corpus.claims.find((c) => c.text.includes('</script>') && c.text.length < 500)!;
    const report = corpus.reports.find((r) => r.report.id === 'hostile-2026')!.report;
    const ld = claimJsonLd(
      claim,
      citationModel(report, 'https://t.example/reports/hostile-2026/'),
      {
        site: 'https://t.example/',
        claim: `https://t.example/claims/${claim.id}/`,
      },
      [{ name: 'Vietnam', url: 'https://t.example/actors/vietnam/' }],
    );
    const text = jsonScriptHtml(ld);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cardHash,
  cardPng,
  cardTitle,
  cardTree,
  drawCard,
  pngSize,
  titleSize,
} from '../../../src/lib/cards/card.ts';
import { attestingLine, cardFooter, eventCard, reportCard } from '../../../src/lib/cards/inputs.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';

const corpus = buildCorpus(await readContent(process.cwd()));
const cache = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('social cards', () => {
  it('shorten long titles at a word and size them by length', () => {
    const long = 'word '.repeat(60).trim();
    expect(cardTitle(long).length).toBeLessThanOrEqual(170);
    expect(cardTitle(long).endsWith('word…')).toBe(true);
    expect(titleSize('Short title')).toBeGreaterThan(titleSize(long));
  });

  it('say what a report page and an event page are, from the real corpus', () => {
    const hayton = corpus.reports.find((r) => r.report.id === 'hayton-2015')!.report;
    const card = reportCard(hayton, 'https://t.example/reports/hayton-2015/');
    expect(card).toEqual({
      kicker: 'Report · Australia',
      title: hayton.title,
      lines: [
        'Bill Hayton',
        'United States Studies Centre at the University of Sydney, November 2015',
      ],
      footer: 't.example/reports/hayton-2015',
    });
    const reports = new Map(corpus.reports.map((r) => [r.report.id, r.report]));
    const rig = corpus.events.find((e) => e.id === '2014-hd981-oil-rig-crisis')!;
    const e = eventCard(rig, reports, 'https://t.example/events/2014-hd981-oil-rig-crisis/');
    expect(e.lines[0]).toBe(
      `1 May – 16 July 2014${rig.disagreements.length ? ' · the reports differ on the date' : ''}`,
    );
    const disputed = corpus.events.find((x) => x.disagreements.length > 0)!;
    expect(eventCard(disputed, reports, 'https://t.example/events/x/').lines[0]).toMatch(
      / · the reports differ on the date$/,
    );
    expect(e.lines[1]).toMatch(/^5 reports: .+ and 2 more$/);
    expect(attestingLine([])).toBe('Not yet attested by a report');
    expect(attestingLine(['Hayton 2015'])).toBe('Attested by Hayton 2015');
    expect(cardFooter('https://t.example/')).toBe('t.example');
  });

  it('lay report text out as text, never as markup', () => {
    const tree = cardTree({
      kicker: 'k',
      title: '<script>alert(1)</script>',
      lines: ['</svg>'],
      footer: 'f',
    });
    expect(JSON.stringify(tree)).toContain('"children":"<script>alert(1)</script>"');
  });

  it('draw a 1200×630 PNG, Vietnamese and hostile text included, and cache it by content hash', async () => {
    const input = {
      kicker: 'Actor · person',
      title: 'Nguyễn Tấn Dũng </svg><script>',
      lines: ['Named in 1 report'],
      footer: 't.example/a',
    };
    const first = await cardPng(input, cache);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    const files = readdirSync(cache);
    expect(files).toEqual([`${cardHash(input)}.png`]);
    // A second call reads the cached file: same bytes, no new file.
    expect(Buffer.compare(await cardPng(input, cache), first)).toBe(0);
    expect(readdirSync(cache)).toEqual(files);
    // Another text is another card.
    expect(cardHash({ ...input, title: 'Nguyễn Phú Trọng' })).not.toBe(cardHash(input));
    expect(existsSync(join(cache, files[0]!))).toBe(true);
    expect(Buffer.compare(readFileSync(join(cache, files[0]!)), await drawCard(input))).toBe(0);
  }, 30_000);

  it('read PNG sizes and refuse what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });
});

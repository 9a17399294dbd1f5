/**
 * Checks over the five committed reports in content/reports/: the hazards of the raw extractions must be
 * gone, the frontmatter must fit the report schema, and ingest over content/raw must reproduce each file
 * byte for byte (the Markdown is generated, never edited by hand; per-report decisions live as
 * declarative `hints` in content/raw/sources.yaml).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { reportSchema } from '../../../src/lib/schemas/report.ts';
import { decodeRaw, ingest } from '../../../src/lib/ingest/ingest.ts';
import { metaFromYaml } from '../../../src/lib/ingest/meta.ts';

const IDS = ['hayton-2015', 'gitter-kania-2017', 'soliman-2022', 'liu-2016', 'xin-2015'] as const;
const read = (id: string): string => readFileSync(`content/reports/${id}.md`, 'utf8');
const split = (md: string): { fm: unknown; body: string } => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(md);
  if (!m) throw new Error('no frontmatter');
  return { fm: parse(m[1]!), body: m[2]! };
};
/** Body without references, footnote definitions and list items built from tables. */
const prose = (body: string): string[] =>
  body
    .split(/\n## (?:References|Notes)\n/u)[0]!
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('[^'));

/**
 * Tokens where digits legitimately touch letters: ship and rig names (HS981, HD-981), aircraft
 * (F-16, P-3C, S-400), groupings (ASEAN+3, G20), ordinals (8th, 1990s), currencies/figures ($5.7, 3.54)
 * and times. A glued footnote would look like "word12" or "2015.12" or "201511".
 */
const ALLOWED_DIGIT_TOKEN =
  /^(?:[A-Z]{1,5}-?\d+[A-Z]?|[A-Z]+\+\d|\d+(?:st|nd|rd|th|s)|-?(?:US)?\$?\d[\d,.]*[a-z]?|\d+[–-]\d+)$/u;

describe.each(IDS)('%s', (id) => {
  const md = read(id);
  const { fm, body } = split(md);
  const lines = prose(body);

  it('frontmatter fits the report schema', () => {
    const r = reportSchema.safeParse(fm);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(reportSchema.parse(fm).id).toBe(id);
  });

  it('has no line that is only a number', () => {
    expect(body.split('\n').filter((l) => /^\s*\d+\s*$/u.test(l))).toEqual([]);
  });

  it('has no footnote digits glued to a word or a year', () => {
    const glued: string[] = [];
    for (const l of lines) {
      for (const m of l
        .replace(/\[\^\d+\]/gu, ' ')
        .replace(/https?:\S+/gu, ' ')
        .matchAll(/\S*(?:\p{Ll}\d|[.,;)”’]\d{1,3}(?=\s|$)|\b(?:19|20)\d{3,4}\b)\S*/gu)) {
        const tok = m[0].replace(/^[("“‘]+|[)”’.,;:]+$/gu, '');
        if (!ALLOWED_DIGIT_TOKEN.test(tok)) glued.push(tok);
      }
    }
    expect(glued).toEqual([]);
  });

  it('has no paragraph twice', () => {
    const seen = new Set<string>();
    const dup: string[] = [];
    for (const l of lines) {
      if (l.length < 30 || l.startsWith('#') || l.startsWith('|')) continue;
      if (seen.has(l)) dup.push(l);
      seen.add(l);
    }
    expect(dup).toEqual([]);
  });

  it('has none of the web-chrome strings', () => {
    for (const s of [
      'Skip to main content',
      'Adjust font size',
      'Leave a Reply',
      '0 comments',
      '作者',
      '时间',
      '责编',
      'Your email address',
    ])
      expect(body).not.toContain(s);
  });

  it('has no spaces inside runs of Chinese characters', () => {
    expect(body).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/u);
  });

  it('has no "word- word" line-break remnants', () => {
    expect(body.match(/\p{L}- \p{Ll}/gu) ?? []).toEqual([]);
  });

  it('has no H1 and one paragraph per line', () => {
    expect(body).not.toMatch(/^# /mu);
    expect(body).not.toMatch(/\n{3,}/u);
  });

  it('is reproduced byte for byte by ingest over content/raw', () => {
    const sources = readFileSync('content/raw/sources.yaml', 'utf8');
    const raw = `content/raw/${id}.txt`;
    const text = decodeRaw(new Uint8Array(readFileSync(raw)), raw);
    expect(ingest(text, metaFromYaml(sources, raw, 'content/raw/sources.yaml'), raw).markdown).toBe(
      md,
    );
  });
});

describe('references', () => {
  it.each(['soliman-2022', 'liu-2016', 'xin-2015'])(
    '%s has a References section with entries',
    (id) => {
      const body = split(read(id)).body;
      expect(body).toMatch(/^## References\n\n- /mu);
    },
  );
});

describe('specific repairs', () => {
  it('keeps Chinese characters with the spacing collapsed', () => {
    expect(read('gitter-kania-2017')).toContain('中共中央对外联络部');
  });
  it('rejoins a name split by a page number', () => {
    expect(read('gitter-kania-2017')).toMatch(/Nguyen Phu Trong/u);
    expect(read('gitter-kania-2017')).not.toMatch(/Nguyen Phu\s*\n/u);
  });
  it('keeps real compounds split at a line break', () => {
    expect(read('hayton-2015')).toContain('search-and-rescue');
  });
  it('keeps the whole date of each row of the table of high-level visits', () => {
    const rows = read('hayton-2015').match(/^- \*\*([^*]+)\*\* — /gmu) ?? [];
    expect(rows.length).toBe(15);
    for (const r of rows)
      expect(r).toMatch(/^- \*\*\d{1,2}(?:–\d{1,2})? [A-Z][a-z]+ 20\d\d\*\* — $/u);
    expect(read('hayton-2015')).toContain('**16–17 April 2015**');
  });
  it('restores lost hyphens in gitter-kania-2017', () => {
    const md = read('gitter-kania-2017');
    for (const s of ['SinoVietnamese', 'nonCPV', 'U.S.Vietnamese']) expect(md).not.toContain(s);
    expect(md).toContain('non-CPV candidates');
    expect(md).toContain('U.S.-Vietnamese relations');
  });
  it('joins the heading xin-2015 breaks over two lines', () => {
    expect(read('xin-2015')).toContain(
      '\n## Prospects and Implications of US-Vietnam Security Cooperation\n',
    );
  });
  it('rebuilds the trade tables of hayton-2015 as GFM tables', () => {
    expect(
      read('hayton-2015').match(/^\| Year \| Imports \| Exports \| Balance \|$/gmu),
    ).toHaveLength(2);
  });
});

/** Unit tests for the pure ingest functions, on text cut from the raw reports and on hostile input. */
import { describe, expect, it } from 'vitest';
import {
  checkMeta,
  decodeRaw,
  ingest,
  IngestError,
  markFootnotes,
  type IngestMeta,
} from '../../../src/lib/ingest/ingest.ts';
import {
  collapseCjkSpacing,
  joinHyphenated,
  restoreLostHyphens,
  vocabularyOf,
} from '../../../src/lib/ingest/text.ts';
import { metaFromYaml } from '../../../src/lib/ingest/meta.ts';
import { detectExtraction } from '../../../src/lib/ingest/decode.ts';

const META = {
  id: 't',
  title: 'T',
  authors: ['A B'],
  published: '2015-11',
  publisher: 'P',
  kind: 'report',
  origin: 'AU',
  extraction: 'pdf',
  file: 't.txt',
} satisfies IngestMeta;

describe('markFootnotes', () => {
  it('splits a note glued to closing punctuation', () => {
    expect(markFootnotes('(object of struggle).1 Diplomacy will', 1).text).toBe(
      '(object of struggle).[^1] Diplomacy will',
    );
  });
  it('splits a note glued to a year only when that note is due', () => {
    expect(markFootnotes('the first nine months of 201511 with employment', 11).text).toBe(
      'the first nine months of 2015[^11] with employment',
    );
    expect(markFootnotes('the first nine months of 201511 with employment', 3).text).toBe(
      'the first nine months of 201511 with employment',
    );
  });
  it('splits "2001–7.7" into a year range and note 7', () => {
    expect(markFootnotes('7.25 per cent in 2001–7.7 Although most', 7).text).toBe(
      '7.25 per cent in 2001–7.[^7] Although most',
    );
  });
  it('marks a floating note before a capitalised word', () => {
    expect(markFootnotes('the basis for managing issues. 1 Although Sino-Vietnamese', 1).text).toBe(
      'the basis for managing issues.[^1] Although Sino-Vietnamese',
    );
  });
  it('leaves decimals, money, ship names and counts alone', () => {
    for (const t of [
      '(up 19.6 per cent on 2013)',
      '$27.9 billion',
      'the HS981 oil rig',
      'the HD-981 rig',
      'F-16 jets, 2 of them',
    ]) {
      expect(markFootnotes(t, 6).text).toBe(t);
    }
  });
  it('does not reuse a note number', () => {
    const used = new Set<number>();
    const a = markFootnotes('first.5 Then', 5, used);
    expect(markFootnotes('again.5 Then', a.expected, used).text).toBe('again.5 Then');
  });
});

describe('text repairs', () => {
  it('collapses spaces inside Chinese runs and their brackets', () => {
    expect(collapseCjkSpacing('International Department ( 中 共 中 央 对 外 联 络 部 ).')).toBe(
      'International Department (中共中央对外联络部).',
    );
  });
  it('restores lost hyphens', () => {
    expect(restoreLostHyphens('persistent friction in SinoVietnamese relations').text).toBe(
      'persistent friction in Sino-Vietnamese relations',
    );
    expect(restoreLostHyphens('allowing nonCPV candidates').text).toBe(
      'allowing non-CPV candidates',
    );
    expect(restoreLostHyphens('U.S.Vietnamese relations').text).toBe('U.S.-Vietnamese relations');
    expect(restoreLostHyphens('the U.S. Navy and Sinology').count).toBe(0);
  });
  it('keeps compounds and removes line-break hyphens', () => {
    const vocab = vocabularyOf('a robust partnership and accommodating China');
    expect(joinHyphenated('maritime security, search-and-', 'rescue, humanitarian', vocab)).toBe(
      'maritime security, search-and-rescue, humanitarian',
    );
    expect(joinHyphenated('oil surveys in an area off south-', 'eastern Vietnam', vocab)).toBe(
      'oil surveys in an area off south-eastern Vietnam',
    );
    expect(joinHyphenated('party-', 'to-party talks', vocab)).toBe('party-to-party talks');
    expect(joinHyphenated('accommo-', 'dating China', vocab)).toBe('accommodating China');
  });
});

describe('ingest', () => {
  it('rejoins a name split by a page number and records the page number', () => {
    const raw =
      'Sea dispute on the sidelines. In August, Le Hong Anh visited General Secretary Nguyen Phu\n4\n Trong, where he conveyed the desire to improve relations.\n';
    const r = ingest(raw, META);
    expect(r.markdown).toContain('Nguyen Phu Trong, where');
    expect(r.frontmatter.removed).toEqual([{ kind: 'page-number', text: '4', line: 2 }]);
  });
  it('removes web chrome and records it', () => {
    const raw =
      'Skip to main content\n\nBody text that is long enough to be a paragraph of the report.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *';
    const r = ingest(raw, { ...META, extraction: 'web' as const });
    expect(r.markdown.split('---\n')[2]).toBe(
      'Body text that is long enough to be a paragraph of the report.\n',
    );
    expect(r.stats.removed).toEqual({ chrome: 3 });
  });
  it('removes a pull-quote repeating body text', () => {
    const body =
      'Chinese direct investment in Vietnam usually provokes prevailing social debates on labor, corruption and environmental issues.';
    const raw = `Furthermore, ${body} More text follows.\n\n${body}\n\nNext paragraph.`;
    const r = ingest(raw, { ...META, extraction: 'web' as const });
    expect(r.stats.removed).toEqual({ 'pull-quote': 1 });
    expect(r.markdown.match(/usually provokes/gu)).toHaveLength(2); // once in the body, once in `removed`
  });
  it('refuses empty, binary and non-UTF-8 input naming the file', () => {
    expect(() => decodeRaw(new Uint8Array(), 'x.txt')).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: x.txt: the file is empty; expected a UTF-8 text extraction]`,
    );
    expect(() => decodeRaw(new Uint8Array([1, 0, 2]), 'x.txt')).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: x.txt: the file looks binary (it contains NUL bytes); expected UTF-8 text]`,
    );
    expect(() =>
      decodeRaw(new Uint8Array([0x41, 0xff, 0x42]), 'x.txt'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: x.txt: the file is not valid UTF-8 (first bad byte at offset 1); re-save it as UTF-8]`,
    );
  });
  it('refuses metadata without title, author or date, or with an impossible date', () => {
    expect(() =>
      checkMeta({ id: 'a', authors: ['B'], published: '2015' }, 'f'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f: metadata is missing title; give --meta <yaml> or --id/--title/--author/--published]`,
    );
    expect(() =>
      checkMeta({ id: 'a', title: 'T', published: '2015' }, 'f'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f: metadata is missing author; give --meta <yaml> or --id/--title/--author/--published]`,
    );
    expect(() =>
      checkMeta({ id: 'a', title: 'T', authors: ['B'] }, 'f'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f: metadata is missing published (date); give --meta <yaml> or --id/--title/--author/--published]`,
    );
    expect(() =>
      checkMeta({ id: 'a', title: 'T', authors: ['B'], published: '2015-02-29' }, 'f'),
    ).toThrow(IngestError);
  });
  it('picks the sources.yaml record by file name or id', () => {
    const y =
      '- id: a-1\n  file: raw/a.txt\n  title: A\n- id: b-2\n  file: raw/b.txt\n  title: B\n';
    expect(metaFromYaml(y, 'somewhere/b.txt', 'm.yaml').id).toBe('b-2');
    expect(metaFromYaml(y, 'c.txt', 'm.yaml', 'a-1').title).toBe('A');
    expect(() => metaFromYaml(y, 'c.txt', 'm.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: m.yaml: no record whose file is "c.txt"]`,
    );
    expect(() => metaFromYaml('a: [', 'c.txt', 'm.yaml')).toThrowErrorMatchingInlineSnapshot(`
      [IngestError: m.yaml: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 5:

      a: [
          ^
      ]
    `);
  });
});

const body = (md: string): string => md.split('\n---\n')[1]!;

describe('general rules', () => {
  it('never makes a heading of a line that stops mid-sentence at a page break', () => {
    const raw = [
      'ships on both sides were watched closely, and within days,',
      '',
      '3',
      'Policy Brief No. 7 | January 2024',
      '',
      'Chinese coast guard ships used water cannon against',
      '',
      'Vietnamese fisheries surveillance vessels, and ships on both sides were rammed.',
      '',
      '4',
      'Policy Brief No. 7 | January 2024',
      '',
      'A second paragraph that ends the page properly and has enough words in it.',
      '5',
      'Policy Brief No. 7 | January 2024',
    ].join('\n');
    const md = body(ingest(raw, META).markdown);
    expect(md).not.toMatch(/^#/mu);
    expect(md).toContain(
      'within days, Chinese coast guard ships used water cannon against Vietnamese fisheries',
    );
    expect(md).not.toContain('Policy Brief');
  });
  it('joins a paragraph across a page foot with notes, footer, page number, slug and running header', () => {
    const raw = [
      'MARITIME HEDGING',
      'The crisis showed that Vietnam will go on hedging, and that it is more willing than before to let its',
      '',
      '* Jane Doe is a senior fellow at the Centre.',
      '1 Reuters, "China moves oil rig", 3 May 2014.',
      '2 BBC News, "Protests", 15 May 2014.',
      'CIMPS REPORT | DECEMBER 2019',
      '1',
      'Hedging_final.indd 4                   12/12/19 4:05 PM',
      '\fMARITIME HEDGING',
      'partners share the burden of watching the sea.1 The rig left in July.2',
      'CIMPS REPORT | DECEMBER 2019',
      '2',
      'Hedging_final.indd 5                   12/12/19 4:05 PM',
      '\fMARITIME HEDGING',
      'More text on the third page, long enough to be a paragraph of its own.',
      'CIMPS REPORT | DECEMBER 2019',
      '3',
    ].join('\n');
    const r = ingest(raw, META);
    const md = body(r.markdown);
    expect(md).toContain(
      'to let its partners share the burden of watching the sea.[^1] The rig left in July.[^2]',
    );
    expect(md).toContain('[^1]: Reuters, "China moves oil rig", 3 May 2014.');
    expect(md).not.toMatch(/Jane Doe|CIMPS|indd|4:05|MARITIME/u);
    expect(r.stats.removed).toMatchObject({ slug: 2, 'author-bio': 1, 'page-number': 3 });
  });
  it('marks a number only where a note with that number exists', () => {
    const raw = [
      'The rig arrived in May 2014.1 By 4:05 PM the talks had ended, as BBC News said on 15 May 2014.',
      '',
      'Notes',
      '1 Reuters, "China moves oil rig", 3 May 2014. 2 Author\'s interviews, Hanoi, 2023.',
    ].join('\n');
    const md = body(ingest(raw, { ...META, extraction: 'web' as const }).markdown);
    expect(md).toContain('May 2014.[^1] By 4:05 PM');
    expect(md).toContain('on 15 May 2014.\n');
    expect(md).toContain("[^2]: Author's interviews, Hanoi, 2023.");
    expect(md).not.toContain('Notes');
  });
  it('rebuilds a flattened table of plain figures without losing a figure', () => {
    const raw = [
      'Trade grew quickly over the two decades, as the table shows in some detail here.',
      '',
      'Year Exports Imports Balance',
      '2000 1.5 1.4 0.1',
      '2005 3.2 5.9 -2.7',
      '2019 41.4 75.5 -34.1',
      '',
      'The deficit grew almost every year after 2005, and it became a political issue.',
    ].join('\n');
    const md = body(ingest(raw, META).markdown);
    expect(md).toContain('| Year | Exports | Imports | Balance |');
    expect(md).toContain('| 2005 | 3.2 | 5.9 | -2.7 |');
    expect(md).toContain('| 2019 | 41.4 | 75.5 | -34.1 |');
  });
  it('splits a references list with a hanging indent at its unindented lines', () => {
    const raw = [
      'The argument draws on the works below and on interviews in the region over many years.',
      '',
      'REFERENCES',
      'Green, Michael, Kathleen Hicks and Zack Cooper,',
      '    John Schaus and Jake Douglas. 2017.',
      '    Countering Coercion in Maritime Asia.',
      '    Washington, DC: CSIS.',
      'Womack, Brantly. 2006. China and Vietnam: The',
      '    Politics of Asymmetry. Cambridge: Cambridge',
      '    University Press.',
    ].join('\n');
    const md = body(ingest(raw, META).markdown);
    expect(md).toContain(
      '- Green, Michael, Kathleen Hicks and Zack Cooper, John Schaus and Jake Douglas. 2017. Countering Coercion in Maritime Asia. Washington, DC: CSIS.\n- Womack, Brantly. 2006.',
    );
  });
  it('takes the page furniture after a references list out of the references, and logs it', () => {
    const raw = [
      'The argument draws on the works below and on interviews in the region over many years.',
      '',
      'References',
      'Hayton, Bill. 2014. The South China Sea. New Haven: Yale University Press.',
      'Womack, Brantly. 2006. China and Vietnam. Cambridge: Cambridge University Press.',
      'Cite this: Doe, J. (2023) ‘Carriers and caution’, Example Institute, 5 October.',
      'Download PDF (412 KB)',
      'Share this post',
    ].join('\n');
    const r = ingest(raw, { ...META, extraction: 'web' as const });
    const md = body(r.markdown);
    expect(md).toContain('- Womack, Brantly. 2006.');
    expect(md).not.toMatch(/Cite this|Download PDF|Share this post/u);
    expect(r.stats.removed.chrome).toBeGreaterThanOrEqual(3);
  });
  it('keeps the paragraph after a bullet list out of the last bullet', () => {
    const raw =
      'The report makes two findings:\n• Hanoi answers coercion at sea with firmness.\n• Defence ties have grown.\nTaken together, these findings suggest hedging.\n';
    const md = body(ingest(raw, META).markdown);
    expect(md).toContain(
      '- Defence ties have grown.\n\nTaken together, these findings suggest hedging.',
    );
  });
  it('removes the furniture of a news page and logs each kind', () => {
    const raw = [
      'Skip to main content',
      'World',
      'Asia',
      'Opinion',
      '',
      'We use cookies to improve your experience. Accept all to continue.',
      '',
      'Home › Asia-Pacific › Southeast Asia',
      '',
      'ANALYSIS',
      '',
      'By A B | 4 April 2020, 10:42 GMT+7',
      '',
      'HANOI — Vietnam has lodged a formal protest with China after a Chinese coast guard ship rammed and sank a Vietnamese fishing boat in the Paracel Islands.',
      '',
      'Advertisement',
      '',
      'Related articles',
      'US carrier docks in Da Nang – 5 March 2020',
      '',
      'A B is our Hanoi correspondent.',
      '',
      'Comments (3)',
      'saigonwatcher',
      'Same story every year.',
    ].join('\n');
    const r = ingest(raw, { ...META, extraction: 'web' as const });
    expect(body(r.markdown)).toBe(
      'Vietnam has lodged a formal protest with China after a Chinese coast guard ship rammed and sank a Vietnamese fishing boat in the Paracel Islands.\n',
    );
    expect(Object.keys(r.stats.removed).sort()).toEqual(
      [
        'author-bio',
        'byline',
        'chrome',
        'comment',
        'dateline',
        'front-matter',
        'navigation',
        'related',
      ].sort(),
    );
  });
  it('works out the kind of text when the metadata does not say', () => {
    expect(
      detectExtraction(
        'Title\f\nSome text wrapped at a fixed width that goes on and on and\nruns into the next line without a break at all here\n3\n',
      ),
    ).toBe('pdf');
    expect(
      detectExtraction(
        'Skip to main content\nShare\nBy A B | 2 May 2020\n\n' +
          'A long paragraph of a web page that is kept on one line as browsers give it. '.repeat(4),
      ),
    ).toBe('web');
    const para =
      'A Word para\u00adgraph kept on one line, as an export gives it, long enough to count as a paragraph of the text and more. ';
    expect(
      detectExtraction(
        `Contents\nIntroduction........3\nOutlook........7\n\n${para.repeat(2)}\n\n${para.repeat(2)}\n\n${para.repeat(2)}\n`,
      ),
    ).toBe('docx');
  });
  it('refuses metadata that does not fit the schema, naming the field and what was expected', () => {
    expect(() =>
      checkMeta({ id: 'Bad Id', title: 'T', authors: ['A'], published: '2015' }, 'f.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f.yaml: metadata field "id": expected a lowercase slug such as "hayton-2015"]`,
    );
    expect(() =>
      checkMeta(
        { id: 'a', title: 'T', authors: ['A'], published: '2015', extraction: 'scan' } as never,
        'f',
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f: metadata field "extraction": Invalid option: expected one of "pdf"|"web"|"docx"|"html"|"manual"]`,
    );
    expect(() =>
      checkMeta(
        { id: 'a', title: 'T', authors: ['A'], published: '2015', hints: { tabel: [] } } as never,
        'f',
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[IngestError: f: metadata field "hints": Unrecognized key: "tabel"]`,
    );
  });
});

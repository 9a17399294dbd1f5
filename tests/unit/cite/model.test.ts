import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  citationModel,
  outletType,
  quotationNote,
  ZOTERO_TYPE,
  type Work,
  type WorkType,
} from '../../../src/lib/cite/model.ts';
import { outletIndex, parseOutlets } from '../../../src/lib/cite/outlets.ts';
import { schemaType, workJsonLd, workMetaTags } from '../../../src/lib/cite/meta.ts';
import { fullDate, socialTags, webPageJsonLd } from '../../../src/lib/cite/social.ts';
import { citeClaim, citeWork } from '../../../src/lib/claims/cite.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import type { Report } from '../../../src/lib/schemas/report.ts';

const outletsText = readFileSync(new URL('../../../content/outlets.yaml', import.meta.url), 'utf8');
const corpus = buildCorpus(await readContent(process.cwd()));
const outletOf = outletIndex(parseOutlets(outletsText));

const base: Report = {
  id: 'doe-2020',
  title: 'A Test of Kinds',
  authors: ['Jane Doe'],
  publisher: 'Some Outlet',
  published: '2020-03-04',
  kind: 'report',
  origin: 'US',
  language: 'en',
  extraction: 'web',
  removed: [],
};
const URL_ = 'https://t.example/reports/doe-2020/';

/** The forms' own names for each item type. */
const RIS_TY: Record<WorkType, string> = {
  report: 'RPRT',
  'article-journal': 'JOUR',
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  'post-weblog': 'BLOG',
};
const BIBTEX_TYPE: Record<WorkType, string> = {
  report: 'techreport',
  'article-journal': 'article',
  'article-newspaper': 'article',
  'article-magazine': 'article',
  'post-weblog': 'misc',
};
/** The BibTeX field holding the publisher or container. */
const BIBTEX_CONTAINER: Record<WorkType, string> = {
  report: 'institution',
  'article-journal': 'journal',
  'article-newspaper': 'journal',
  'article-magazine': 'journal',
  'post-weblog': 'publisher',
};

function risTags(ris: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of ris.split('\n')) {
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (m) tags.set(m[1]!, [...(tags.get(m[1]!) ?? []), m[2]!]);
  }
  return tags;
}

function bibtexFields(bibtex: string): { type: string; fields: Map<string, string> } {
  const type = /^@(\w+)\{/.exec(bibtex)?.[1] ?? '';
  const fields = new Map<string, string>();
  for (const m of bibtex.matchAll(/^\t(\w+) = \{(.*)\},$/gm)) fields.set(m[1]!, m[2]!);
  return { type, fields };
}

/** Every form of `work` (and of a claim of it) agrees with the model on type, container and URL. */
function expectFormsAgree(work: Work) {
  const holder = work.container ?? work.publisher!;
  const forms = citeWork(work);
  const claim = {
    section: ['Introduction'],
    paragraph: 45,
    sentence: 1,
    text: 'A sentence of the report.',
  };
  const permalink = `https://t.example/claims/${work.id}-0000abcd/`;
  const claimForms = citeClaim(work, claim, permalink);

  for (const f of [forms, claimForms]) {
    // CSL-JSON: the model itself.
    const [csl] = JSON.parse(f.cslJson) as Array<Record<string, unknown>>;
    expect(csl?.['type']).toBe(work.type);
    expect(csl?.['URL']).toBe(work.url);
    expect(csl?.['title']).toBe(work.title);
    expect(csl?.['author']).toEqual(work.authors);
    expect(csl?.['container-title']).toBe(work.container);
    expect(csl?.['publisher']).toBe(work.publisher);

    // RIS: type, container (T2) or publisher (PB), URL, authors and date.
    const ris = risTags(f.ris);
    expect(ris.get('TY')).toEqual([RIS_TY[work.type]]);
    expect(ris.get('UR')).toEqual([work.url]);
    expect(ris.get(work.container ? 'T2' : 'PB')).toEqual([holder]);
    expect(ris.get('AU')).toEqual(work.authors.map((a) => `${a.family}, ${a.given}`));
    expect(ris.get('DA')?.[0]).toMatch(new RegExp(`^${work.published.slice(0, 4)}/`));
    const [fromRis] = new Cite(f.ris).data as Array<Record<string, unknown>>;
    expect(fromRis?.['type']).toBe(work.type);
    expect(fromRis?.['URL']).toBe(work.url);

    // BibTeX: entry type and the field holding the container or publisher.
    const bib = bibtexFields(f.bibtex);
    expect(bib.type).toBe(BIBTEX_TYPE[work.type]);
    expect(bib.fields.get('url')).toBe(work.url);
    expect(bib.fields.get(BIBTEX_CONTAINER[work.type])).toBe(holder);
  }

  // The styles name the container or publisher and (Chicago, APA) the URL.
  for (const text of [
    forms.chicagoBibliography,
    forms.apa,
    forms.mla,
    claimForms.chicagoBibliography,
  ])
    expect(text).toContain(holder);
  for (const text of [forms.chicagoBibliography, forms.apa]) expect(text).toContain(work.url);
  expect(claimForms.chicagoBibliography).toBe(forms.chicagoBibliography);

  // The claim's reference-manager forms carry the quotation and its place.
  expect(JSON.parse(claimForms.cslJson)[0].note).toBe(quotationNote(claim, permalink));
  expect(risTags(claimForms.ris).get('N1')).toEqual([quotationNote(claim, permalink)]);

  // Page metadata: the tags that decide Zotero's item type, the container and the URL.
  const tags = workMetaTags(work);
  const get = (k: string) => tags.filter((t) => t.key === k).map((t) => t.content);
  expect(get('citation_title')).toEqual([work.title]);
  expect(get('citation_public_url')).toEqual([work.url]);
  if (work.type === 'report')
    expect(get('citation_technical_report_institution')).toEqual([holder]);
  else expect(get('citation_technical_report_institution')).toEqual([]);
  if (work.type === 'article-journal') expect(get('citation_journal_title')).toEqual([holder]);
  else expect(get('citation_journal_title')).toEqual([]);
  if (work.type !== 'report' && work.type !== 'article-journal')
    expect(get('prism.publicationName')).toEqual([holder]);
  else expect(get('prism.publicationName')).toEqual([]);
  expect(get('z.itemType')).toEqual([ZOTERO_TYPE[work.type]]);
  expect(get('DC.type')).toEqual(work.genre ? [work.genre] : []);
  expect(get('eprints.place_of_pub')).toEqual(work.place ? [work.place] : []);
  expect(get('DC.description')).toEqual(
    work.originalUrl ? [`Originally published at ${work.originalUrl}`] : [],
  );
  const ld = workJsonLd(work, { site: 'https://t.example/' });
  expect(ld['@type']).toBe(schemaType(work));
  expect(ld['url']).toBe(work.url);
  if (work.container) expect((ld['isPartOf'] as { name: string }).name).toBe(holder);
  else expect((ld['publisher'] as { name: string }).name).toBe(holder);
}

describe('citation model', () => {
  it('lists every publisher of the corpus in content/outlets.yaml', () => {
    const missing = corpus.reports
      .filter((r) => !outletOf(r.report.publisher))
      .map((r) => r.report.publisher);
    expect(missing).toEqual([]);
  });

  it('types the real reports by kind and outlet', () => {
    const types = Object.fromEntries(
      corpus.reports.map(({ report }) => [
        report.id,
        citationModel(report, URL_, outletOf(report.publisher)).type,
      ]),
    );
    // A think-tank report, a journal article, a news article and a blog's commentary.
    expect(new Set(Object.values(types))).toEqual(
      new Set(['report', 'article-journal', 'article-newspaper', 'post-weblog']),
    );
    for (const { report } of corpus.reports) {
      const work = citationModel(report, URL_, outletOf(report.publisher));
      if (report.kind === 'report') expect(work.type).toBe('report');
      if (work.type === 'report') expect(work.publisher).toBe(report.publisher);
      else expect(work.container).toBe(report.publisher);
      expect(work.url).toBe(URL_);
      expect(work.originalUrl).toBe(report.url ?? undefined);
    }
  });

  it('every form of every real report agrees with its model', () => {
    for (const { report } of corpus.reports)
      expectFormsAgree(
        citationModel(
          report,
          `https://t.example/reports/${report.id}/`,
          outletOf(report.publisher),
        ),
      );
  });

  it.each([
    ['report', 'institution', 'report'],
    ['paper', 'institution', 'report'],
    ['article', 'journal', 'article-journal'],
    ['commentary', 'news', 'article-newspaper'],
    ['article', 'magazine', 'article-magazine'],
    ['commentary', 'blog', 'post-weblog'],
    ['commentary', 'institution', 'post-weblog'],
    ['report', 'journal', 'article-journal'],
  ] as const)(
    'a %s from a %s outlet is cited as %s, every form agreeing',
    (kind, type, expected) => {
      const work = citationModel({ ...base, kind }, URL_, {
        name: base.publisher,
        type,
        place: 'Hanoi',
      });
      expect(work.type).toBe(expected);
      if (kind === 'paper') expect(work.genre).toBe('Working paper');
      expect(work.place).toBe('Hanoi');
      expectFormsAgree(work);
    },
  );

  it('a working paper says so in its genre, in BibTeX and in its tags', () => {
    const work = citationModel({ ...base, kind: 'paper' }, URL_);
    expect(bibtexFields(citeWork(work).bibtex).fields.get('type')).toBe('Working paper');
    expect(workMetaTags(work).find((t) => t.key === 'DC.type')?.content).toBe('Working paper');
    expect(workJsonLd(work, { site: 'https://t.example/' })['genre']).toBe('Working paper');
  });

  it('types an outlet missing from the registry from the report', () => {
    expect(outletType({ kind: 'report', publisher: 'Anything' })).toBe('institution');
    expect(outletType({ kind: 'paper', publisher: 'Anything' })).toBe('institution');
    expect(outletType({ kind: 'article', publisher: 'Journal of Vietnamese Studies' })).toBe(
      'journal',
    );
    expect(
      outletType({ kind: 'article', publisher: 'Contemporary Southeast Asia Quarterly' }),
    ).toBe('journal');
    expect(outletType({ kind: 'article', publisher: 'The Diplomat' })).toBe('magazine');
    expect(outletType({ kind: 'commentary', publisher: 'Fulcrum' })).toBe('blog');
  });

  it("refuses an outlet that is not the report's publisher", () => {
    expect(() => citationModel(base, URL_, { name: 'Other', type: 'news' })).toThrow(
      /outlet "Other" is not the publisher of report "doe-2020"/,
    );
  });

  it('keeps the original URL as a note of the report, never as its URL', () => {
    const work = citationModel({ ...base, url: 'https://outlet.example/a?b=1&c=2' }, URL_);
    const [csl] = JSON.parse(citeWork(work).cslJson);
    expect(csl.URL).toBe(URL_);
    expect(csl.note).toBe('Originally published at https://outlet.example/a?b=1&c=2');
    expect(workJsonLd(work, { site: 'https://t.example/' })['sameAs']).toBe(
      'https://outlet.example/a?b=1&c=2',
    );
  });

  it('writes family-first names as the report gives them', () => {
    const work = citationModel(
      { ...base, authors: ['Xin Qiang', 'Bill Hayton'], family_names: ['Xin', 'Hayton'] },
      URL_,
    );
    expect(
      workMetaTags(work)
        .filter((t) => t.key === 'citation_author')
        .map((t) => t.content),
    ).toEqual(['Xin, Qiang', 'Hayton, Bill']);
  });
});

describe('outlets file', () => {
  it('stops on an unknown type, a missing name, an unknown field and a name listed twice, naming each', () => {
    const bad = [
      '- name: A',
      '  type: tabloid',
      '- type: news',
      '- name: B',
      '  type: news',
      '  city: Hanoi',
      '- name: C',
      '  type: blog',
      '- name: C',
      '  type: news',
    ].join('\n');
    expect(() => parseOutlets(bad)).toThrow(
      /entry 0 \("A"\), field "type": expected one of institution, journal, news, magazine, blog/,
    );
    expect(() => parseOutlets(bad)).toThrow(
      /entry 1, field "name": expected string \(field is missing\)/,
    );
    expect(() => parseOutlets(bad)).toThrow(/entry 2 \("B"\): unknown field\(s\) "city"/);
    expect(() => parseOutlets(bad)).toThrow(/entry 4 \("C"\), field "name": listed twice/);
    expect(() => parseOutlets('name: [')).toThrow(/content\/outlets\.yaml: invalid YAML/);
    expect(() => parseOutlets('name: A')).toThrow(/expected a list of outlets/);
  });
});

describe('abstract', () => {
  it("is the report's own abstract when it has one, in the tags and CSL-JSON, and absent otherwise", () => {
    const work = citationModel({ ...base, abstract: 'What the report is about.' }, URL_);
    expect(
      workMetaTags(work)
        .filter((t) => t.key === 'citation_abstract')
        .map((t) => t.content),
    ).toEqual(['What the report is about.']);
    expect(JSON.parse(citeWork(work).cslJson)[0].abstract).toBe('What the report is about.');
    expect(workMetaTags(citationModel(base, URL_)).some((t) => t.key === 'citation_abstract')).toBe(
      false,
    );
  });
});

describe('web pages', () => {
  it('date a page by when it last changed, at its precision for Zotero and as a full date in JSON-LD', () => {
    const tags = socialTags(
      { title: 'Bạch Đằng', description: 'd', modified: '2015-11', image: '/cards/events/x.png' },
      'https://t.example/events/x/',
      'https://t.example/',
    );
    const get = (k: string) => tags.filter((t) => t.key === k).map((t) => t.content);
    expect(get('DC.date')).toEqual(['2015-11']);
    expect(get('dcterms.modified')).toEqual(['2015-11']);
    expect(get('og:type')).toEqual(['website']);
    expect(get('article:published_time')).toEqual([]);
    expect(get('twitter:card')).toEqual(['summary_large_image']);
    expect(get('og:image')).toEqual(['https://t.example/cards/events/x.png']);
    const ld = webPageJsonLd(
      { title: 'Bạch Đằng', description: 'd', modified: '2015-11' },
      'https://t.example/events/x/',
      'https://t.example/',
    );
    expect(ld['dateModified']).toBe('2015-11-01');
    expect(ld['datePublished']).toBeUndefined();
    expect([fullDate('2017'), fullDate('2015-11'), fullDate('2014-05-02')]).toEqual([
      '2017-01-01',
      '2015-11-01',
      '2014-05-02',
    ]);
    expect(
      socialTags({ title: 't', description: 'd' }, 'https://t.example/', 'https://t.example/').find(
        (t) => t.key === 'twitter:card',
      )?.content,
    ).toBe('summary');
  });
});

describe('download links', () => {
  it('are the only data: URLs the inertness check lets through: a citation file type on <a download>', async () => {
    const { activeContent } = await import('../../helpers/inert.ts');
    const { downloadHref } = await import('../../../src/lib/cite/download.ts');
    const ris = downloadHref('TY  - RPRT\nTI  - </script><script>alert(1)</script>\nER  - ', 'ris');
    expect(activeContent(`<a download="x.ris" href="${ris}">RIS</a>`, true).attributes).toEqual([]);
    expect(
      activeContent(`<a download="x.json" href="${downloadHref('[]', 'json')}">CSL-JSON</a>`, true)
        .attributes,
    ).toEqual([]);
    // Without `download`, or with another media type, a data: URL is still reported.
    expect(activeContent(`<a href="${ris}">RIS</a>`, true).attributes).toHaveLength(1);
    expect(
      activeContent(
        '<a download="x.html" href="data:text/html;charset=utf-8,%3Cscript%3E">x</a>',
        true,
      ).attributes,
    ).toHaveLength(1);
    expect(
      activeContent('<a download href="data:application/x-research-info-systems,x">x</a>', true)
        .attributes,
    ).toHaveLength(1);
  });
});

import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeClaim, cslNames } from '../../../src/lib/claims/cite.ts';
import { claimContexts, pinpoint } from '../../../src/lib/claims/context.ts';
import { newEntries, parseLedger, resolveLedger } from '../../../src/lib/claims/ledger.ts';
import { claimJsonLd, claimMetaTags, claimSocial } from '../../../src/lib/claims/meta.ts';
import { citationModel } from '../../../src/lib/cite/model.ts';
import { jsonScriptHtml } from '../../../src/lib/render/safe-html.ts';
import { compactRelated, expandRelated, relatedClaims } from '../../../src/lib/claims/related.ts';
import { claimsFromMarkdown } from '../../../src/lib/parse/claims.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';
import { claimPages, type ClaimPagesInput } from '../../../src/lib/claims/pages.ts';
import type { Claim } from '../../../src/lib/schemas/claim.ts';
import type { PermalinkEntry } from '../../../src/lib/schemas/permalink.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import type { Report } from '../../../src/lib/schemas/report.ts';

const xin: Report = {
  id: 'xin-2015',
  title: 'US-Vietnam Security Cooperation: Development and Prospects',
  authors: ['Xin Qiang'],
  family_names: ['Xin'],
  publisher: 'CNTV',
  published: '2015-05-11',
  kind: 'article',
  origin: 'CN',
  language: 'en',
  extraction: 'web',
  removed: [],
};
const hayton: Report = {
  ...xin,
  id: 'hayton-2015',
  title: 'Vietnam and the United States: An Emerging Security Partnership',
  authors: ['Bill Hayton'],
  family_names: undefined,
  publisher: 'United States Studies Centre at the University of Sydney',
  published: '2015-11',
  kind: 'report',
  origin: 'AU',
};
const xinOutlet = { name: 'CNTV', type: 'news' as const, place: 'Beijing' };
const haytonOutlet = { name: hayton.publisher, type: 'institution' as const, place: 'Sydney' };
const urls = {
  report: 'https://t.example/reports/hayton-2015/',
  claim: 'https://t.example/claims/hayton-2015-46372194/',
};
const haytonWork = citationModel(hayton, urls.report, haytonOutlet);
const xinWork = citationModel(xin, 'https://t.example/reports/xin-2015/', xinOutlet);
const claimAt = (section: string[], paragraph: number, sentence = 1, text = 'Vietnam hedges.') => ({
  section,
  paragraph,
  sentence,
  text,
});

describe('citations', () => {
  it('names authors family-first only where the report says so', () => {
    expect(cslNames(['Xin Qiang'], ['Xin'])).toEqual([{ family: 'Xin', given: 'Qiang' }]);
    expect(cslNames(['Adam Y. Soliman'])).toEqual([{ family: 'Soliman', given: 'Adam Y.' }]);
  });

  it('gives Chicago, APA and MLA with the pinpoint', () => {
    const c = citeClaim(haytonWork, claimAt(['Executive summary'], 2), urls.claim);
    expect(c.chicagoNote).toBe(
      'Hayton, “Vietnam and the United States: An Emerging Security Partnership,” para. 2.',
    );
    expect(c.chicagoBibliography).toContain(
      'Hayton, Bill. “Vietnam and the United States: An Emerging Security Partnership.” Sydney: United States Studies Centre at the University of Sydney, November 2015.',
    );
    expect(c.apaInText).toBe('(Hayton, 2015, para. 2)');
    expect(c.apa).toMatch(/^Hayton, B\. \(2015\)\. Vietnam and the United States/);
    expect(c.mlaInText).toBe('(Hayton par. 2)');
    const x = citeClaim(xinWork, claimAt([], 7), 'https://t.example/claims/xin-2015-aaaaaaaa/');
    expect(x.chicagoBibliography).toMatch(
      /^Xin, Qiang\. “US-Vietnam Security Cooperation: Development and Prospects\.” CNTV, May 11, 2015\./,
    );
    expect(x.apaInText).toBe('(Xin, 2015, para. 7)');
  });

  it('BibTeX re-parses to the same report, pinpoint and permalink', () => {
    const c = citeClaim(haytonWork, claimAt(['Executive summary'], 2, 3), urls.claim);
    const [item] = new Cite(c.bibtex).data as Array<Record<string, unknown>>;
    expect(item?.['type']).toBe('report');
    expect(item?.['title']).toBe(hayton.title);
    expect(item?.['author']).toEqual([{ family: 'Hayton', given: 'Bill' }]);
    expect(item?.['publisher']).toBe(hayton.publisher);
    expect(item?.['issued']).toEqual({ 'date-parts': [[2015, 11]] });
    expect(String(item?.['note'])).toContain(urls.claim);
    expect(String(item?.['note'])).toContain('para. 2, sent. 3');
  });

  it('RIS re-parses with the permalink unbroken, the quotation and its place in the note', () => {
    const text =
      'Hanoi sees the South China Sea dispute as one incarnation of a perpetual struggle.';
    const c = citeClaim(
      haytonWork,
      claimAt(['A section title long enough to wrap a line in RIS output'], 12, 2, text),
      urls.claim,
    );
    expect(c.ris.split('\n')[0]).toBe('TY  - RPRT');
    const [item] = new Cite(c.ris).data as Array<Record<string, unknown>>;
    expect(item?.['title']).toBe(hayton.title);
    expect(item?.['author']).toEqual([{ family: 'Hayton', given: 'Bill' }]);
    expect(String(item?.['note'])).toContain(urls.claim);
    expect(String(item?.['note'])).toContain(`“${text}” (para. 12, sent. 2`);
    expect(item?.['URL']).toBe(urls.report);
  });

  it('BibTeX and RIS from the per-work templates equal those formatted claim by claim, on every real claim', async () => {
    const corpus = buildCorpus(await readContent(process.cwd()));
    const reports = new Map(corpus.reports.map((r) => [r.report.id, r.report]));
    let compared = 0;
    for (const claim of corpus.claims) {
      const report = reports.get(claim.reportId)!;
      const work = citationModel(report, `https://t.example/reports/${report.id}/`);
      const permalink = `https://t.example/claims/${claim.id}/`;
      expect(citeClaim(work, claim, permalink)).toEqual(
        citeClaim(work, claim, permalink, { direct: true }),
      );
      compared++;
    }
    expect(compared).toBe(corpus.claims.length);
    expect(compared).toBeGreaterThan(1000);
  });

  it('formats a permalink with characters BibTeX escapes for the claim itself', () => {
    const odd = 'https://t.example/~x_y%20/claims/hayton-2015-46372194/';
    const c = citeClaim(haytonWork, claimAt(['Executive summary'], 2), odd);
    expect(c).toEqual(
      citeClaim(haytonWork, claimAt(['Executive summary'], 2), odd, { direct: true }),
    );
    expect(c.ris).toContain('x_y%20');
  });

  it('CSL-JSON is valid JSON of one item whose note holds the quotation and its place', () => {
    const c = citeClaim(
      xinWork,
      claimAt([], 1, 2, 'Cooperation is "far from smooth".'),
      urls.claim,
    );
    const parsed = JSON.parse(c.cslJson);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].author).toEqual([{ family: 'Xin', given: 'Qiang' }]);
    expect(parsed[0].note).toBe(
      `“Cooperation is "far from smooth".” (para. 1, sent. 2). Claim: ${urls.claim}`,
    );
  });
});

describe('meta tags and JSON-LD of a claim', () => {
  const claim = {
    text: 'Maintaining independence and national character is vital to the foreign policy of Vietnam.',
    paragraph: 45,
    sentence: 1,
  };
  it("lists the report's Highwire tags, value by value, and no abstract", () => {
    const tags = claimMetaTags(haytonWork);
    const get = (k: string) => tags.filter((t) => t.key === k).map((t) => t.content);
    expect(get('citation_title')).toEqual([hayton.title]);
    expect(get('citation_author')).toEqual(['Hayton, Bill']);
    expect(get('citation_publication_date')).toEqual(['2015/11']);
    expect(get('citation_technical_report_institution')).toEqual([hayton.publisher]);
    expect(get('citation_public_url')).toEqual([urls.report]);
    expect(get('citation_abstract_html_url')).toEqual([urls.report]);
    expect(get('citation_abstract')).toEqual([]);
    expect(tags.every((t) => t.attr === 'name')).toBe(true);
  });

  it('gives Zotero the quotation and its place as the note of the report item (DC.description with z.itemType)', () => {
    const c = { ...claim, section: ['Executive summary'] };
    const tags = claimMetaTags(haytonWork, c, urls.claim);
    const get = (k: string) => tags.filter((t) => t.key === k).map((t) => t.content);
    expect(get('z.itemType')).toEqual(['report']);
    expect(get('DC.description')).toEqual([
      `“${claim.text}” (para. 45, sent. 1 in section “Executive summary”). Claim: ${urls.claim}`,
    ]);
    // Everything else is the report's, so every claim of it is captured as the same item.
    expect(tags.filter((t) => t.key !== 'DC.description')).toEqual(
      claimMetaTags(haytonWork).filter((t) => t.key !== 'DC.description'),
    );
  });

  it('previews the claim as the title and its place as the description', () => {
    const s = claimSocial(claim, haytonWork);
    expect(s.title).toBe(`“${claim.text}”`);
    expect(s.description).toBe(
      'Quoted from Hayton, “Vietnam and the United States: An Emerging Security Partnership” (2015), para. 45, sent. 1.',
    );
    expect(s.description).not.toContain(claim.text);
    expect(s.twitterDescription).toBe(claim.text);
  });

  it('one citation_author per author', () => {
    const two = citationModel(
      { ...xin, authors: ['David Gitter', 'Elsa Kania'], family_names: undefined },
      urls.report,
    );
    const tags = claimMetaTags(two);
    expect(tags.filter((t) => t.key === 'citation_author').map((t) => t.content)).toEqual([
      'Gitter, David',
      'Kania, Elsa',
    ]);
  });

  it('JSON-LD parses even when the claim contains </script>', () => {
    const hostile = { text: 'He wrote </script><script>alert(1)</script> & left <!-- here' };
    const ld = claimJsonLd(hostile, haytonWork, { claim: urls.claim, site: 'https://t.example/' }, [
      { name: 'Vietnam', url: 'https://t.example/actors/vietnam/' },
    ]);
    const text = jsonScriptHtml(ld);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    const back = JSON.parse(text);
    expect(back['@type']).toBe('Quotation');
    expect(back.text).toBe(hostile.text);
    expect(back.isPartOf['@type']).toBe('Report');
    expect(back.isPartOf.name).toBe(hayton.title);
    expect(back.isPartOf['@id']).toBe(urls.report);
    expect(back.about[0].name).toBe('Vietnam');
  });
});

const fixture = readFileSync(
  new URL('../../fixtures/permalinks/report.md', import.meta.url),
  'utf8',
);
const SENTENCE = 'That said, their cooperation in the security field is far from smooth.';

function ledgerFor(body: string) {
  const claims = claimsFromMarkdown('xin-2015', body);
  return { claims, ledger: { claims: newEntries({ claims: {} }, claims, '2026-11-22') } };
}

describe('permalink ledger', () => {
  const published = ledgerFor(fixture);
  const target = published.claims.find((c) => c.text === SENTENCE);
  const reports = new Set(['xin-2015']);

  it('the fixture holds the sentence', () => expect(target).toBeDefined());

  it('a whitespace-only edit keeps every id', () => {
    const edited = fixture.replace(
      SENTENCE,
      SENTENCE.replace(/ /g, '  ').replace('field is', 'field\nis'),
    );
    const now = claimsFromMarkdown('xin-2015', edited);
    const r = resolveLedger(published.ledger, now, reports);
    expect(r.present).toHaveLength(published.claims.length);
    expect(r.redirects).toEqual([]);
    expect(r.tombstones).toEqual([]);
  });

  it('a changed word redirects the old id to the new claim', () => {
    const edited = fixture.replace(SENTENCE, SENTENCE.replace('far from smooth', 'far from easy'));
    const now = claimsFromMarkdown('xin-2015', edited);
    const r = resolveLedger(published.ledger, now, reports);
    expect(r.redirects).toHaveLength(1);
    const [red] = r.redirects;
    expect(red?.from).toBe(target?.id);
    expect(red?.method).toBe('fuzzy');
    expect(now.find((c) => c.id === red?.to)?.text).toBe(
      'That said, their cooperation in the security field is far from easy.',
    );
    expect(red?.score).toBeGreaterThan(0.75);
  });

  it('a sentence merged into a longer one is found by its exact quote', () => {
    const edited = fixture.replace(SENTENCE, SENTENCE.replace(/\.$/, ', as both sides admit.'));
    const r = resolveLedger(published.ledger, claimsFromMarkdown('xin-2015', edited), reports);
    expect(r.redirects.map((x) => x.method)).toEqual(['exact']);
    const merged = fixture.replace(
      `${SENTENCE} In recent years,`,
      `${SENTENCE.replace(/\.$/, ';')} in recent years,`,
    );
    const now = claimsFromMarkdown('xin-2015', merged);
    const r2 = resolveLedger(published.ledger, now, reports);
    // Both old sentences now point at the one merged claim.
    expect(r2.redirects).toHaveLength(2);
    expect(new Set(r2.redirects.map((x) => x.to)).size).toBe(1);
    expect(now.find((c) => c.id === r2.redirects[0]?.to)?.text).toMatch(
      /far from smooth; in recent years/,
    );
    expect(r2.tombstones).toEqual([]);
  });

  it('a deleted sentence yields a tombstone', () => {
    const edited = fixture.replace(`${SENTENCE} `, '');
    const r = resolveLedger(published.ledger, claimsFromMarkdown('xin-2015', edited), reports);
    expect(r.tombstones.map((t) => t.id)).toEqual([target?.id]);
    expect(r.tombstones[0]?.entry.exact).toBe(SENTENCE);
    expect(r.problems).toEqual([]);
  });

  it('an id whose report is gone fails with the id, unless the entry is marked retired', () => {
    const r = resolveLedger(published.ledger, [], new Set());
    expect(r.problems).toHaveLength(published.claims.length);
    expect(r.problems[0]?.message).toMatch(
      /^content\/permalinks\.json: claim "xin-2015-[0-9a-f]{8}": report "xin-2015" is no longer in content\/reports/,
    );
    const id = target?.id ?? '';
    const entry = published.ledger.claims[id];
    if (!entry) throw new Error('no entry');
    const retired = { claims: { [id]: { ...entry, retired: 'withdrawn by the publisher' } } };
    expect(resolveLedger(retired, [], new Set()).tombstones).toHaveLength(1);
  });

  it('rejects a malformed ledger naming the entry and field', () => {
    expect(() => parseLedger('{')).toThrow(/^content\/permalinks\.json: is not valid JSON/);
    expect(() =>
      parseLedger(JSON.stringify({ claims: { 'xin-2015-0000000a': { report: 'xin-2015' } } })),
    ).toThrow(/content\/permalinks\.json: claim "xin-2015-0000000a", field "exact"/);
  });

  it('the committed ledger records every current claim (run `npm run permalinks:update` after adding a report)', async () => {
    const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
    const { readContent } = await import('../../../src/lib/loader/read-content.ts');
    const corpus = buildCorpus(await readContent(process.cwd()));
    const ledger = parseLedger(readFileSync('content/permalinks.json', 'utf8'));
    const missing = corpus.claims.filter((c) => !ledger.claims[c.id]).map((c) => c.id);
    expect(missing, 'claims not in content/permalinks.json: run npm run permalinks:update').toEqual(
      [],
    );
    const r = resolveLedger(ledger, corpus.claims, new Set(corpus.reports.map((x) => x.report.id)));
    expect(r.problems).toEqual([]);
  });
});

describe('claim context and related claims', () => {
  const claims = claimsFromMarkdown('xin-2015', fixture);
  it('gives the paragraph, neighbours and pinpoint', () => {
    const c = claims.find((x) => x.text === SENTENCE);
    if (!c) throw new Error('missing');
    const ctx = claimContexts(claims);
    expect(ctx.get(c.id)?.paragraph.map((x) => x.sentence)).toEqual([1, 2, 3, 4, 5]);
    expect(ctx.get(c.id)?.prev?.text).toMatch(/^After the establishment/);
    expect(ctx.get(c.id)?.next?.text).toMatch(/^In recent years/);
    expect(ctx.get(claims[0]?.id ?? '')?.prev).toBeUndefined();
    expect(ctx.get(claims.at(-1)?.id ?? '')?.next).toBeUndefined();
    expect(ctx.size).toBe(claims.length);
    expect(pinpoint(c)).toBe('“Background”, paragraph 2, sentence 2');
  });

  it('relates claims of other reports by shared event first, never from the same report', () => {
    const mk = (id: string, reportId: string, text: string, events: string[] = []) => ({
      id,
      reportId,
      text,
      actors: [],
      events,
    });
    const rel = relatedClaims([
      mk('a-1', 'a', 'China moved the HD-981 oil rig into Vietnamese waters in May 2014.', ['e1']),
      mk('a-2', 'a', 'China moved the HD-981 oil rig into Vietnamese waters in May 2014 again.', [
        'e1',
      ]),
      mk('b-1', 'b', 'Anti-China riots followed the oil rig deployment.', ['e1']),
      mk('c-1', 'c', 'China moved the oil rig HD-981 into Vietnamese waters.'),
      mk('d-1', 'd', 'Trade between the two countries grew.'),
    ]);
    expect(rel.get('a-1')?.map((r) => r.id)).toEqual(['b-1', 'c-1']);
    expect(rel.get('d-1')).toEqual([]);
  });

  it('stores related claims compactly and reads them back exactly, on the real corpus', async () => {
    const { claims } = buildCorpus(await readContent(process.cwd()));
    const full = relatedClaims(claims);
    const compact = compactRelated(full);
    const back = expandRelated(compact, claims);
    let withRelated = 0;
    for (const c of claims) {
      expect(back.get(c.id) ?? []).toEqual(full.get(c.id));
      if ((full.get(c.id) ?? []).length) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(300);
    expect(JSON.stringify(compact).length).toBeLessThan(
      JSON.stringify(Object.fromEntries(full)).length / 2,
    );
    expect(() => expandRelated({ [claims[0]!.id]: [['nope-00000000', 1]] }, claims)).toThrow(
      /"nope-00000000", which is not a claim/,
    );
  });
});

// The page model of /claims/<id>/ (src/lib/claims/pages.ts).
describe('claimPages', () => {
  let corpus: Corpus;
  let input: ClaimPagesInput;
  const entry = (report: string): PermalinkEntry => ({
    report,
    exact: 'A sentence since rewritten.',
    prefix: '',
    suffix: '',
    section: [],
    paragraph: 1,
    since: '2025-01-01',
  });
  beforeAll(async () => {
    corpus = buildCorpus(await readContent(process.cwd()));
    const byReport = new Map<string, Claim[]>();
    for (const c of corpus.claims)
      byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
    for (const list of byReport.values()) list.sort((a, b) => a.position.start - b.position.start);
    const first = corpus.claims[0]!;
    input = {
      claims: corpus.claims,
      claimsByReport: [...byReport.values()],
      reports: corpus.reports.map((r) => r.report),
      actors: corpus.actors,
      events: corpus.events,
      related: new Map(),
      ledger: {
        redirects: [
          {
            from: `${first.reportId}-0000000a`,
            to: first.id,
            method: 'fuzzy',
            score: 0.9,
            entry: entry(first.reportId),
          },
        ],
        tombstones: [
          { id: `${first.reportId}-0000000b`, entry: entry(first.reportId) },
          { id: 'withdrawn-2020-0000000c', entry: entry('withdrawn-2020') },
        ],
      },
    };
  }, 120_000);

  it('has a page per claim, then the redirects and the tombstones', () => {
    const pages = claimPages(input);
    expect(pages.length).toBe(corpus.claims.length + 3);
    expect(pages.slice(-3).map((p) => [p.params.id, p.props.kind])).toEqual([
      [expect.stringMatching(/-0000000a$/), 'redirect'],
      [expect.stringMatching(/-0000000b$/), 'tombstone'],
      ['withdrawn-2020-0000000c', 'tombstone'],
    ]);
    const last = pages.at(-1)!.props;
    expect(last.kind === 'tombstone' && last.report).toBeUndefined();
  });

  it('gives a claim its report, paragraph, neighbours, actors, events and related claims', () => {
    const byReport = new Map<string, Claim[]>();
    for (const c of corpus.claims)
      byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
    for (const list of byReport.values()) list.sort((a, b) => a.position.start - b.position.start);
    const named = corpus.claims.find((c) => c.actors.length > 0 && c.events.length > 0)!;
    const other = corpus.claims.find((c) => c.reportId !== named.reportId)!;
    const rel = (id: string) => ({ id, score: 1, sharedEvents: [], sharedActors: [] });
    // A related id that names no current claim is left out.
    const related = new Map([[named.id, [rel(other.id), rel('gone-2020-0000000d')]]]);
    const pages = claimPages({ ...input, claimsByReport: byReport.values(), related });
    const page = pages.find((p) => p.params.id === named.id)!.props;
    if (page.kind !== 'claim') throw new Error('expected a claim page');
    expect(page.report.id).toBe(named.reportId);
    expect(page.paragraph).toContain(named);
    expect(page.paragraph.every((c) => c.paragraph === named.paragraph)).toBe(true);
    expect(page.actors.map((a) => a.id)).toEqual(named.actors);
    expect(page.events.map((e) => e.id)).toEqual(named.events);
    expect(page.related.map((r) => [r.id, r.claim, r.report.id])).toEqual([
      [other.id, other, other.reportId],
    ]);
    const reportClaims = byReport.get(named.reportId)!;
    const at = reportClaims.indexOf(named);
    expect(page.prev).toBe(reportClaims[at - 1]);
  });

  it('throws, naming the claim, when a claim’s report is missing', () => {
    expect(() => claimPages({ ...input, claimsByReport: [], reports: [] })).toThrow(
      /^claim ".+" has no report ".+"$/,
    );
  });
});

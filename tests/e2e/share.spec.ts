/**
 * Link previews and page metadata as a real client reads them: metascraper (the library behind many
 * link-preview services) run over the built page of every type, and every social card checked to be
 * a 1200×630 PNG in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import createMetascraper from 'metascraper';
import metaAuthor from 'metascraper-author';
import metaDate from 'metascraper-date';
import metaDescription from 'metascraper-description';
import metaImage from 'metascraper-image';
import metaPublisher from 'metascraper-publisher';
import metaTitle from 'metascraper-title';
import metaUrl from 'metascraper-url';
import { pngSize } from '../../src/lib/cards/card.ts';

const scrape = createMetascraper([
  metaTitle(),
  metaDescription(),
  metaImage(),
  metaUrl(),
  metaPublisher(),
  metaAuthor(),
  metaDate(),
]);

interface Report {
  id: string;
  title: string;
  publisher: string;
  authors: string[];
  published: string;
}
interface Event {
  id: string;
  title: string;
  date: { start: string };
  attestations: Array<{ reportId: string }>;
}
interface Claim {
  id: string;
  reportId: string;
  text: string;
  actors: string[];
}

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  expect(res.ok()).toBe(true);
  return (await res.json()) as T;
}

/** What metascraper makes of the page at `path`, read as it would be at its canonical address. */
async function scrapePage(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.ok()).toBe(true);
  const html = await res.text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(canonical).toBeTruthy();
  const meta = await scrape({ html, url: canonical! });
  return { meta, canonical: canonical!, html };
}

/** The card named by a scraped image URL is served at its path, as a 1200×630 PNG. */
async function expectCard(
  request: APIRequestContext,
  image: string | null | undefined,
  path: string,
) {
  expect(image).toBeTruthy();
  const url = new URL(image!);
  expect(url.pathname).toBe(path);
  const res = await request.get(url.pathname);
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toMatch(/^image\/png/);
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
}

const day = (iso: string) => iso.slice(0, 10);
/** metascraper curls straight quotes in titles; compare without that difference. */
const straight = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const newest = (dates: string[]) => [...dates].sort().at(-1)!;
/** A metascraper date as an ISO prefix comparable with ours ("2015-11" → "2015-11-01"). */
const asScraped = (iso: string) =>
  day(new Date(iso.length === 4 ? `${iso}-01-01` : iso).toISOString());
/**
 * The date metascraper reads: the page's, at the precision the page gives. metascraper's date parser
 * takes a year or a full date but not a year and month ("2015-11"), which it drops rather than guess
 * a day; the page keeps the true precision (Zotero reads it from citation_publication_date).
 */
function expectScrapedDate(scraped: string | null | undefined, iso: string) {
  if (iso.length === 7) expect(scraped).toBeNull();
  else expect(day(scraped!)).toBe(asScraped(iso));
}
/** A web page's date: the page gives it as a full date (the first day of a month), which metascraper reads. */
function expectPageDate(scraped: string | null | undefined, iso: string) {
  expect(day(scraped!)).toBe(iso.length === 7 ? `${iso}-01` : asScraped(iso));
}
const names = (a: string[]) =>
  a.length <= 2 ? a.join(' and ') : `${a.slice(0, -1).join(', ')} and ${a.at(-1)}`;

test.describe('link previews read by metascraper', () => {
  test("report page: title, description, card, URL, publisher, authors and the report's date", async ({
    request,
  }) => {
    const reports = await json<Report[]>(request, '/data/reports.json');
    for (const r of reports) {
      const { meta, canonical } = await scrapePage(request, `/reports/${r.id}/`);
      expect(meta.title).toBe(r.title);
      expect(meta.description).toContain(r.authors[0]);
      expect(meta.url).toBe(canonical);
      // The outlet that published the report (the page itself is Triangulate's).
      expect(meta.publisher).toBe(r.publisher);
      expect(meta.author).toBe(names(r.authors));
      expectScrapedDate(meta.date, r.published);
      await expectCard(request, meta.image, `/cards/reports/${r.id}.png`);
    }
  });

  test("claim page: the claim as title, its place as description, its report's card, authors and date", async ({
    request,
  }) => {
    const [reports, claims] = await Promise.all([
      json<Report[]>(request, '/data/reports.json'),
      json<Claim[]>(request, '/data/claims.json'),
    ]);
    for (const r of reports) {
      const c = claims.find((x) => x.reportId === r.id)!;
      const { meta, canonical } = await scrapePage(request, `/claims/${c.id}/`);
      if (c.text.length <= 200) expect(meta.title).toBe(`“${c.text}”`);
      else expect(meta.title!.startsWith(`“${c.text.slice(0, 40)}`)).toBe(true);
      expect(meta.description).toMatch(/^Quoted from .*, para\. \d+, sent\. \d+\.$/);
      expect(meta.description).not.toContain(c.text.slice(0, 40));
      expect(meta.url).toBe(canonical);
      expect(meta.publisher).toBe('Triangulate');
      expect(meta.author).toBe(names(r.authors));
      expectScrapedDate(meta.date, r.published);
      await expectCard(request, meta.image, `/cards/reports/${r.id}.png`);
    }
  });

  test("event page: its date is when the page last changed (newest attesting report), never the event's", async ({
    request,
  }) => {
    const [reports, events] = await Promise.all([
      json<Report[]>(request, '/data/reports.json'),
      json<Event[]>(request, '/data/events.json'),
    ]);
    const published = new Map(reports.map((r) => [r.id, r.published]));
    // The oldest attested events: their own dates are furthest from any report's.
    const sample = events
      .filter((e) => e.attestations.length > 0 && !e.date.start.startsWith('-'))
      .sort((a, b) => a.date.start.localeCompare(b.date.start))
      .slice(0, 3);
    expect(sample.length).toBe(3);
    for (const e of sample) {
      const { meta, canonical, html } = await scrapePage(request, `/events/${e.id}/`);
      expect(straight(meta.title!)).toBe(straight(e.title));
      expect(meta.description).toBeTruthy();
      expect(meta.url).toBe(canonical);
      expect(meta.publisher).toBe('Triangulate');
      expect(meta.author).toBeNull();
      const expected = newest(e.attestations.map((a) => published.get(a.reportId)!));
      expectPageDate(meta.date, expected);
      expect(day(meta.date!).slice(0, 4)).not.toBe(e.date.start.slice(0, 4));
      // The historical date is on the page, but not as the page's date.
      expect(html).toContain(`datetime="${e.date.start}"`);
      await expectCard(request, meta.image, `/cards/events/${e.id}.png`);
    }
  });

  test('actor, briefing and home pages: web pages with a card and the date their content last changed', async ({
    request,
  }) => {
    const [reports, claims] = await Promise.all([
      json<Report[]>(request, '/data/reports.json'),
      json<Claim[]>(request, '/data/claims.json'),
    ]);
    const published = new Map(reports.map((r) => [r.id, r.published]));
    const actor = 'nguyen-phu-trong';
    const a = await scrapePage(request, `/actors/${actor}/`);
    expect(a.meta.title).toBe('Nguyễn Phú Trọng');
    expect(a.meta.description).toBeTruthy();
    expect(a.meta.url).toBe(a.canonical);
    expect(a.meta.publisher).toBe('Triangulate');
    expect(a.meta.author).toBeNull();
    const naming = claims
      .filter((c) => c.actors.includes(actor))
      .map((c) => published.get(c.reportId)!);
    expectPageDate(a.meta.date, newest(naming));
    await expectCard(request, a.meta.image, `/cards/actors/${actor}.png`);

    const b = await scrapePage(request, '/briefings/oil-rig-crisis-2014/');
    expect(b.meta.title).toBe('The 2014 oil rig crisis, as five reports tell it');
    expect(b.meta.description).toMatch(/HD-981/);
    expect(b.meta.url).toBe(b.canonical);
    expect(day(b.meta.date!)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectCard(request, b.meta.image, '/cards/briefings/oil-rig-crisis-2014.png');

    const h = await scrapePage(request, '/');
    expect(h.meta.title).toBe('Triangulate');
    expect(h.meta.description).toBeTruthy();
    expect(h.meta.url).toBe(h.canonical);
    expect(h.meta.publisher).toBe('Triangulate');
    expectPageDate(h.meta.date, newest(reports.map((r) => r.published)));
    await expectCard(request, h.meta.image, '/cards/home.png');
    expect(h.html).toContain('<meta name="twitter:card" content="summary_large_image">');
  });
});

test('every social card in dist/ is a 1200×630 PNG, one per report, event, actor and briefing', async ({
  request,
}) => {
  const dist = join(process.cwd(), 'dist', 'cards');
  const count: Record<string, number> = {};
  for (const kind of readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    const files = readdirSync(join(dist, kind));
    count[kind] = files.length;
    for (const f of files)
      expect(pngSize(readFileSync(join(dist, kind, f))), `${kind}/${f}`).toEqual({
        width: 1200,
        height: 630,
      });
  }
  expect(pngSize(readFileSync(join(dist, 'home.png')))).toEqual({ width: 1200, height: 630 });
  const [reports, events, actors] = await Promise.all([
    json<unknown[]>(request, '/data/reports.json'),
    json<unknown[]>(request, '/data/events.json'),
    json<unknown[]>(request, '/data/actors.json'),
  ]);
  const briefings = readdirSync(join(process.cwd(), 'content', 'briefings')).filter((f) =>
    f.endsWith('.mdx'),
  ).length;
  expect(count).toEqual({
    reports: reports.length,
    events: events.length,
    actors: actors.length,
    briefings,
  });
});

test('"Add to reference manager" downloads the claim\'s RIS with the quotation and its place', async ({
  page,
  request,
}) => {
  const claims = await json<Array<Claim & { paragraph: number; sentence: number }>>(
    request,
    '/data/claims.json',
  );
  const claim = claims.find((c) => c.reportId === 'xin-2015' && c.sentence > 1)!;
  await page.goto(`/claims/${claim.id}/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[download$=".ris"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${claim.id}.ris`);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toMatch(/^TY {2}- NEWS$/m);
  expect(text).toMatch(/^T2 {2}- CNTV$/m);
  expect(text).toMatch(/^UR {2}- .*\/reports\/xin-2015\/$/m);
  const n1 = text.split('\n').find((l) => l.startsWith('N1  - '));
  expect(n1).toContain(`“${claim.text}” (para. ${claim.paragraph}, sent. ${claim.sentence}`);
  expect(n1).toContain(`/claims/${claim.id}/`);
});

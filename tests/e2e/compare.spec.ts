import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatIsoDate } from '../../src/lib/dates/format.ts';
import type { ReportPassages, ReportSummary } from '../../src/lib/compare/summary.ts';
import { expectNoAxeViolations } from './helpers.ts';

const summary = (id: string) =>
  JSON.parse(readFileSync(`dist/compare/summary/${id}.json`, 'utf8')) as ReportSummary;
const passages = (id: string) =>
  JSON.parse(readFileSync(`dist/compare/passages/${id}.json`, 'utf8')) as ReportPassages;
const reportIds = readdirSync('dist/compare/summary')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
}
const sharedIds = (page: Page) =>
  page
    .locator('#cmp-shared li.cmp-event')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['event']));
const rows = (page: Page) => page.locator('#cmp-coverage svg > g[role="group"]');

test('a comparison chosen in the address shows each report’s passage of a shared event', async ({
  page,
}) => {
  await ready(page, '/compare/?r=hayton-2015,xin-2015');
  await expect(page.locator('#cmp-form input[value="hayton-2015"]')).toBeChecked();
  await expect(page.locator('#cmp-form input[value="xin-2015"]')).toBeChecked();
  const rig = page.locator('#cmp-shared li[data-event="2014-hd981-oil-rig-crisis"]');
  await expect(rig.locator('.passage')).toHaveCount(2);
  // The passages' text arrives when the shared events come into view.
  await rig.scrollIntoViewIfNeeded();
  await expect(page.locator('html')).toHaveAttribute('data-passages', 'ready');
  await expect(rig.locator('.passage h4')).toHaveText(['Xin 2015', 'Hayton 2015']);
  // Each passage is the report's own sentence, linked to its permalink.
  for (const id of ['hayton-2015', 'xin-2015']) {
    const claim = summary(id).events.find((e) => e.id === '2014-hd981-oil-rig-crisis')!.claims[0]!;
    const [text] = passages(id)[claim.id]!;
    await expect(rig.locator('blockquote', { hasText: text })).toHaveCount(1);
    await expect(rig.locator(`a[href="/claims/${claim.id}/"]`)).toHaveCount(1);
  }
  await expect(rows(page)).toHaveCount(2);
});

test('a date the reports contradict is spelled out report by report', async ({ page }) => {
  const [hayton, xin] = [summary('hayton-2015'), summary('xin-2015')];
  const disputed = hayton.events.find(
    (e) => e.disputed.length && xin.events.some((x) => x.id === e.id && x.disputed.length),
  );
  expect(disputed, 'an event both reports date differently').toBeDefined();
  const theirs = xin.events.find((x) => x.id === disputed!.id)!;
  await ready(page, '/compare/?r=xin-2015,hayton-2015');
  const diff = page.locator(`#cmp-shared li[data-event="${disputed!.id}"] .cmp-diff`);
  await expect(diff).toContainText(
    `Dates: Xin 2015: ${theirs.dates.map(formatIsoDate).join(', ')} · Hayton 2015: ${disputed!.dates.map(formatIsoDate).join(', ')}`,
  );
});

test('checkboxes change the choice and the address; Back and Forward restore it', async ({
  page,
}) => {
  await ready(page, '/compare/?r=hayton-2015,xin-2015');
  await page.locator('#cmp-form input[value="liu-2016"]').check();
  await expect(page).toHaveURL(/\?r=hayton-2015,xin-2015,liu-2016$/);
  await expect(rows(page)).toHaveCount(3);
  await page.locator('#cmp-form input[value="hayton-2015"]').uncheck();
  await expect(page).toHaveURL(/\?r=xin-2015,liu-2016$/);
  await expect(rows(page)).toHaveCount(2);
  // One report left: a message, the address and the view stay.
  await page.locator('#cmp-form input[value="xin-2015"]').uncheck();
  await expect(page.locator('#cmp-status')).toContainText('at least 2');
  await expect(page).toHaveURL(/\?r=xin-2015,liu-2016$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?r=hayton-2015,xin-2015,liu-2016$/);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator('#cmp-form input[value="hayton-2015"]')).toBeChecked();
  await page.goBack();
  await expect(rows(page)).toHaveCount(2);
  await page.goForward();
  await expect(rows(page)).toHaveCount(3);
  // Five at most: the other boxes are disabled.
  for (const id of reportIds) await page.locator(`#cmp-form input[value="${id}"]`).check();
  await expect(rows(page)).toHaveCount(Math.min(5, reportIds.length));
});

test('garbage in ?r= falls back to the default pair or drops what is unknown, with a clear message', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await ready(page, '/compare/');
  const defaults = await page
    .locator('#cmp-form input:checked')
    .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
  expect(defaults).toHaveLength(2);
  await expect(page.locator('#cmp-status')).toBeEmpty();

  await ready(page, '/compare/?r=liu-2016');
  await expect(page.locator('#cmp-status')).toContainText(
    'Choose at least 2 reports: showing the default pair instead.',
  );
  expect(
    await page
      .locator('#cmp-form input:checked')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value)),
  ).toEqual(defaults);

  await ready(page, '/compare/?r=hayton-2015,no-such-report,xin-2015');
  await expect(page.locator('#cmp-status')).toHaveText('No report has the id “no-such-report”.');
  await expect(rows(page)).toHaveCount(2);

  const thirty = Array.from({ length: 30 }, (_, i) => `report-${i}`).join(',');
  await ready(page, `/compare/?r=${thirty}`);
  await expect(page.locator('#cmp-status')).toContainText('and 27 more');
  await expect(rows(page)).toHaveCount(2);

  await ready(
    page,
    `/compare/?r=${encodeURIComponent('<img src=x onerror=alert(1)>,<script>alert(2)</script>')}`,
  );
  await expect(page.locator('#cmp-status')).toContainText('“<img src=x onerror=alert(1)>”');
  await expect(page.locator('#cmp-status img, #cmp-status script')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);
  expect(dialogs).toEqual([]);
});

test('marks are links reached by keyboard; the comparison downloads as CSV', async ({ page }) => {
  await ready(page, '/compare/?r=hayton-2015,xin-2015');
  const marks = page.locator('#cmp-coverage a[href^="/events/"]');
  const total = summary('hayton-2015').events.length + summary('xin-2015').events.length;
  await expect(marks).toHaveCount(total);
  // Tab from the last link before the chart lands on the first mark.
  await page.locator('section[aria-labelledby="cov-h"] p a').last().focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(
    () =>
      document.activeElement?.closest('#cmp-coverage') !== null && document.activeElement?.tagName,
  );
  expect(focused).toBe('a');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  await ready(page, '/compare/?r=hayton-2015,xin-2015');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#cmp-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe('compare-xin-2015-hayton-2015.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'event,event id,date,start,end,reports attesting,differences,Xin 2015 dates,Hayton 2015 dates',
  );
  expect(csv).toContain('2014-hd981-oil-rig-crisis');
});

test('without JavaScript /compare/ links every pair, and a pair page shows the same shared events', async ({
  browser,
  page,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/compare/');
  await expect(noJs.locator('#cmp-app')).toBeHidden();
  const links = await noJs
    .locator('.cmp-pairs a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const expected: string[] = [];
  for (let i = 0; i < reportIds.length; i++)
    for (let j = i + 1; j < reportIds.length; j++)
      expected.push(`/compare/${reportIds[i]}/${reportIds[j]}/`);
  expect(links.sort()).toEqual(expected.sort());
  for (const href of links) expect((await noJs.request.get(href)).status()).toBe(200);

  await noJs.goto('/compare/hayton-2015/xin-2015/');
  const staticIds = await noJs
    .locator('.cmp-events > li')
    .evaluateAll((lis) => lis.map((li) => li.id.replace(/^e-/, '')));
  await expect(noJs.locator('#e-2014-hd981-oil-rig-crisis .passage')).toHaveCount(2);
  const csv = await (await noJs.request.get('/compare/hayton-2015/xin-2015/comparison.csv')).text();
  expect(csv).toContain('Hayton 2015 dates');
  await context.close();

  await ready(page, '/compare/?r=hayton-2015,xin-2015');
  expect(await sharedIds(page)).toEqual(staticIds);
  expect(staticIds.length).toBeGreaterThan(3);
});

test('/disagreements/ filters by kind and report, with and without JavaScript', async ({
  browser,
  page,
}) => {
  await page.goto('/disagreements/');
  const all = await page.locator('#dg-list > li').count();
  expect(all).toBeGreaterThan(5);
  await page.locator('#dg-filters a[data-facet="kind"][data-value="date"]').click();
  await expect(page).toHaveURL(/\?kind=date#dg-h$/);
  await expect(page.locator('#dg-summary')).toContainText('match the filter');
  const kinds = await page
    .locator('#dg-list > li:not([hidden])')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['kinds']));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.length).toBeLessThan(all);
  for (const k of kinds) expect(k!.split(' ')).toContain('date');
  await page.locator('#dg-filters a[data-facet="report"][data-value="xin-2015"]').click();
  await expect(page).toHaveURL(/\?kind=date&report=xin-2015#dg-h$/);
  await expect(page.locator('#dg-summary')).toContainText('match the filter');
  for (const r of await page
    .locator('#dg-list > li:not([hidden])')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['reports'])))
    expect(r!.split(' ')).toContain('xin-2015');
  await page.goBack();
  await expect(page.locator('#dg-list > li:not([hidden])')).toHaveCount(kinds.length);
  // Reached from the home page and from the timeline's "Reports differ" filter.
  await page.goto('/');
  await expect(page.locator('main a[href="/disagreements/"]').first()).toBeVisible();
  await page.goto('/timeline/#f-dates-differ');
  await expect(page.locator('a[href="/disagreements/"]').first()).toBeAttached();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/disagreements/');
  await noJs.locator('#dg-filters a[href="#f-kind-date"]').click();
  await expect(noJs.locator('#dg-list > li:visible')).toHaveCount(kinds.length);
  await expect(noJs.locator('#f-kind-date')).toBeVisible();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const)
  for (const path of [
    '/compare/?r=hayton-2015,xin-2015,liu-2016',
    '/compare/hayton-2015/xin-2015/',
    '/disagreements/',
  ])
    test(`no accessibility violations on ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.includes('?'))
        await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
      await expectNoAxeViolations(page);
    });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    `/compare/?r=${reportIds.slice(0, 5).join(',')}`,
    '/compare/hayton-2015/xin-2015/',
    '/disagreements/',
  ])
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('?'))
        await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `page is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(
        client,
      );
    });
});

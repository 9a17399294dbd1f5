import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

// Three claims from three reports (ids are stable: sha-256 of the normalised sentence).
const CLAIMS = [
  {
    id: 'hayton-2015-90adcbf8',
    report: 'hayton-2015',
    starts: 'China’s decision to deploy the HS981 oil rig',
  },
  {
    id: 'xin-2015-84b5045d',
    report: 'xin-2015',
    starts: 'In May 2014, China operated the “981” drilling platform',
  },
  { id: 'soliman-2022-18c58fea', report: 'soliman-2022', starts: 'The 2014 oil rig incident' },
];

for (const c of CLAIMS) {
  test(`claim page ${c.id}: claim, attribution, citations, meta; axe clean`, async ({ page }) => {
    await page.goto(`/claims/${c.id}/`);
    await expect(page.locator('h1')).toContainText(c.starts);
    await expect(page.locator('.context mark')).toContainText(c.starts);
    await expect(page.locator('.crumbs a').nth(1)).toHaveAttribute('href', `/reports/${c.report}/`);
    for (const id of ['chicago-note', 'chicago-bib', 'apa', 'mla', 'bibtex', 'ris', 'csl-json'])
      await expect(page.locator(`#cite-${id}`)).not.toBeEmpty();
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      new RegExp(`/claims/${c.id}/$`),
    );
    // Link previews show the claim; reference managers capture its report (same URL for every claim).
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      new RegExp(`^“${c.starts}`),
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /^Quoted from .*, para\. \d+, sent\. \d+\.$/,
    );
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`/cards/reports/${c.report}\\.png$`),
    );
    await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute(
      'content',
      new RegExp(`/reports/${c.report}/$`),
    );
    // "Add to reference manager": the RIS download's note holds the quotation and its place.
    const ris = await page.locator('a[download$=".ris"]').getAttribute('href');
    expect(decodeURIComponent(ris!.replace(/^data:[^,]*,/, ''))).toMatch(
      new RegExp(`N1  - “${c.starts}.*” \\(para\\. \\d+, sent\\. \\d+`),
    );
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    );
    expect(ld['@type']).toBe('Quotation');
    expect(ld.text.startsWith(c.starts)).toBe(true);
    await expectNoAxeViolations(page);
  });
}

test('a claim names the events it attests with their whole period', async ({ page }) => {
  await page.goto('/claims/gitter-kania-2017-872764a6/');
  await expect(
    page.locator('a[href="/events/2014-hd981-oil-rig-crisis/"]').locator('..'),
  ).toContainText('(1 May – 16 July 2014)');
});

test('copy link puts the canonical URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/claims/${CLAIMS[0]?.id}/`);
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  await page.getByRole('button', { name: /^Copy link/ }).click();
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  // The BibTeX button copies the BibTeX text.
  await page.getByRole('button', { name: 'Copy: BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@techreport\{/);
});

test('"Read in report" lands on the claim, highlighted and focused; back returns', async ({
  page,
}) => {
  const id = 'hayton-2015-8551e004';
  await page.goto(`/claims/${id}/`);
  await page.getByRole('link', { name: 'Read in report' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/hayton-2015/#${id}$`));
  const claim = page.locator(`[id="${id}"]`);
  await expect(claim).toBeFocused();
  await expect(claim).toBeInViewport();
  expect(await claim.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await claim.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await expect(claim).toContainText('On 15 July, however, China brought the crisis to a swift end');
  // Its permalink is reachable by keyboard (after the actor links inside the claim) and shows on focus.
  const link = claim.locator('a.claim-link');
  for (let i = 0; i < 5 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('every claim of a report is addressable in the reading view', async ({ page }) => {
  await page.goto('/reports/xin-2015/');
  const spans = page.locator('.body .claim');
  const links = page.locator('.body .claim > a.claim-link');
  const n = await spans.count();
  expect(n).toBeGreaterThan(100);
  await expect(links).toHaveCount(n);
  const res = await page.request.get('/data/claims.json');
  const all = (await res.json()) as Array<{ id: string; reportId: string }>;
  const ids = all
    .filter((c) => c.reportId === 'xin-2015')
    .map((c) => c.id)
    .sort();
  const onPage = (await spans.evaluateAll((els) => els.map((e) => e.id))).sort();
  expect(onPage).toEqual(ids);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the claim page shows the claim and every citation as text', async ({ page }) => {
    await page.goto(`/claims/${CLAIMS[1]?.id}/`);
    await expect(page.locator('h1')).toContainText(CLAIMS[1]?.starts ?? '');
    await expect(page.locator('#cite-chicago-note')).toHaveText(
      /^Xin, “US-Vietnam Security Cooperation/,
    );
    await expect(page.locator('#cite-bibtex')).toContainText('author = {Xin, Qiang}');
    await expect(page.locator('#cite-ris')).toContainText('TY  - NEWS');
    await expect(page.locator('button.copy')).toHaveCount(0);
  });
});

test('the briefing and the about page embed claims with permalinks; axe clean', async ({
  page,
}) => {
  await page.goto('/briefings/oil-rig-crisis-2014/');
  const embeds = page.locator('figure.claim-embed');
  expect(await embeds.count()).toBeGreaterThanOrEqual(5);
  const reports = await embeds
    .locator('a[href^="/reports/"]')
    .evaluateAll((as) => [
      ...new Set(as.map((a) => (a.getAttribute('href') ?? '').split('/')[2] ?? '')),
    ]);
  expect(reports.sort()).toEqual([
    'gitter-kania-2017',
    'hayton-2015',
    'liu-2016',
    'soliman-2022',
    'xin-2015',
  ]);
  await expectNoAxeViolations(page);
  await embeds.first().getByRole('link', { name: 'Permalink' }).click();
  await expect(page).toHaveURL(/\/claims\/hayton-2015-3cb3e5e7\/$/);
  await page.goto('/about/');
  await expect(page.locator('figure.claim-embed')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

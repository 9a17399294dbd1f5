import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...builtPages(p));
    else if (name === 'index.html') out.push(p);
  }
  return out;
}

test('sitemap lists every indexable page and no redirect, tombstone or 404 page', async ({
  request,
}) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const parts = [...index.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/g)].map(
    (m) => m[1] ?? '',
  );
  expect(parts.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    urls.push(
      ...[...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1] ?? ''),
    );
  }
  const pages = builtPages();
  const indexable = pages.filter(
    (p) => !/<meta name="robots" content="noindex"/.test(readFileSync(p, 'utf8')),
  );
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.length).toBe(indexable.length);
  expect(urls).toContain('/claims/hayton-2015-8551e004/');
  expect(urls.some((u) => /^\/404/.test(u))).toBe(false);
});

test('robots.txt points at the sitemap; the Atom feed lists every report newest first', async ({
  page,
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toMatch(/xml/);
  await page.goto('/');
  const titles = await page.evaluate(async () => {
    const xml = new DOMParser().parseFromString(
      await (await fetch('/feed.xml')).text(),
      'application/xml',
    );
    if (xml.querySelector('parsererror')) return ['parse error'];
    return [...xml.querySelectorAll('entry > updated')].map((e) => e.textContent ?? '');
  });
  expect(titles).toHaveLength(5);
  expect([...titles].sort().reverse()).toEqual(titles);
  await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/feed.xml',
  );
  expect((await request.get('/favicon.svg')).status()).toBe(200);
});

test('an unknown address shows the 404 page with the main links; axe clean', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/reports/"]')).toBeVisible();
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await expectNoAxeViolations(page);
});

test('the home page counts the corpus and leads, by keyboard too, to the timeline and a disputed date', async ({
  page,
}) => {
  await page.goto('/');
  const stats = page.locator('.stats');
  await expect(stats).toContainText(/1,\d{3}\s*citable claims/);
  await expect(stats).toContainText(/\d+\s*events/);
  for (const href of ['/timeline/', '/search/', '/actors/', '/reports/', '/data/'])
    await expect(page.locator(`main .cards a[href="${href}"]`)).toBeVisible();
  const disputed = page.locator('section[aria-labelledby=disputed] li').first();
  await expect(disputed).toContainText('Hayton 2015 gives October 2008; Xin 2015 gives June 2008.');
  await disputed.locator('a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/2008-first-us-vn-political-security-dialogue\/$/);
  await page.goBack();
  await page.locator('main .cards a[href="/timeline/"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline\/$/);
});

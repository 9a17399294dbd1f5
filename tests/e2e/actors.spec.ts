import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

test('/actors/ lists every actor of the gazetteer, grouped by kind', async ({ page }) => {
  await page.goto('/actors/');
  const links = page.locator('.actor-list a');
  expect(await links.count()).toBeGreaterThanOrEqual(150);
  await expect(page.locator('#kind-person')).toContainText('Nguyễn Phú Trọng');
  await expectNoAxeViolations(page);
});

test('Nguyễn Phú Trọng’s profile shows claims from at least three reports', async ({ page }) => {
  await page.goto('/actors/nguyen-phu-trong/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguyễn Phú Trọng');
  const reports = page.locator('details[id^="in-"]');
  expect(await reports.count()).toBeGreaterThanOrEqual(3);
  // Long groups start collapsed; opening one shows its claims.
  const first = reports.first();
  if (!(await first.evaluate((d) => (d as HTMLDetailsElement).open)))
    await first.locator('summary').click();
  await expect(first.locator('.claim-list li').first()).toBeVisible();
  // Every claim links to its permalink and to its place in the report.
  const items = page.locator('.claim-list li');
  await expect(items.locator('a[href^="/claims/"]')).toHaveCount(await items.count());
  await expect(items.locator('a[href*="/reports/"][href*="#"]')).toHaveCount(await items.count());
  // The mentions chart has its table equivalent: one bar per table row, same figures.
  const barValues = await page.locator('svg.chart rect').count();
  const rows = page.locator('table.data').first().locator('tbody tr');
  await expect(rows).toHaveCount(barValues);
  // His events: one mark on the mini timeline per item of the list, including the 2015 Washington visit.
  await expect(page.locator('#events svg .mark')).toHaveCount(
    await page.locator('#events .event-list li').count(),
  );
  await expect(page.locator('#events .event-list')).toContainText(
    'visits Washington and meets Obama',
  );
  // The co-mention list links to other profiles, and the affiliation to the CPV.
  await page.getByRole('link', { name: 'Communist Party of Vietnam' }).first().click();
  await expect(page).toHaveURL(/\/actors\/cpv\/$/);
  await expectNoAxeViolations(page);
});

test('Vietnam’s page lists its relations with China and with the United States', async ({
  page,
}) => {
  await page.goto('/actors/vietnam/');
  const relations = page.locator('#relations');
  await expect(relations.getByRole('heading', { name: 'With China' })).toBeVisible();
  await expect(relations.getByRole('heading', { name: 'With United States' })).toBeVisible();
  await expect(relations).toContainText('China attacks Vietnam across the northern border');
  await expect(relations).toContainText(
    'The United States and Vietnam establish diplomatic relations',
  );
  // Actor names inside claim text link to their profiles.
  await expect(page.locator('.claim-list a[href="/actors/china/"]').first()).toBeAttached();
  await expectNoAxeViolations(page);
});

test('the actor filter finds names without diacritics, sorts by name and keeps both in the URL', async ({
  page,
}) => {
  await page.goto('/actors/?q=%3Cscript%3E&sort=bogus');
  // Garbage parameters: the filter shows the text as typed, nothing matches, sort falls back to mentions.
  await expect(page.locator('#actor-controls select')).toHaveValue('mentions');
  await page.goto('/actors/');
  const box = page.locator('#actor-controls input[name="q"]');
  await box.fill('truong tan sang');
  await expect(page.locator('.actor-list li:not([hidden]) a')).toHaveText(['Trương Tấn Sang']);
  await expect(page).toHaveURL(/\?q=truong\+tan\+sang$/);
  await box.fill('');
  await page.locator('#actor-controls select[name="sort"]').selectOption('name');
  await expect(page).toHaveURL(/\?sort=name$/);
  const states = await page.locator('#kind-state .actor-list li a').allInnerTexts();
  expect(states).toEqual([...states].sort((a, b) => a.localeCompare(b)));
  await page.reload();
  await expect(page.locator('#actor-controls select[name="sort"]')).toHaveValue('name');
});

test('without JavaScript the full actor list shows and the controls stay hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/actors/');
  await expect(page.locator('#actor-controls')).toBeHidden();
  expect(await page.locator('.actor-list li').count()).toBeGreaterThanOrEqual(150);
  await context.close();
});

test('claims on a profile can be filtered by kind', async ({ page }) => {
  await page.goto('/actors/nguyen-phu-trong/');
  const all = await page.locator('.claim-list > li').count();
  await page.locator('#kind-filter input[value="fact"]').check();
  const visible = page.locator('.claim-list > li:not([hidden])');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  for (const kind of await visible.locator('.kind-tag').allInnerTexts()) expect(kind).toBe('fact');
  await page.locator('#kind-filter input[value=""]').check();
  await expect(page.locator('.claim-list > li:not([hidden])')).toHaveCount(all);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

test('the 2014 oil rig crisis page sets passages from all five reports side by side', async ({
  page,
}) => {
  await page.goto('/events/2014-hd981-oil-rig-crisis/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HD-981');
  await expect(page.locator('.meta')).toContainText('1 May – 16 July 2014');
  const columns = page.locator('.passage');
  await expect(columns).toHaveCount(5);
  await expect(columns.locator('h3')).toHaveText([
    'Xin 2015',
    'Hayton 2015',
    'Liu 2016',
    'Gitter and Kania 2017',
    'Soliman 2022',
  ]);
  // Every passage links to its permalink and to its place in the report.
  const quotes = page.locator('.passage blockquote');
  const n = await quotes.count();
  expect(n).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.passage a', { hasText: 'Permalink' })).toHaveCount(n);
  await expect(page.locator('.passage a', { hasText: 'Read in report' })).toHaveCount(n);
  // The period around it: a mark per listed event, this one emphasised.
  await expect(page.locator('svg .mark')).toHaveCount(await page.locator('.event-list li').count());
  await expect(page.locator('svg .mark.current')).toHaveCount(1);
  // From a passage to its permalink and back to the event.
  await page.locator('.passage a', { hasText: 'Permalink' }).first().click();
  await expect(page).toHaveURL(/\/claims\/xin-2015-[0-9a-f]{8}\/$/);
  await page
    .getByRole('link', { name: /HD-981 oil rig/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/events\/2014-hd981-oil-rig-crisis\/$/);
  await expectNoAxeViolations(page);
});

test('a date disagreement is stated plainly, report by report', async ({ page }) => {
  await page.goto('/events/2008-first-us-vn-political-security-dialogue/');
  const callout = page.getByRole('region', { name: 'The reports disagree on the date' });
  await expect(callout).toContainText('Hayton 2015 gives October 2008; Xin 2015 gives June 2008.');
  await expect(callout.getByRole('link', { name: 'June 2008' })).toHaveAttribute(
    'href',
    /^\/claims\/xin-2015-/,
  );
  // The strip of the period draws Xin's date as a ring left of the event's mark, and says so.
  const strip = page.locator('svg.chart.timeline');
  const ring = strip.locator('.alt-ring');
  await expect(ring.locator('title')).toHaveText('Xin 2015 gives June 2008');
  const ringX = Number(await ring.getAttribute('cx'));
  const markX = Number(await strip.locator('.mark.current').getAttribute('cx'));
  expect(ringX).toBeLessThan(markX);
  await expect(page.getByRole('region', { name: 'The period' })).toContainText(
    'The ring is another date the reports give for this event: Xin 2015 gives June 2008.',
  );
  await expectNoAxeViolations(page);
});

test('previous and next events are reachable by keyboard', async ({ page }) => {
  await page.goto('/events/2014-hd981-oil-rig-crisis/');
  const next = page.locator('a[rel="next"]');
  const href = await next.getAttribute('href');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.locator('a[rel="prev"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/2014-hd981-oil-rig-crisis\/$/);
});

test('the earliest event is dated in BCE and has no later-than-first previous link', async ({
  page,
}) => {
  await page.goto('/events/bce-111-han-conquest/');
  await expect(page.locator('.meta')).toContainText('111 BCE');
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/events/0938-bach-dang/');
});

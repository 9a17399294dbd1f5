import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, layoutShifts, watchLayoutShifts } from './helpers.ts';

const first = (page: Page) => page.locator('#search-results a[data-result]').first();

// Issue 7, item 2: each example query and the record it must put first.
const EXAMPLES: Array<[string, string]> = [
  ['Haiyang Shyou', '/events/2014-hd981-oil-rig-crisis/'],
  ['Nguyen Phu Trog', '/actors/nguyen-phu-trong/'],
  ['Truong Tan Sang', '/actors/truong-tan-sang/'],
  ['Trương Tấn Sang', '/actors/truong-tan-sang/'],
  ['HS981', '/events/2014-hd981-oil-rig-crisis/'],
  ['Haiyang Shiyou 981', '/events/2014-hd981-oil-rig-crisis/'],
  ['"oil rig"', '/events/2014-hd981-oil-rig-crisis/'],
  ['CPV', '/actors/cpv/'],
  ['中共中央对外联络部', '/actors/ccp-international-department/'],
];

for (const [q, href] of EXAMPLES)
  test(`typing ${q} puts ${href} first`, async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-q').fill(q);
    await expect(first(page)).toHaveAttribute('href', href);
    await expect(page).toHaveURL(
      new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}`),
    );
  });

test('results are grouped with counts and highlighted with <mark>', async ({ page }) => {
  await page.goto('/search/?q=Truong%20Tan%20Sang');
  await expect(first(page)).toBeVisible();
  const headings = page.locator('#search-results h2');
  await expect(headings.first()).toContainText(/\(\d+\)/);
  expect(await headings.allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Claims \(\d+\)$/)]),
  );
  await expect(first(page).locator('mark')).toHaveText(['Trương', 'Tấn', 'Sang']);
  await expect(page.locator('#search-status')).toContainText('for “Truong Tan Sang”');
});

test('a query with markup is shown as text: no element, no dialog', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)>';
  await page.goto('/search/');
  await page.locator('#search-q').fill(evil);
  await expect(page.locator('#search-status')).toContainText(evil);
  await page.goto(`/search/?q=${encodeURIComponent(evil)}`);
  await expect(page.locator('#search-status')).toContainText(evil);
  await page.waitForTimeout(300);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('#search-results img, #search-status img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('a 10,000-character query is cut down gracefully', async ({ page }) => {
  const long = 'Vietnam '.repeat(1250);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.locator('#search-status')).toContainText(
    'Only the first 200 characters were searched',
  );
  expect((await page.locator('#search-q').inputValue()).length).toBeLessThanOrEqual(200);
  await expect(first(page)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(200);
  // Typed (or pasted) into the box: the box keeps at most 200 characters and still answers.
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').fill('x'.repeat(250));
  expect((await page.locator('#search-q').inputValue()).length).toBe(200);
  await expect(page.locator('#search-status')).toContainText('No results');
});

test('?q= and filters in the URL restore the search, and changes go back into the URL', async ({
  page,
}) => {
  await page.goto(
    '/search/?q=Vietnam&report=hayton-2015&kind=assessment&from=2010&to=2016&origin=ZZ&actor=%3Cx%3E',
  );
  await expect(page.locator('#search-q')).toHaveValue('Vietnam');
  await expect(page.locator('select[name=report]')).toHaveValue('hayton-2015');
  await expect(page.locator('select[name=kind]')).toHaveValue('assessment');
  await expect(page.locator('input[name=from]')).toHaveValue('2010');
  await expect(first(page)).toHaveAttribute(
    'href',
    /^\/(claims\/hayton-2015-|events\/|reports\/hayton-2015)/,
  );
  // Live counts in the options once the filter data is in.
  await expect(page.locator('select[name=kind] option[value=assessment]')).toHaveText(/\(\d+\)$/);
  // Garbage parameters were ignored.
  expect(page.url()).not.toContain('actor=');
  await page.locator('select[name=kind]').selectOption('fact');
  await expect(page).toHaveURL(/kind=fact/);
  await page.locator('#search-clear').click();
  await expect(page).toHaveURL(/\/search\/\?q=Vietnam$/);
});

test('arrow keys move through results, Enter opens one, Escape returns', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('#search-q');
  await input.fill('Truong Tan Sang');
  await expect(first(page)).toBeVisible();
  await input.press('ArrowDown');
  await expect(first(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results a[data-result]').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await input.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(input).toBeFocused();
  await input.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/truong-tan-sang\/$/);
  // Back restores the search from the URL, with the keyboard in the box: ↓ reaches the results.
  await page.goBack();
  await expect(input).toHaveValue('Truong Tan Sang');
  await expect(input).toBeFocused();
  await expect(first(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first(page)).toBeFocused();
});

test('a shared /search/?q= link puts the keyboard in the box', async ({ page }) => {
  await page.goto('/search/?q=Trong');
  await expect(first(page)).toBeVisible();
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first(page)).toBeFocused();
});

/**
 * Holds back facets.json until `release()` is called. The worker answers a search twice: quickly,
 * then in full once the filter counts are loaded. Holding the counts makes the second answer land
 * while the keyboard is already on a result, every time.
 */
async function holdFacets(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search/index/facets.json*', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('a fuller answer arriving while a result has focus keeps the focus there (/search/)', async ({
  page,
}) => {
  const release = await holdFacets(page);
  await page.goto('/search/');
  const input = page.locator('#search-q');
  await input.fill('Truong Tan Sang');
  await expect(first(page)).toBeVisible();
  await input.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = page.locator('#search-results a[data-result]').nth(1);
  await expect(second).toBeFocused();
  const href = await second.getAttribute('href');
  const oldList = await page.locator('#search-results ol').first().elementHandle();
  release();
  // The full answer fills the filter counts and renders the results again.
  await expect(page.locator('select[name=report] option').nth(1)).toHaveText(/\(\d+\)$/);
  await expect.poll(() => oldList?.evaluate((n) => n.isConnected)).toBe(false);
  await expect(page.locator(`#search-results a[data-result][href="${href}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first(page)).toBeFocused();
});

test('a fuller answer arriving while a result has focus keeps the header panel open', async ({
  page,
}) => {
  const release = await holdFacets(page);
  await page.goto('/about/');
  const input = page.locator('#site-search');
  const panel = page.locator('#site-search-results');
  await input.fill('Truong Tan Sang');
  const hit = panel.locator('a[data-result]').first();
  await expect(hit).toBeVisible();
  await input.press('ArrowDown');
  await expect(hit).toBeFocused();
  const href = await hit.getAttribute('href');
  await panel.locator('.header-results-status').evaluate((n) => n.setAttribute('data-old', ''));
  release();
  await expect(panel.locator('.header-results-status:not([data-old])')).toBeAttached();
  await expect(panel).toBeVisible();
  await expect(panel.locator(`a[data-result][href="${href}"]`)).toBeFocused();
});

test('no results: suggestions that run a new search', async ({ page }) => {
  await page.goto('/search/?q=Vietnamm%20relatoins%20qqqzzz');
  await expect(page.locator('.search-help')).toBeVisible();
  const suggestion = page.locator('.search-help a[data-suggestion]').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(first(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the header box: / focuses it, results appear under it, Enter on one opens it', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/reports/');
  await page.waitForLoadState('networkidle');
  // No search bytes until the box is used.
  expect(requests.filter((p) => p.startsWith('/search/') || /worker|header/.test(p))).toEqual([]);
  await page.keyboard.press('/');
  const input = page.locator('#site-search');
  await expect(input).toBeFocused();
  await input.pressSequentially('Nguyen Phu Trog');
  const panel = page.locator('#site-search-results');
  await expect(panel.locator('a[data-result]').first()).toHaveAttribute(
    'href',
    '/actors/nguyen-phu-trong/',
  );
  expect(requests).toContain('/search/index/meta.json');
  await expectNoAxeViolations(page);
  await input.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/nguyen-phu-trong\/$/);
});

test('the header box without a choice opens /search/ with the query', async ({ page }) => {
  await page.goto('/about/');
  await page.locator('#site-search').fill('oil rig');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=oil(\+|%20)rig$/);
  await expect(first(page)).toBeVisible();
});

test('/search/ is accessible with results shown', async ({ page }) => {
  await page.goto('/search/?q=oil%20rig');
  await expect(first(page)).toBeVisible();
  await expect(page.locator('select[name=report] option').nth(1)).toHaveText(/\(\d+\)$/);
  await expectNoAxeViolations(page);
});

test('/search/?q= shows its results without shifting the page (phone and desktop)', async ({
  browser,
}) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await watchLayoutShifts(page);
    await page.goto('/search/?q=oil%20rig');
    await expect(first(page)).toBeVisible();
    await page.waitForTimeout(500);
    const { cls, shifts } = await layoutShifts(page);
    expect(cls, `${viewport.width} px wide: ${shifts.join(', ')}`).toBeLessThan(0.02);
    await context.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/search/ says search needs it and links to the reports and the data', async ({ page }) => {
    await page.goto('/search/?q=oil');
    const note = page.locator('#search-nojs');
    await expect(note).toContainText('needs JavaScript');
    await expect(note.locator('a[href="/reports/"]')).toBeVisible();
    await expect(note.locator('a[href="/data/"]')).toBeVisible();
    await expect(page.locator('#search-form')).toBeHidden();
  });
});

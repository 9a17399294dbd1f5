import { expect, test } from '@playwright/test';

// On a phone nothing may push the page sideways: long web addresses wrap, wide tables scroll inside
// themselves. These pages had the widest content (relations tables, source addresses, citations).
test.use({ viewport: { width: 390, height: 844 } });

for (const path of [
  '/',
  '/actors/china/',
  '/actors/vietnam/',
  '/actors/united-states/',
  '/reports/soliman-2022/',
  '/reports/liu-2016/',
  '/claims/xin-2015-84b5045d/',
  '/events/2014-hd981-oil-rig-crisis/',
  '/data/',
])
  test(`${path} does not scroll sideways on a phone`, async ({ page }) => {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `page is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(
      client,
    );
  });

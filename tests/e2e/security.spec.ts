import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// One page of every type; pages whose section is not built are skipped (the list grows with the site).
const PAGES = [
  '/',
  '/reports/',
  '/reports/hayton-2015/#hayton-2015-8551e004',
  '/claims/hayton-2015-8551e004/',
  '/actors/',
  '/actors/vietnam/',
  '/data/',
  '/about/',
  '/briefings/',
  '/briefings/oil-rig-crisis-2014/',
  '/timeline/',
  '/events/2014-hd981-oil-rig-crisis/',
  '/search/?q=oil%20rig',
  '/compare/?r=hayton-2015,xin-2015',
  '/compare/hayton-2015/xin-2015/',
  '/disagreements/',
].filter((p) => existsSync(`dist${p.replace(/[?#].*$/, '')}index.html`));

for (const path of PAGES) {
  test(`no Content Security Policy violation on ${path}`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    // Let enhancements run (workers, lazy chunks), and use the page a little.
    await page.keyboard.press('Tab');
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...seen]).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  await page.goto('/claims/hayton-2015-8551e004/');
  const result = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, seen };
  });
  expect(result.ran).toBe(false);
  expect(result.seen.some((d) => d.startsWith('script-src'))).toBe(true);
});

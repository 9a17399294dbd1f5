import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

test('the /data page links every download and documents each schema', async ({ page, request }) => {
  await page.goto('/data/');
  await expect(page.getByRole('heading', { level: 1, name: 'Data downloads' })).toBeVisible();
  for (const name of ['reports', 'claims', 'actors', 'events']) {
    for (const ext of ['json', 'csv']) {
      const link = page.getByRole('link', { name: `${name}.${ext}`, exact: true });
      await expect(link).toHaveAttribute('href', `/data/${name}.${ext}`);
      const res = await request.get(`/data/${name}.${ext}`);
      expect(res.ok()).toBe(true);
      if (ext === 'json') expect(((await res.json()) as unknown[]).length).toBeGreaterThan(0);
      if (name === 'events' && ext === 'csv')
        expect((await res.text()).split('\r\n')[0]).toMatch(
          /^id,title,date\.start,date\.end,date\.precision,/,
        );
    }
    await expect(page.locator(`#schema-${name} tbody tr`).first()).toBeVisible();
  }
  // Field documentation comes from the schemas: the claim id field is explained.
  await expect(page.locator('#schema-claims')).toContainText('TextQuoteSelector');
  await expectNoAxeViolations(page);
});

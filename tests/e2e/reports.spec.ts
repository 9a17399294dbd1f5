import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, reportFiles } from './helpers.ts';

const reports = reportFiles();

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

test('the reports page lists every report in content/reports', async ({ page }) => {
  await page.goto('/reports/');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  const items = page.locator('.report-list > li');
  expect(reports.length).toBeGreaterThanOrEqual(5);
  await expect(items).toHaveCount(reports.length);
  for (const r of reports) {
    await expect(page.getByRole('link', { name: r.title, exact: true })).toHaveAttribute(
      'href',
      `/reports/${r.id}/`,
    );
  }
});

test('each listed report counts its claims and links to its events on the timeline, filtered', async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as Array<{
    reportId: string;
  }>;
  const n = claims.filter((c) => c.reportId === 'hayton-2015').length;
  expect(n).toBeGreaterThan(100);
  await page.goto('/reports/');
  const hayton = page
    .locator('.report-list > li')
    .filter({ has: page.locator('a[href="/reports/hayton-2015/"]') });
  await expect(hayton).toContainText(`${n} claims`);
  const events = hayton.locator('a[href="/timeline/?report=hayton-2015"]');
  await expect(events).toHaveText(/^\d+ events attested$/);
  await events.click();
  await expect(page.locator('input[name="report"][value="hayton-2015"]')).toBeChecked();
  await expect(page.locator('#tl-summary')).toContainText('matching 1 filter');
});

for (const r of reports) {
  test(`report ${r.id} shows its title, authors, date and every heading`, async ({ page }) => {
    await page.goto(`/reports/${r.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.title);
    for (const a of r.authors) await expect(page.locator('.meta')).toContainText(a);
    await expect(page.locator(`.meta time[datetime="${r.published}"]`)).toBeVisible();
    const headings = await page.locator('.body :is(h2, h3, h4, h5, h6)').allInnerTexts();
    for (const h of r.headings)
      expect(headings.map((t) => t.trim())).toContain(h.replace(/[*_`]/g, ''));
    // Every paragraph has a unique anchor, and following one scrolls it into view.
    const ids = await page
      .locator('.body p[id], .body li[id^="p-"], .body tr[id]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const last = ids.at(-1) ?? '';
    await page.goto(`/reports/${r.id}/#${last}`);
    await expect(page.locator(`[id="${last}"]`)).toBeInViewport();
  });
}

test('actor names in the reading view link to their profiles', async ({ page }) => {
  await page.goto('/reports/hayton-2015/');
  const cpv = page.locator('.body a.actor[href="/actors/cpv/"]').first();
  await expect(cpv).toBeAttached();
  await cpv.click();
  await expect(page).toHaveURL(/\/actors\/cpv\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communist Party of Vietnam');
});

test('the paragraph link appears on keyboard focus', async ({ page }) => {
  const r = reports[0];
  expect(r, 'at least one report in content/reports').toBeDefined();
  await page.goto(`/reports/${r?.id}/`);
  const anchor = page.locator('.body p[id] > a.anchor').first();
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
});

test('Chinese characters in a report are drawn with a CJK face, the Latin text around them is not', async ({
  page,
}) => {
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]+/;
  const withHan = reportFiles().find((r) => HAN.test(r.body));
  expect(withHan, 'a report in content/reports that quotes Chinese characters').toBeDefined();
  await page.goto(`/reports/${withHan?.id}/`);
  const paragraph = page.locator('.body :is(p, li)', { hasText: HAN }).first();
  await expect(paragraph).toBeAttached();
  // Runs of the paragraph's own text, each in a span of its own so the fonts used can be asked per run.
  const runs = await paragraph.evaluate((el, source) => {
    const text = el.textContent ?? '';
    const han = new RegExp(source).exec(text)?.[0] ?? '';
    const latin = text.slice(0, text.indexOf(han)).trim().split(/\s+/).slice(-4).join(' ');
    for (const [id, t] of [
      ['run-han', han],
      ['run-latin', `${latin} nations\u2019 interests`],
    ] as const) {
      const span = document.createElement('span');
      span.id = id;
      span.textContent = t;
      el.append(span);
    }
    return { han, latin };
  }, HAN.source);
  expect(runs.han.length).toBeGreaterThan(0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const fontsOf = async (selector: string) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  };
  const cjk = /CJK|Han |Source Han|Songti|SimSun|PingFang|Hiragino|YaHei/;
  expect((await fontsOf('#run-latin')).filter((f) => cjk.test(f))).toEqual([]);
  // `npm test` installs fonts-noto-cjk where it can (scripts/find-chromium.mjs, ensureCjkFonts).
  expect(hasCjkFont(), 'a CJK font on this machine (apt-get install fonts-noto-cjk)').toBe(true);
  expect((await fontsOf('#run-han')).some((f) => cjk.test(f))).toBe(true);
});

// One test per page and scheme: axe over a long report (hayton-2015: 700 claim spans) takes a while.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/', '/reports/', '/data/', ...reports.map((r) => `/reports/${r.id}/`)]) {
    test(`no accessibility violations on ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { isoToDecimalYear } from '../../src/lib/dates/compare.ts';
import { expectNoAxeViolations, layoutShifts, watchLayoutShifts } from './helpers.ts';

const allEvents = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as Array<{
  id: string;
}>;

const marks = (page: Page) => page.locator('#tl-svg a.tl-mark:not([display="none"])');
const listed = (page: Page) => page.locator('.tl-item:not([hidden])');

async function ready(page: Page, path = '/timeline/') {
  await page.goto(path);
  await expect(page.locator('#tl-chart')).toBeVisible();
  await expect(page.locator('#tl-svg')).toBeAttached();
}

/** Marks, list items and the summary agree (polling: an animated zoom updates them when it ends). */
async function expectSameCounts(page: Page) {
  let n = -1;
  await expect
    .poll(async () => {
      n = await listed(page).count();
      const m = await marks(page).count();
      const summary = (await page.locator('#tl-summary').textContent()) ?? '';
      return m === n && summary.startsWith(`${n} event`);
    })
    .toBe(true);
  return n;
}

test('the chart draws one mark per event the list shows; an actor filter reduces both and is kept in the URL', async ({
  page,
}) => {
  await ready(page);
  const before = await expectSameCounts(page);
  expect(before).toBeGreaterThan(100);
  await expect(page.locator('#tl-summary')).toContainText('from 1945 to');
  // The plain filter links are for the page without JS; the form replaces them.
  await expect(page.locator('#tl-links')).toBeHidden();

  await page.locator('details[data-facet="actor"] summary').click();
  await page.locator('input[name="actor"][value="cpv"]').check();
  await expect(page).toHaveURL(/[?&]actor=cpv(&|$)/);
  const after = await expectSameCounts(page);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  // Every event still listed names the CPV.
  for (const actors of await listed(page).evaluateAll((lis) =>
    lis.map((li) => (li as HTMLElement).dataset['actors'] ?? ''),
  ))
    expect(actors.split(' ')).toContain('cpv');

  const url = page.url();
  await page.reload();
  await expect(page.locator('input[name="actor"][value="cpv"]')).toBeChecked();
  await expect(page).toHaveURL(url);
  expect(await expectSameCounts(page)).toBe(after);
  await expectNoAxeViolations(page);
});

test('a shared view opens at its range and filters; garbage parameters fall back to the defaults', async ({
  page,
}) => {
  await ready(page, '/timeline/?from=2014-01&to=2014-12&class=material-conflict');
  await expect(page.locator('#tl-summary')).toContainText(
    /from 1 January 2014 to 31 December 2014|from January 2014 to December 2014/,
  );
  const n = await expectSameCounts(page);
  expect(n).toBeGreaterThan(0);
  for (const ds of await listed(page).evaluateAll((lis) =>
    lis.map((li) => ({ ...(li as HTMLElement).dataset })),
  )) {
    expect(ds['class']).toBe('material-conflict');
    expect(
      (ds['start'] ?? '').slice(0, 4) <= '2014' &&
        (ds['end'] ?? ds['start'] ?? '').slice(0, 4) >= '2014',
    ).toBe(true);
  }
  await expect(page).toHaveURL(/from=2014-01&to=2014-12&class=material-conflict$/);

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await ready(
    page,
    '/timeline/?from=banana&to=2014-13&actor=%3Cscript%3E&lanes=sideways&kind=&zoom=9',
  );
  await expect(page.locator('#tl-summary')).toContainText('from 1945 to');
  await expectSameCounts(page);
  expect(errors).toEqual([]);
});

test('zoom buttons change the visible range; reset returns to the default view', async ({
  page,
}) => {
  await ready(page);
  const summary = page.locator('#tl-summary');
  const initial = await summary.textContent();
  const axis = async () =>
    (await page.locator('#tl-svg .tl-axis .tick text').allTextContents()).join(' ');
  const axisBefore = await axis();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(summary).not.toHaveText(initial ?? '');
  await expect(page).toHaveURL(/from=\d{4}.*&to=\d{4}/);
  const from1 = new URL(page.url()).searchParams.get('from') ?? '';
  expect(Number(from1.slice(0, 4))).toBeGreaterThan(1945);
  expect(await axis()).not.toBe(axisBefore);
  await expectSameCounts(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).not.toHaveURL(new RegExp(`from=${from1}&`));
  const year = (u: string) => Number((new URL(u).searchParams.get('from') ?? '').slice(0, 4));
  const from2 = year(page.url());
  await page.getByRole('button', { name: 'Pan left' }).click();
  await expect.poll(() => year(page.url())).toBeLessThan(from2);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expectSameCounts(page);
  await page.getByRole('button', { name: 'All' }).click();
  await expect(summary).toContainText(`${allEvents.length} events from`);
  await expect(summary).toContainText('BCE');
  await expectSameCounts(page);
  // The date fields set the view too.
  await page.locator('#tl-from').fill('1979');
  await page.locator('#tl-to').fill('1979-03');
  await page.locator('#tl-to').press('Enter');
  await expect(page).toHaveURL(/from=1979&to=1979-03(&|$)/);
  await expect(summary).toContainText(/from (1 )?January 1979 to (31 )?March 1979/);
  await expectSameCounts(page);
  await page.getByRole('button', { name: /Reset/ }).click();
  await expect(summary).toHaveText(initial ?? '');
  await expect(page).toHaveURL(/\/timeline\/$/);
  // Ctrl + wheel over the chart narrows the range too.
  const box = await page.locator('#tl-svg').boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -600);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/from=/);
  await expectSameCounts(page);
});

test('on a touch screen, one finger over the chart scrolls the page and two fingers pinch it', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  try {
    await ready(page);
    const cdp = await context.newCDPSession(page);
    // Real touch input through the browser (touch events, then scrolling if nothing cancels them).
    const touch = async (from: Array<[number, number]>, to: Array<[number, number]>) => {
      const at = (t: number) =>
        from.map(([x, y], i) => ({
          x: x + ((to[i]?.[0] ?? x) - x) * t,
          y: y + ((to[i]?.[1] ?? y) - y) * t,
          id: i,
        }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 10) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const middle = async () => {
      const box = await page.locator('#tl-svg').boundingBox();
      if (!box) throw new Error('no chart');
      return [
        box.x + box.width / 2,
        Math.max(box.y + 40, Math.min(box.y + box.height / 2, 800)),
      ] as const;
    };
    const scrollY = () => page.evaluate(() => window.scrollY);
    const [x, y] = await middle();
    await touch([[x, y]], [[x, y - 300]]);
    await expect.poll(scrollY).toBeGreaterThan(100);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    // Two fingers moving apart zoom in: the range narrows into the URL.
    const [cx, cy] = await middle();
    await touch(
      [
        [cx - 30, cy],
        [cx + 30, cy],
      ],
      [
        [cx - 150, cy],
        [cx + 150, cy],
      ],
    );
    await expect(page).toHaveURL(/from=\d{4}/);
    await expectSameCounts(page);
  } finally {
    await context.close();
  }
});

test('a plain wheel over the chart scrolls the page and leaves the range alone; Ctrl or ⌘ + wheel zooms', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await ready(page);
  const summary = page.locator('#tl-summary');
  const initial = await summary.textContent();
  const axis = async () =>
    (await page.locator('#tl-svg .tl-axis .tick text').allTextContents()).join(' ');
  const axisBefore = await axis();
  const scrollY = () => page.evaluate(() => window.scrollY);
  const overChart = async () => {
    const box = await page.locator('#tl-svg').boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(
      box.x + box.width * 0.6,
      box.y + Math.min(box.height / 2, 900 - box.y - 20),
    );
  };
  await overChart();
  expect(await scrollY()).toBe(0);
  await page.mouse.wheel(0, 300);
  // A hint says how to zoom (a status region, empty again a moment later).
  await expect(page.locator('#tl-wheel-hint')).toHaveText(
    /^To zoom, hold (Ctrl|⌘) while scrolling$/,
  );
  await expect.poll(scrollY).toBeGreaterThan(100);
  await expect(page.locator('#tl-wheel-hint')).toBeHidden({ timeout: 5000 });
  // The domain is unchanged: no range in the URL, same summary and axis.
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  await expect(summary).toHaveText(initial ?? '');
  expect(await axis()).toBe(axisBefore);

  // Ctrl + wheel zooms in, and the page does not scroll.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(scrollY).toBe(0);
  await overChart();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/from=\d{4}/);
  const fromCtrl = Number((new URL(page.url()).searchParams.get('from') ?? '').slice(0, 4));
  expect(fromCtrl).toBeGreaterThan(1945);
  expect(await scrollY()).toBe(0);
  await expect(page.locator('#tl-wheel-hint')).toBeHidden();
  expect(await axis()).not.toBe(axisBefore);
  await expectSameCounts(page);
  // ⌘ (Meta) + wheel too: zooming out again.
  await page.keyboard.down('Meta');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Meta');
  await expect
    .poll(() => Number((new URL(page.url()).searchParams.get('from') ?? '1945').slice(0, 4)))
    .toBeLessThan(fromCtrl);
  expect(await scrollY()).toBe(0);
});

test('keyboard: one Tab stop on the chart, arrows go through events in date order, Enter opens one', async ({
  page,
}) => {
  await ready(page, '/timeline/?from=2014&to=2015');
  const order = await listed(page).evaluateAll((lis) =>
    lis.map((li) => (li as HTMLElement).dataset['id']),
  );
  expect(order.length).toBeGreaterThan(5);
  await page.locator('#tl-era').focus();
  await page.keyboard.press('Tab');
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
  expect(await focusedId()).toBe(order[0]);
  // The tooltip shows on focus: title, date with its precision, reports.
  await expect(page.locator('#tl-tooltip')).toBeVisible();
  await expect(page.locator('#tl-tooltip')).toContainText('known to the');
  const seen = [await focusedId()];
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press('ArrowRight');
    seen.push(await focusedId());
  }
  expect(seen).toEqual(order);
  // Tab leaves the chart (one stop), Shift+Tab comes back to the same mark.
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedId()).toBe(order.at(-1));
  // The list, the other way in, is in date order too.
  const starts = await listed(page).evaluateAll((lis) =>
    lis.map((li) => (li as HTMLElement).dataset['start'] ?? ''),
  );
  const years = starts.map(isoToDecimalYear);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${order.at(-1)}/$`));
});

test('+ on a focused mark zooms around it: it stays in view and keeps the focus', async ({
  page,
}) => {
  await ready(page, '/timeline/?actor=nguyen-phu-trong');
  await page.locator('#tl-era').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
  const id = await focusedId();
  expect(id).not.toBeNull();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  // Three doublings: the view is an eighth as wide, and the mark is still in it, focused.
  await expect.poll(focusedId).toBe(id);
  await expect(page.locator(`#tl-svg a.tl-mark[data-id="${id}"]`)).toBeVisible();
  await expect(page.locator('#tl-summary')).not.toContainText(/^0 events/);
  await page.keyboard.press('-');
  await expect.poll(focusedId).toBe(id);
});

test('hovering a mark shows its tooltip; axe is clean with the filters open', async ({ page }) => {
  await ready(page);
  const mark = marks(page).first();
  await mark.hover();
  await expect(page.locator('#tl-tooltip')).toBeVisible();
  await expect(page.locator('#tl-tooltip strong')).not.toBeEmpty();
  await page.locator('details[data-facet="class"] summary').click();
  await page.locator('details[data-facet="report"] summary').click();
  await page.locator('select[name="lanes"]').selectOption('actor');
  await expect(page).toHaveURL(/lanes=actor/);
  await expect(page.locator('#tl-svg .tl-lane-label').first()).toHaveText('Vietnam');
  await expectSameCounts(page);
  await expectNoAxeViolations(page);
});

test('the tooltip can be hovered, stays until pointer and focus leave, and Escape hides it without moving focus (WCAG 1.4.13)', async ({
  page,
}) => {
  await ready(page, '/timeline/?from=2014&to=2015');
  const tip = page.locator('#tl-tooltip');
  const mark = marks(page).first();
  await mark.hover();
  await expect(tip).toBeVisible();
  const title = await tip.locator('strong').textContent();
  expect(title).toBeTruthy();
  await expect(mark).toHaveAttribute('aria-describedby', 'tl-tooltip');
  // Move the pointer onto the tooltip, in steps (the way a hand moves it), and stay there.
  const m = await mark.boundingBox();
  const t = await tip.boundingBox();
  if (!m || !t) throw new Error('no mark or tooltip');
  await page.mouse.move(m.x + m.width / 2, t.y + Math.min(t.height / 2, 20), { steps: 8 });
  await page.waitForTimeout(1000);
  await expect(tip).toBeVisible();
  await expect(tip.locator('strong')).toHaveText(title ?? '');
  // The tooltip is what the pointer is on (its text can be selected, it does not let the pointer through).
  const onTip = await page.evaluate(
    ([x, y]) => !!document.elementFromPoint(x as number, y as number)?.closest('#tl-tooltip'),
    [m.x + m.width / 2, t.y + Math.min(t.height / 2, 20)],
  );
  expect(onTip).toBe(true);
  // Escape hides it and focus does not move.
  const active = () =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  const focusBefore = await active();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  expect(await active()).toBe(focusBefore);
  // Hover again; the pointer leaving the mark (and not to the tooltip) hides it after a moment.
  await mark.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
  // Keyboard: focus shows it, Escape hides it and the mark keeps focus; the next mark shows its own.
  await page.locator('#tl-era').focus();
  await page.keyboard.press('Tab');
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
  const first = await focusedId();
  expect(first).not.toBeNull();
  await expect(tip).toBeVisible();
  await page.waitForTimeout(800);
  await expect(tip).toBeVisible(); // stays while focus stays
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  expect(await focusedId()).toBe(first);
  await page.keyboard.press('ArrowRight');
  await expect(tip).toBeVisible();
  expect(await focusedId()).not.toBe(first);
});

test('without JavaScript the list shows every event, grouped by year, with plain filter links', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/?actor=cpv');
  await expect(page.locator('.tl-item')).toHaveCount(allEvents.length);
  await expect(listed(page)).toHaveCount(allEvents.length);
  await expect(page.locator('#tl-chart')).toBeHidden();
  await expect(page.locator('#tl-summary')).toHaveText(
    `${allEvents.length} events from 111 BCE to ${await page.locator('.tl-year h3').last().textContent()}.`,
  );
  await expect(page.locator('.tl-year h3').first()).toHaveText('111 BCE');
  const hrefs = await page
    .locator('.tl-item a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs)).toEqual(new Set(allEvents.map((e) => `/events/${e.id}/`)));
  // The filter links work without JS too (CSS :target rules from /timeline/filters.css).
  for (const [facet, value, attr] of [
    ['class', 'material-conflict', 'class'],
    ['dyad', 'VN-US', 'dyads'],
    ['kind', 'agreement', 'kind'],
    ['actor', 'cpv', 'actors'],
  ] as const) {
    const link = page.locator(`#tl-links a[href="#f-${facet}-${value}"]`);
    const count = Number(/\((\d+)\)$/.exec((await link.textContent()) ?? '')?.[1]);
    await link.click();
    await expect(page.locator(`#f-${facet}-${value}`)).toBeVisible();
    await expect(page.locator(`#f-${facet}-${value}`)).toContainText(
      `Filtered by ${facet === 'class' ? 'cooperation or conflict' : facet}: `,
    );
    await expect(page.locator(`#f-${facet}-${value}`)).toContainText(
      `(${count} event${count === 1 ? '' : 's'}).`,
    );
    const shown = page.locator('.tl-item:visible');
    await expect(shown).toHaveCount(count);
    for (const v of await shown.evaluateAll(
      (lis, a) => lis.map((li) => li.getAttribute(`data-${a}`) ?? ''),
      attr,
    ))
      expect(v.split(' ')).toContain(value);
    await page.locator(`#f-${facet}-${value} a`).click();
    await expect(page.locator('.tl-item:visible')).toHaveCount(allEvents.length);
  }
  await context.close();
});

test('a no-JS filter link followed with JS on becomes a filter in the URL', async ({ page }) => {
  await ready(page, '/timeline/#f-actor-cpv');
  await expect(page).toHaveURL(/\/timeline\/\?actor=cpv$/);
  await expect(page.locator('input[name="actor"][value="cpv"]')).toBeChecked();
  await expect(page.locator('#f-actor-cpv')).toBeHidden();
  await expectSameCounts(page);
});

test('the page without its script (links and list) passes axe too', async ({ page }) => {
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/timeline/');
  await expect(page.locator('#tl-chart')).toBeHidden();
  await expect(page.locator('#tl-links')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('#tl-links a[href="#f-dyad-VN-CN"]').click();
  await expect(page.locator('#f-dyad-VN-CN')).toBeVisible();
  await expectNoAxeViolations(page);
});

/**
 * Opens `path` at `width` × `height` with the timeline's script held back until the chart's box has
 * been measured as the page serves it; then lets the script run and returns the box before and after,
 * and the layout shift summed from the first paint.
 */
async function startupShift(browser: Browser, path: string, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await watchLayoutShifts(page);
  // Hold the timeline's script until the box has been measured as the page serves it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/index.astro_astro_type_script*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.locator('#tl-years')).toBeAttached();
  // Measure as the page is painted without its script: the whole document parsed (readyState leaves
  // "loading" before deferred module scripts run) and every stylesheet loaded. On a busy machine the
  // parser can be ahead of the stylesheets, and an unstyled SVG sits a few pixels taller inline.
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
        (l) => l.sheet !== null,
      ),
  );
  const box = () =>
    page.evaluate(() => {
      const chart = document.getElementById('tl-chart') as HTMLElement;
      const wasHidden = chart.hidden;
      chart.hidden = false;
      const r = {
        chart: chart.getBoundingClientRect().height,
        focus: (document.getElementById('tl-focus') as HTMLElement).getBoundingClientRect().height,
        overview: (document.getElementById('tl-overview') as HTMLElement).getBoundingClientRect()
          .height,
      };
      chart.hidden = wasHidden;
      return r;
    });
  const before = await box();
  release();
  await expect(page.locator('#tl-svg')).toBeAttached();
  await expect(page.locator('#tl-svg a.tl-mark').first()).toBeAttached();
  const after = await box();
  const lanes = await page.locator('#tl-svg .tl-lane-label').count();
  await page.waitForTimeout(500);
  const { cls, shifts } = await layoutShifts(page);
  if (process.env.LOG_CLS)
    console.log(
      `${path} at ${width} px: CLS ${cls.toFixed(4)} (${shifts.join(', ') || 'no shift'}); box ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    );
  await context.close();
  return { before, after, lanes, cls, shifts };
}

test('the page reserves the chart’s box: drawing the chart moves nothing, with dyad or actor lanes (layout shift < 0.02 on a phone and a desktop)', async ({
  browser,
}) => {
  // On a wide screen the list is in view when the script swaps the no-JS filter links for the chart
  // (0.024 when the links were laid out alone); they now share a grid cell with the chart's box.
  // With ?lanes=actor the seven lanes fit the same box as the five dyad lanes.
  for (const [path, laneCount] of [
    ['/timeline/', 5],
    ['/timeline/?lanes=actor', 7],
  ] as const) {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      const where = `${path} at ${width} px wide`;
      const { before, after, lanes, cls, shifts } = await startupShift(
        browser,
        path,
        width,
        height,
      );
      expect(before.focus, where).toBeGreaterThan(300);
      expect(before.overview, where).toBeGreaterThan(40);
      expect(lanes, where).toBe(laneCount);
      expect(after, where).toEqual(before);
      expect(cls, `${where}: ${shifts.join(', ')}`).toBeLessThan(0.02);
    }
  }
});

test('a disputed date shows: a ring at the date the other report gives, the sentence in the tooltip and a tag in the list', async ({
  page,
}) => {
  await ready(page, '/timeline/?from=2007-06&to=2012');
  const id = '2008-first-us-vn-political-security-dialogue';
  const item = page.locator(`.tl-item[data-id="${id}"]`);
  await expect(item).toHaveAttribute('data-alt', '2008-06');
  await expect(item.locator('.tl-disputed')).toHaveText('dates differ');
  const mark = page.locator(`#tl-svg a.tl-mark[data-id="${id}"]`);
  await mark.focus();
  await expect(page.locator('#tl-tooltip')).toContainText(
    'Dates differ: Hayton 2015 gives October 2008; Xin 2015 gives June 2008.',
  );
  // The canvas under the marks: painted around June 2008 on the dialogue's row, bare in the empty US–China lane.
  const painted = await page.evaluate((markId) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#tl-focus canvas.tl-canvas')!;
    const svg = document.querySelector<SVGSVGElement>('#tl-svg')!;
    const origin = svg.getBoundingClientRect();
    const tick = (label: string) => {
      const t = [...svg.querySelectorAll('.tl-axis .tick')].find((g) => g.textContent === label);
      return t ? t.getBoundingClientRect().x + t.getBoundingClientRect().width / 2 - origin.x : NaN;
    };
    const [x8, x9] = [tick('2008'), tick('2009')];
    const ringX = x8 + ((x9 - x8) * 5) / 12;
    const box = document
      .querySelector(`#tl-svg a.tl-mark[data-id="${markId}"]`)!
      .getBoundingClientRect();
    const markY = box.y + box.height / 2 - origin.y;
    const laneY = (name: string) => {
      const label = [...svg.querySelectorAll('.tl-lane-label')].find(
        (t) => t.textContent === name,
      )!;
      return label.getBoundingClientRect().y - origin.y + 20;
    };
    const dpr = canvas.width / canvas.clientWidth;
    const alphaAround = (cx: number, cy: number) => {
      const data = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((cx - 6) * dpr),
          Math.round((cy - 6) * dpr),
          Math.round(12 * dpr),
          Math.round(12 * dpr),
        ).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    };
    return { ring: alphaAround(ringX, markY), empty: alphaAround(ringX, laneY('US–China')) };
  }, id);
  expect(painted.ring).toBeGreaterThan(10);
  expect(painted.empty).toBe(0);

  // Zoomed to January–August 2008: the dialogue's own date (October) is out of view, the date Xin
  // gives (June) in it. No disputed event has a mark there, yet the line and ring are drawn.
  await ready(page, '/timeline/?dates=differ&from=2008-01&to=2008-08');
  await expect(page.locator('#tl-svg a.tl-mark:visible')).toHaveCount(0);
  const inked = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#tl-focus canvas.tl-canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(30);

  // The Dates filter, as the home page links it: only the disputed events, chart and list alike.
  await ready(page, '/timeline/?dates=differ');
  await expect(page.locator('input[name="dates"][value="differ"]')).toBeChecked();
  const n = await expectSameCounts(page);
  expect(n).toBe(await page.locator('.tl-item[data-dates="differ"]').count());
  expect(n).toBeGreaterThanOrEqual(5);
  expect(
    await listed(page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['dates'])),
  ).toEqual(Array(n).fill('differ'));
});

/**
 * `npm run bench -- timeline`: the /timeline/ page in headless Chromium with the real events and
 * with 2,000 synthetic ones (recombined from the real ones by src/lib/timeline/synthetic.ts and put
 * into the built page's list, which is where the chart reads its data, through a Playwright route).
 * Reports, from the Chrome DevTools Protocol's Performance.getMetrics (ScriptDuration, TaskDuration):
 *   - load: script time from navigation until the chart is drawn;
 *   - wheel zoom: script time per frame of a scripted zoom (60 wheel steps in, then out, each followed
 *     by two animation frames): p50, p95, max;
 *   - button zoom: script time per click of Zoom in / Zoom out in total: a 250 ms animated zoom (about
 *     15 frames) plus, when it ends, re-packing the rows, moving the mark links, re-filtering the list
 *     and rewriting the URL;
 * and the page's JS weight (gzip -9, the entry module and every chunk it imports).
 * Target: p95 ≤ 16 ms of script per frame; JS ≤ 40 KB gz. Build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { ensureChromium } from '../find-chromium.mjs';
import {
  toDataset,
  eventDateText,
  toTimelineEvents,
  type TimelineEvent,
} from '../../src/lib/timeline/data.ts';
import { synthesize } from '../../src/lib/timeline/synthetic.ts';
import { formatYear } from '../../src/lib/dates/format.ts';
import type { Event } from '../../src/lib/schemas/event.ts';
import type { Report } from '../../src/lib/schemas/report.ts';

const PORT = Number(process.env.TIMELINE_BENCH_PORT ?? 4417);
const N = Number(process.env.TIMELINE_EVENTS ?? 2000);
const STEPS = 60;

const html = readFileSync('dist/timeline/index.html', 'utf8');

// JS weight: the module scripts of the page and, recursively, the chunks they import.
function jsBytes(): { raw: number; gz: number; files: number } {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  let raw = 0;
  let gz = 0;
  while (queue.length) {
    const src = queue.shift() as string;
    if (seen.has(src)) continue;
    seen.add(src);
    const text = readFileSync(join('dist', src));
    raw += text.length;
    gz += gzipSync(text, { level: 9 }).length;
    for (const m of text.toString().matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(join('/_astro', m[1] as string));
  }
  return { raw, gz, files: seen.size };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The list markup for synthetic events: the same data-* attributes and links as the page's. */
function listHtml(events: readonly TimelineEvent[]): string {
  const byYear = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    const y = Math.floor(e.start + 1e-9);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  let out = '';
  for (const [y, list] of byYear) {
    out += `<section class="tl-year" aria-labelledby="y${y}"><h3 id="y${y}">${esc(formatYear(y))}</h3><ol class="tl-events">`;
    for (const e of list) {
      const attrs = Object.entries(toDataset(e))
        .map(([k, v]) => ` data-${k}="${esc(v)}"`)
        .join('');
      out += `<li class="tl-item"${attrs}><span class="tl-date">${esc(eventDateText(e))}</span> <a href="/events/${esc(e.id)}/">${esc(e.title)}</a></li>`;
    }
    out += '</ol></section>';
  }
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

async function metrics(page: Page, cdp: CDPSession) {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const get = (n: string) => m.find((x) => x.name === n)?.value ?? 0;
  void page;
  return {
    script: get('ScriptDuration') * 1000,
    task: get('TaskDuration') * 1000,
    layout: get('LayoutDuration') * 1000,
    style: get('RecalcStyleDuration') * 1000,
  };
}

const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

async function run(label: string, body: string | null) {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (body !== null)
    await page.route('**/timeline/', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const t0 = await metrics(page, cdp);
  await page.goto(`http://127.0.0.1:${PORT}/timeline/`);
  await page.locator('#tl-svg a.tl-mark').first().waitFor({ state: 'attached' });
  await frames(page);
  const t1 = await metrics(page, cdp);
  const events = await page.locator('.tl-item').count();
  const box = await page.locator('#tl-svg').boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  // Wheel steps; a step whose frame also ran the end-of-gesture work (d3-zoom ends a wheel gesture
  // 150 ms after the last event: re-pack, move the links, filter the list, write the URL) is counted
  // apart, so "per frame" is the cost of a frame during a gesture.
  const wheel: number[] = [];
  const wheelTask: number[] = [];
  const wheelLayout: number[] = [];
  const wheelStyle: number[] = [];
  const ends: number[] = [];
  const listRuns = () => page.evaluate(() => performance.getEntriesByName('timeline:list').length);
  for (let i = 0; i < STEPS; i++) {
    const before = await listRuns();
    const a = await metrics(page, cdp);
    await page.mouse.wheel(0, i < STEPS / 2 ? -120 : 120);
    await frames(page);
    const b = await metrics(page, cdp);
    if ((await listRuns()) > before) {
      ends.push(b.script - a.script);
      continue;
    }
    wheel.push(b.script - a.script);
    wheelTask.push(b.task - a.task);
    wheelLayout.push(b.layout - a.layout);
    wheelStyle.push(b.style - a.style);
  }
  const buttons: number[] = [];
  for (let i = 0; i < 16; i++) {
    const name = i % 8 < 4 ? 'Zoom in' : 'Zoom out';
    const a = await metrics(page, cdp);
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForTimeout(350); // the animated zoom lasts 250 ms
    await frames(page);
    const b = await metrics(page, cdp);
    buttons.push(b.script - a.script);
  }
  const marks = await page.locator('#tl-svg a.tl-mark').count();
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('timeline:'))
      .map((m) => [m.name, m.duration] as const),
  );
  const byName = new Map<string, number[]>();
  for (const [n, d] of measures) byName.set(n, [...(byName.get(n) ?? []), d]);
  await browser.close();
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(
    `${label.padEnd(16)} ${String(events).padStart(6)} ${String(marks).padStart(6)} ${f(t1.script - t0.script)} ms (main thread ${f(t1.task - t0.task)} ms)   wheel (${wheel.length} frames) p50 ${f(pct(wheel, 50))} p95 ${f(pct(wheel, 95))} max ${f(Math.max(...wheel))} (task p95 ${f(pct(wheelTask, 95))})   gesture end (${ends.length}×) p50 ${f(pct(ends, 50))}   button p50 ${f(pct(buttons, 50))} p95 ${f(pct(buttons, 95))} ms`,
  );
  console.log(
    `${''.padEnd(16)} wheel frame p95: style ${pct(wheelStyle, 95).toFixed(1)} ms, layout ${pct(wheelLayout, 95).toFixed(1)} ms; in-page user timings p95: ${[
      ...byName,
    ]
      .map(
        ([n, ds]) => `${n.replace('timeline:', '')} ${pct(ds, 95).toFixed(1)} ms (${ds.length}×)`,
      )
      .join(', ')}`,
  );
  return pct(wheel, 95);
}

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
let failed = false;
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const js = jsBytes();
  console.log(
    `timeline JS: ${(js.gz / 1024).toFixed(1)} KB gz (${(js.raw / 1024).toFixed(1)} KB raw, ${js.files} file(s)); budget 40 KB gz`,
  );
  if (js.gz > 40 * 1024) failed = true;

  const real = toTimelineEvents(
    JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as Event[],
    JSON.parse(readFileSync('dist/data/reports.json', 'utf8')) as Report[],
  );
  const synthetic = synthesize(real, N, 1);
  const body = html.replace(
    /<div id="tl-years">[\s\S]*?<\/ol><\/section><\/div>/,
    `<div id="tl-years">${listHtml(synthetic)}</div>`,
  );
  if (body === html) throw new Error('could not find the list in dist/timeline/index.html');

  console.log(
    `script time per frame (CDP ScriptDuration), ${STEPS} wheel steps and 16 button clicks; target p95 ≤ 16 ms`,
  );
  console.log(
    'data             events  marks   load          wheel zoom, per frame                                        button zoom, per click (whole animation)',
  );
  await run('real', null);
  const p95 = await run(`synthetic ${N}`, body);
  if (p95 > 16) failed = true;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);

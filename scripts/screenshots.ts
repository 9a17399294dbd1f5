// `npm run screenshots -- [paths…]`: serves dist/ with `astro preview` and saves desktop and phone
// screenshots, light and dark, of the given paths (default: home, /reports/, the first report) into
// screenshots/ for a person to look at. Build first (`npm run build`). Installs a CJK font first when
// the machine has none (Debian, as root), so Chinese names in reports are drawn.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureChromium, ensureCjkFonts } from './find-chromium.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4399);
const firstReport = readdirSync('dist/reports', { withFileTypes: true }).find((d) =>
  d.isDirectory(),
)?.name;
const args = process.argv.slice(2).filter((a) => a !== '--');
const paths = args.length
  ? args
  : ['/', '/reports/', ...(firstReport ? [`/reports/${firstReport}/`] : [])];
mkdirSync('screenshots', { recursive: true });
ensureCjkFonts();

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
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
  for (const [device, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(`http://127.0.0.1:${PORT}${path}`);
        // SCREENSHOT_WAIT=<css selector>: wait for it (e.g. search results) before the picture.
        if (process.env.SCREENSHOT_WAIT)
          await page
            .waitForSelector(process.env.SCREENSHOT_WAIT, { timeout: 15_000 })
            .catch(() => undefined);
        const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';
        const file = `screenshots/${name}.${device}.${scheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

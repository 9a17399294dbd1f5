import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', '4419'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 3000));
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const [w, h, path, out, y0, hh, scheme] = process.argv.slice(2);
  const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: (scheme as 'dark') ?? 'light' });
  await p.goto(`http://127.0.0.1:4419${path}`);
  await p.waitForTimeout(800);
  await p.screenshot({ path: out as string, clip: { x: 0, y: Number(y0), width: Number(w), height: Number(hh) }, fullPage: true });
  await b.close();
} finally {
  server.kill();
}

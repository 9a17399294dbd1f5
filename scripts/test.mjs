// `npm test`: the whole suite, in order, stopping at the first failure with a non-zero exit.
//   1. a Chromium for the end-to-end tests (installs Debian's package when root on Debian)
//   2. astro check (TypeScript + .astro diagnostics)
//   3. vitest unit tests (TZ pinned to UTC)
//   4. a forced build (content cache ignored)
//   5. html-validate over every built page (scripts/check-html.ts)
//   6. a link check of the whole built site, #fragments included (scripts/check-links.ts)
//   7. page-weight budgets of the built pages (scripts/check-weight.ts)
//   8. Playwright end-to-end tests against `astro preview`
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

let chromium;
try {
  chromium = ensureChromium();
} catch (err) {
  console.error(`\n✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const env = { ...process.env, TZ: 'UTC', CHROMIUM_PATH: chromium };
const steps = [
  ['typecheck', 'astro', ['check']],
  ['unit tests', 'vitest', ['run']],
  ['build', 'astro', ['build', '--force']],
  ['html validation', 'node', ['scripts/check-html.ts']],
  ['link check', 'node', ['scripts/check-links.ts']],
  ['page weight', 'node', ['scripts/check-weight.ts']],
  ['end-to-end tests', 'playwright', ['test']],
];

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
}
console.log('\n✓ all checks passed');

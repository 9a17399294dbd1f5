// `npm test`: the whole suite, in order, stopping at the first failure with a non-zero exit.
//   1. a Chromium and a CJK font for the end-to-end tests (installs Debian's packages when root on Debian)
//   2. astro check (TypeScript + .astro diagnostics)
//   3. ESLint (typed; rules in eslint.config.js), no warning allowed
//   4. prettier --check over the project
//   5. vitest unit tests (TZ pinned to UTC)
//   6. a forced build (content cache ignored)
//   7. html-validate over every built page (scripts/check-html.ts)
//   8. a link check of the whole built site, #fragments included (scripts/check-links.ts)
//   9. page-weight budgets of the built pages (scripts/check-weight.ts)
//  10. Playwright end-to-end tests against `astro preview`
// `npm run lint` (`node scripts/test.mjs lint`): steps 3 and 4 alone, after `astro sync` writes the
// Astro types the typed lint reads.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureCjkFonts } from './find-chromium.mjs';

const env = { ...process.env, TZ: 'UTC' };
const lint = [
  ['lint', 'eslint', ['--max-warnings', '0', '.']],
  ['format', 'prettier', ['--check', '.']],
];

function suite() {
  let chromium;
  try {
    chromium = ensureChromium();
  } catch (err) {
    console.error(`\n✗ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  env['CHROMIUM_PATH'] = chromium;
  ensureCjkFonts();
  return [
    ['typecheck', 'astro', ['check']],
    ...lint,
    ['unit tests', 'vitest', ['run']],
    ['build', 'astro', ['build', '--force']],
    ['html validation', 'node', ['scripts/check-html.ts']],
    ['link check', 'node', ['scripts/check-links.ts']],
    ['page weight', 'node', ['scripts/check-weight.ts']],
    ['end-to-end tests', 'playwright', ['test']],
  ];
}

const only = process.argv[2];
if (only !== undefined && only !== 'lint') {
  console.error(`usage: node scripts/test.mjs [lint] (not "${only}")`);
  process.exit(2);
}
const steps = only === 'lint' ? [['astro types', 'astro', ['sync']], ...lint] : suite();
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

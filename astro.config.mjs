// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pageIsNoindex } from './src/lib/build/noindex.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { fileURLToPath } from 'node:url';

// The public origin used for permalinks, citations, canonical links, the feed and the sitemap. Set
// TRIANGULATE_SITE when building for deployment; without it the build says so, since every citation
// would point at the placeholder.
const site = process.env.TRIANGULATE_SITE ?? 'https://triangulate.example.org';
if (!process.env.TRIANGULATE_SITE && process.argv.includes('build'))
  console.warn(
    `[triangulate] TRIANGULATE_SITE is not set: permalinks and citations will point at ${site}. Set it to the public address before deploying.`,
  );

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Pages render four at a time, so one page's file writes overlap the next page's rendering.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    mdx(),
    // sitemap-index.xml + sitemap-N.xml. Pages marked noindex (claim redirects and tombstones) are
    // left out: the filter reads the head of each built page, which exists when the integration runs.
    sitemap({
      filter: (url) =>
        !pageIsNoindex(
          fileURLToPath(new URL(`./dist${new URL(url).pathname}index.html`, import.meta.url)),
        ),
    }),
    // dist/ is kept between builds and pruned of what the build did not write (faster rebuilds).
    staleOutput(),
  ],
  // Content Security Policy on every page (a <meta http-equiv> in <head>): Astro adds hashes of the
  // scripts and styles it bundles to script-src and style-src; nothing else may run. JSON-LD blocks
  // are data, not scripts. The search worker and its index shards load from this origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No code blocks in briefings or pages: Shiki is not loaded (and its inline styles would need CSP hashes).
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
  // Pages whose getStaticPaths entries carry a `cacheKey` (src/lib/build/cache-key.ts) are copied from
  // the previous build when the key and their code are unchanged. `npm run build` passes --force and
  // renders everything; a plain `astro build` reuses.
  experimental: { incrementalBuild: true },
});

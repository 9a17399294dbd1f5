// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public origin used for canonical links, feeds and sitemaps. Override when deploying.
const site = process.env.TRIANGULATE_SITE ?? 'https://triangulate.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
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
  server: { host: '127.0.0.1', port: 4321 },
});

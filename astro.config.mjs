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
  server: { host: '127.0.0.1', port: 4321 },
});

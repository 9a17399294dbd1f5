/**
 * `npm run check:links`: checks every link of the built site (dist/) offline with linkinator,
 * including #fragments (every `#claimId`, `#p-…` and footnote anchor must exist on its page).
 * External links are not fetched (CI has no network) but are listed by count. Exits 1 on any break.
 */
import { LinkChecker } from 'linkinator';

const checker = new LinkChecker();
const started = Date.now();
// Absolute links to the site's own origin (canonical, og:url) are not fetched either; the e2e tests
// check that they equal the page's own path.
let external = 0;
const result = await checker.check({
  path: 'dist',
  recurse: true,
  checkFragments: true,
  // The local server linkinator starts can drop a connection when the machine is busy (status 0);
  // such a link is fetched again, up to three times with backoff, before it counts as broken.
  concurrency: 25,
  retryErrors: true,
  retryErrorsCount: 3,
  retryErrorsJitter: 500,
  linksToSkip: async (url: string) => {
    const skip =
      /^(https?:)?\/\//.test(url) && !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
    if (skip) external++;
    return skip;
  },
});
const broken = result.links.filter((l) => l.state === 'BROKEN');
const checked = result.links.filter((l) => l.state === 'OK').length;
for (const l of broken.slice(0, 20))
  console.error(`BROKEN ${l.status ?? ''} ${l.url}\n  on ${l.parent ?? '?'}`);
const bySection = new Map<string, number>();
for (const l of broken) {
  const key = `${/^(?:dist)?\/?([^/#]+)/.exec(l.url)?.[1] ?? l.url}${l.url.includes('#') ? ' #fragment' : ''}`;
  bySection.set(key, (bySection.get(key) ?? 0) + 1);
}
for (const [k, n] of bySection) console.error(`  ${n} broken under ${k}`);
console.log(
  `links: ${checked} ok, ${broken.length} broken, ${external} external not fetched, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(broken.length ? 1 : 0);

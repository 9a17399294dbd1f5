/**
 * `npm run check:zotero`: captures a page of every type of the built site (dist/) with Zotero's own
 * translation machinery — its translation-server running the Zotero translators, as the Zotero
 * Connector would — and checks the items against the citation model (src/lib/cite/model.ts):
 *
 * - every report page: the item type of its model, title, every author, date, journal / newspaper /
 *   blog title or institution, and this site's report URL;
 * - one claim page per report: the same item as its report (same type, title, authors, container,
 *   URL), with the quotation and its place ("para. 27, sent. 5") in Extra and not in the abstract;
 * - the oldest attested events, an actor, a briefing and the home page: web pages whose date is when
 *   the page last changed, never the historical date they show.
 *
 * Not part of CI (CI cannot fetch the server). Set-up, once, outside the project:
 *
 *   git clone https://github.com/zotero/translation-server ../zotero/translation-server
 *   cd ../zotero/translation-server && git submodule update --init --recursive
 *   # wicked-good-xpath is named by a GitHub URL in its package.json: clone it beside the server
 *   # (git clone https://github.com/zotero/wicked-good-xpath ../wicked-good-xpath) and point the
 *   # dependency at it ("wicked-good-xpath": "file:../wicked-good-xpath"), then:
 *   npm install --omit=dev
 *
 * Run: build the site, then `npm run check:zotero` (it serves dist/ itself on ZOTERO_PREVIEW_PORT,
 * default 4343, and starts the server on ZOTERO_SERVER_PORT, default 1970, bound to 127.0.0.1). ZOTERO_SERVER_DIR names the server's directory
 * (default ../zotero/translation-server); ZOTERO_SERVER_URL uses a server already running instead.
 * With `--json` the captured items are printed as JSON. Exit 0: every capture as expected; 1: a
 * capture differs (each difference is printed); 2: the server is not set up or dist/ is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { readContent } from '../src/lib/loader/read-content.ts';
import { buildCorpus } from '../src/lib/parse/corpus.ts';
import { citationModel, ZOTERO_TYPE, type Work } from '../src/lib/cite/model.ts';
import { outletIndex, parseOutlets } from '../src/lib/cite/outlets.ts';
import { newestDate } from '../src/lib/cite/page-date.ts';

const root = resolve(import.meta.dirname, '..');
const serverDir = resolve(root, process.env['ZOTERO_SERVER_DIR'] ?? '../zotero/translation-server');
const previewPort = Number(process.env['ZOTERO_PREVIEW_PORT'] ?? 4343);
const serverPort = Number(process.env['ZOTERO_SERVER_PORT'] ?? 1970);
const printJson = process.argv.includes('--json');

function setupHelp(problem: string): never {
  console.error(`check:zotero: ${problem}\n`);
  console.error(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*|^ \* ?/gm, ''),
  );
  process.exit(2);
}

if (!existsSync(join(root, 'dist', 'index.html')))
  setupHelp('dist/ is missing: build the site first (npm run build).');
if (!process.env['ZOTERO_SERVER_URL'] && !existsSync(join(serverDir, 'src', 'server.js')))
  setupHelp(
    `no translation-server at ${serverDir} (set ZOTERO_SERVER_DIR, or ZOTERO_SERVER_URL for a running one).`,
  );
if (
  !process.env['ZOTERO_SERVER_URL'] &&
  !existsSync(join(serverDir, 'modules', 'translators', 'Embedded Metadata.js'))
)
  setupHelp(
    `${serverDir}/modules/translators is empty: run git submodule update --init --recursive there.`,
  );

const children: ChildProcess[] = [];
let files: ReturnType<typeof createServer> | undefined;
function start(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): ChildProcess {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}
function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  files?.close();
}
process.on('exit', stopAll);

async function waitFor(url: string, init?: RequestInit, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(url, init);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

// dist/ served as files (a static host would serve it so); not `astro preview`, which runs once per
// project and would clash with an end-to-end run.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};
const dist = join(root, 'dist');
files = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res
    .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise<void>((ok) => files.listen(previewPort, '127.0.0.1', ok));
const preview = `http://127.0.0.1:${previewPort}`;
let server = process.env['ZOTERO_SERVER_URL'];
if (!server) {
  server = `http://127.0.0.1:${serverPort}`;
  // node-config reads NODE_CONFIG: listen on the loopback interface only.
  start(process.execPath, ['src/server.js'], serverDir, {
    NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port: serverPort }),
  });
}
await waitFor(
  `${server}/web`,
  { method: 'POST', body: '', headers: { 'Content-Type': 'text/plain' } },
  120,
);

type Item = Record<string, unknown> & {
  itemType: string;
  creators?: Array<{ firstName?: string; lastName?: string }>;
};
async function capture(path: string): Promise<Item> {
  const res = await fetch(`${server}/web`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: `${preview}${path}`,
  });
  if (!res.ok)
    throw new Error(`translation-server answered ${res.status} for ${path}: ${await res.text()}`);
  const items = (await res.json()) as Item[];
  if (items.length !== 1) throw new Error(`${path}: expected one item, got ${items.length}`);
  const item = items[0]!;
  for (const k of ['key', 'version', 'accessDate', 'libraryCatalog']) delete item[k];
  return item;
}

const site = (() => {
  const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  return new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!);
})();
const corpus = buildCorpus(await readContent(root));
const outletOf = outletIndex(
  parseOutlets(readFileSync(join(root, 'content', 'outlets.yaml'), 'utf8')),
);
const published = new Map(corpus.reports.map((r) => [r.report.id, r.report.published]));

const problems: string[] = [];
const captured: Array<{ page: string; item: Item }> = [];
const expectEq = (page: string, field: string, got: unknown, want: unknown) => {
  if (JSON.stringify(got) !== JSON.stringify(want))
    problems.push(`${page}: ${field} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
};
/** The Zotero field holding a work's container or publisher. */
const holderField = (w: Work) =>
  w.type === 'report' ? 'institution' : w.type === 'post-weblog' ? 'blogTitle' : 'publicationTitle';
const zoteroDate = (iso: string) => iso.replace(/-/g, '/');

function expectWork(page: string, item: Item, w: Work) {
  expectEq(page, 'itemType', item.itemType, ZOTERO_TYPE[w.type]);
  expectEq(page, 'title', item['title'], w.title);
  expectEq(
    page,
    'creators',
    (item.creators ?? []).map((c) => [c.lastName, c.firstName]),
    w.authors.map((a) => [a.family, a.given]),
  );
  expectEq(page, 'date', item['date'], zoteroDate(w.published));
  expectEq(page, holderField(w), item[holderField(w)], w.container ?? w.publisher);
  expectEq(page, 'url', item['url'], w.url);
  // Zotero has a Place field for reports and newspaper articles only.
  if (w.place && (w.type === 'report' || w.type === 'article-newspaper'))
    expectEq(page, 'place', item['place'], w.place);
}

for (const { report } of corpus.reports) {
  const work = citationModel(
    report,
    new URL(`/reports/${report.id}/`, site).href,
    outletOf(report.publisher),
  );
  const reportPage = `/reports/${report.id}/`;
  const r = await capture(reportPage);
  captured.push({ page: reportPage, item: r });
  expectWork(reportPage, r, work);
  const claim =
    corpus.claims.find((c) => c.reportId === report.id && c.sentence > 1) ??
    corpus.claims.find((c) => c.reportId === report.id)!;
  const claimPage = `/claims/${claim.id}/`;
  const c = await capture(claimPage);
  captured.push({ page: claimPage, item: c });
  expectWork(claimPage, c, work);
  const extra = String(c['extra'] ?? '');
  if (!extra.includes(claim.text)) problems.push(`${claimPage}: Extra lacks the quotation`);
  if (!extra.includes(`para. ${claim.paragraph}, sent. ${claim.sentence}`))
    problems.push(`${claimPage}: Extra lacks "para. ${claim.paragraph}, sent. ${claim.sentence}"`);
  if (String(c['abstractNote'] ?? '').includes(claim.text.slice(0, 40)))
    problems.push(`${claimPage}: the quotation is the abstract`);
}

const events = corpus.events
  .filter((e) => e.attestations.length > 0 && !e.date.start.startsWith('-'))
  .sort((a, b) => a.date.start.localeCompare(b.date.start))
  .slice(0, 3);
for (const e of events) {
  const page = `/events/${e.id}/`;
  const item = await capture(page);
  captured.push({ page, item });
  expectEq(page, 'itemType', item.itemType, 'webpage');
  expectEq(page, 'title', item['title'], e.title);
  expectEq(page, 'websiteTitle', item['websiteTitle'], 'Triangulate');
  expectEq(
    page,
    'date',
    item['date'],
    newestDate(e.attestations.map((a) => published.get(a.reportId)!)),
  );
  expectEq(page, 'url', item['url'], new URL(page, site).href);
}
for (const page of ['/actors/nguyen-phu-trong/', '/briefings/oil-rig-crisis-2014/', '/']) {
  const item = await capture(page);
  captured.push({ page, item });
  expectEq(page, 'itemType', item.itemType, 'webpage');
  expectEq(page, 'websiteTitle', item['websiteTitle'], 'Triangulate');
  expectEq(page, 'url', item['url'], new URL(page, site).href);
  if (!/^\d{4}(-\d{2}){0,2}$/.test(String(item['date'] ?? '')))
    problems.push(`${page}: date "${String(item['date'])}" is not the page's date`);
}

if (printJson) console.log(JSON.stringify(captured, null, 2));
else
  for (const { page, item } of captured)
    console.log(
      `${page.padEnd(44)} ${item.itemType.padEnd(17)} ${String(item['date'] ?? '').padEnd(11)} ${String(item['publicationTitle'] ?? item['blogTitle'] ?? item['institution'] ?? item['websiteTitle'] ?? '')}`,
    );
stopAll();
if (problems.length) {
  console.error(
    `\ncheck:zotero: ${problems.length} capture(s) differ from the citation model:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`\ncheck:zotero: ${captured.length} pages captured as expected.`);
process.exit(0);

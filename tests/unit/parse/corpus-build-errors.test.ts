// A real `astro build` stops on bad content with the message of src/lib/parse/corpus.ts: the loader
// does not swallow errors (Astro itself would only log a dangling reference or drop a duplicate id).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { activeContent } from '../../helpers/inert.ts';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-build-'));
for (const p of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
  cpSync(p, join(dir, p), { recursive: true });
}
// Every package is linked, but not Astro's cache (node_modules/.astro): the copy's builds keep their
// incremental cache, content store and memos to themselves and leave the checkout's alone.
mkdirSync(join(dir, 'node_modules'));
for (const entry of readdirSync('node_modules'))
  if (entry !== '.astro')
    symlinkSync(join(process.cwd(), 'node_modules', entry), join(dir, 'node_modules', entry));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Astro colours its log whenever the environment asks for colour (CI may set FORCE_COLOR), which would
// put escape codes between a path and "(cached)": the output is compared without them.
function build(force = true) {
  const r = spawnSync(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', ...(force ? ['--force'] : [])],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    },
  );
  return {
    status: r.status,
    stdout: stripVTControlCharacters(r.stdout),
    stderr: stripVTControlCharacters(r.stderr),
  };
}

describe('astro build on bad content', () => {
  it('fails with file and field when two reports share an id and an event names an unknown actor', () => {
    writeFileSync(
      join(dir, 'content/reports/copy-of-liu.md'),
      readFileSync('content/reports/liu-2016.md', 'utf8'),
    );
    writeFileSync(
      join(dir, 'content/events/zz-bad.yaml'),
      [
        '- id: 2014-bad-event',
        '  title: An event naming an actor nobody curated',
        '  date: { start: "2014-05", precision: month }',
        '  kind: other',
        '  class: verbal-cooperation',
        '  actors: [vietnam, chinaa]',
        '  terms: [bad event]',
        '',
      ].join('\n'),
    );
    const r = build();
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(
      /content\/reports\/copy-of-liu\.md: field "id": duplicate report id "liu-2016", also used by content\/reports\/(liu-2016|copy-of-liu)\.md|content\/reports\/liu-2016\.md: field "id": duplicate report id "liu-2016"/,
    );
    expect(out).toMatch(
      /content\/events\/zz-bad\.yaml: event "2014-bad-event", field "actors\[1\]": unknown actor id "chinaa"/,
    );
  }, 200_000);

  it('fails naming the id when a published permalink can be neither found, re-anchored nor tombstoned', () => {
    rmSync(join(dir, 'content/reports/copy-of-liu.md'), { force: true });
    rmSync(join(dir, 'content/events/zz-bad.yaml'), { force: true });
    const ledger = JSON.parse(readFileSync('content/permalinks.json', 'utf8'));
    ledger.claims['withdrawn-2019-0badc0de'] = {
      report: 'withdrawn-2019',
      exact: 'A sentence from a report that is no longer in the corpus.',
      prefix: '',
      suffix: '',
      section: [],
      paragraph: 1,
      since: '2026-11-22',
    };
    writeFileSync(join(dir, 'content/permalinks.json'), JSON.stringify(ledger));
    const r = build();
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toContain(
      'content/permalinks.json: claim "withdrawn-2019-0badc0de": report "withdrawn-2019" is no longer in content/reports',
    );
  }, 200_000);
});

describe('astro build of a hostile report', () => {
  it('builds, and every page it touches is inert: scripts only from the site, no handlers, no javascript: links', () => {
    writeFileSync(
      join(dir, 'content/permalinks.json'),
      readFileSync('content/permalinks.json', 'utf8'),
    );
    writeFileSync(
      join(dir, 'content/reports/hostile-2026.md'),
      readFileSync('tests/fixtures/hostile/hostile-2026.md', 'utf8'),
    );
    const r = build();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const pages = [
      'dist/reports/hostile-2026/index.html',
      'dist/reports/index.html',
      ...readdirSync(join(dir, 'dist/claims'))
        .filter((d) => d.startsWith('hostile-2026-'))
        .map((d) => `dist/claims/${d}/index.html`),
    ];
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      const active = activeContent(html);
      // The only scripts: the site's own modules (bundled or inlined, hashed in the CSP) and JSON-LD data.
      for (const sc of active.scripts)
        expect(['module', 'application/ld+json'], page).toContain(sc.type);
      expect(active.scripts.map((sc) => sc.text).join(' '), page).not.toContain('alert(');
      expect(active.elements, page).toEqual([]);
      expect(active.attributes, page).toEqual([]);
    }
    const report = readFileSync(join(dir, 'dist/reports/hostile-2026/index.html'), 'utf8');
    expect(report).toContain('Eve &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Mallory');
    expect(report).toMatch(/“(&lt;|&#x3C;)\/script>(&lt;|&#x3C;)script>alert\('quote'\)/);
    // JSON-LD of a claim page stays one closed script element.
    const claimPage = pages.find((p) => p.includes('/claims/'))!;
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
      readFileSync(join(dir, claimPage), 'utf8'),
    );
    expect(() => JSON.parse(ld?.[1] ?? '')).not.toThrow();
    expect(
      JSON.parse(ld?.[1] ?? '{}').isPartOf?.author?.[0]?.name ??
        JSON.stringify(JSON.parse(ld?.[1] ?? '{}')),
    ).toContain('</script>');
  }, 300_000);
});

describe('a rebuild without --force (after the hostile build above)', () => {
  it('keeps unchanged pages, and removes the pages of a deleted report and files no build wrote', () => {
    const claimDirs = () => readdirSync(join(dir, 'dist/claims'));
    const before = claimDirs();
    const hostile = before.filter((d) => d.startsWith('hostile-2026-'));
    expect(hostile.length).toBeGreaterThan(0);
    const kept = 'dist/claims/hayton-2015-90adcbf8/index.html';
    const keptHtml = readFileSync(join(dir, kept), 'utf8');
    // Files from some earlier build that this one will not write.
    const old = new Date(Date.now() - 3_600_000);
    for (const f of ['dist/claims/zz-stale-00000000/index.html', 'dist/_astro/stale.0000.js']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'stale');
      utimesSync(join(dir, f), old, old);
    }
    rmSync(join(dir, 'content/reports/hostile-2026.md'));
    const r = build(false);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('(cached)');
    const after = claimDirs();
    expect(after.filter((d) => d.startsWith('hostile-2026-'))).toEqual([]);
    expect(after.sort()).toEqual(before.filter((d) => !d.startsWith('hostile-2026-')).sort());
    expect(existsSync(join(dir, 'dist/claims/zz-stale-00000000'))).toBe(false);
    expect(existsSync(join(dir, 'dist/_astro/stale.0000.js'))).toBe(false);
    expect(existsSync(join(dir, 'dist/reports/hostile-2026/index.html'))).toBe(false);
    expect(readFileSync(join(dir, 'dist/reports/index.html'), 'utf8')).not.toContain(
      'hostile-2026',
    );
    expect(readFileSync(join(dir, kept), 'utf8')).toBe(keptHtml);
    expect(readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('hostile-2026');
    // The content changed, so the search index was built again: no file of it was copied.
    expect(r.stdout).not.toMatch(/\/search\/index\/[^ ]+\.json \(cached\)/);
    expect(readFileSync(join(dir, 'dist/search/index/meta.json'), 'utf8')).not.toContain(
      'hostile-2026',
    );
  }, 300_000);

  it('with nothing changed, lists the search index from the memo and copies every file of it', () => {
    const indexDir = join(dir, 'dist/search/index');
    const files = readdirSync(indexDir).sort();
    const bodies = files.map((f) => readFileSync(join(indexDir, f), 'utf8'));
    const r = build(false);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    for (const f of files) expect(r.stdout).toContain(`/search/index/${f} (cached)`);
    expect(readdirSync(indexDir).sort()).toEqual(files);
    expect(files.map((f) => readFileSync(join(indexDir, f), 'utf8'))).toEqual(bodies);
    expect(readdirSync(join(dir, 'node_modules/.astro/triangulate'))).toEqual([
      'search-index-files.json',
    ]);
  }, 300_000);
});

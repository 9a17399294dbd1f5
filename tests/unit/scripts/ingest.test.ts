/**
 * The ingest CLI refuses bad input with a clear message, a non-zero exit and nothing written.
 * Spawns `scripts/ingest.ts` with the Node running vitest (process.execPath, Node 24 via npx) into a temp --out dir.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  out = join(dir, 'out');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = readFileSync('tests/fixtures/ingest/web-chrome-pull-quote/input.txt');
const META = [
  '--id',
  'liu-2016',
  '--title',
  'US-Vietnamese Reconciliation',
  '--author',
  'Bojian Liu',
  '--published',
  '2016-02-29',
  '--extraction',
  'web',
  '--origin',
  'CN',
  '--publisher',
  'IPP Review',
  '--kind',
  'commentary',
];

function run(
  file: string,
  args: string[],
): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', file, '--out', out, ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}
function written(): string[] {
  try {
    return readdirSync(out);
  } catch {
    return [];
  }
}
function withFile(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe('ingest CLI', () => {
  it('writes a report and prints its counts for good input', () => {
    const r = run(withFile('liu.txt', GOOD), META);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/liu-2016: \d+ paragraphs, \d+ headings, .*removed: .*chrome \d+/u);
    expect(written()).toEqual(['liu-2016.md']);
  });

  it('writes nothing on --dry-run', () => {
    const r = run(withFile('liu.txt', GOOD), [...META, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dry run');
    expect(written()).toEqual([]);
  });

  describe('what the ingest was unsure of', () => {
    // line 3: a paragraph with a footnote marker and no note text (its dated sentence joins the curated
    // oil-rig event, so it is not listed); line 5: a raw line starting with a number kept inside it;
    // line 7: a one-word heading; line 9: a dated sentence no curated event takes; line 11: a figure
    // caption kept as a paragraph
    const UNSURE = [
      'Introduction',
      '',
      'The rig arrived on 2 May 2014 and stayed for ten weeks, as officials in',
      'Hanoi said many times.1 The talks that followed went on for years and',
      '12 rounds were held before the two sides agreed on anything at all.',
      '',
      'Dams',
      '',
      'Water levels fell along the river in the dry season of 2016 and again.',
      '',
      'Figure 2: Map of the disputed area',
      '',
    ].join('\n');
    const ARGS = [
      '--id',
      'u-1',
      '--title',
      'A Report',
      '--author',
      'A B',
      '--published',
      '2020',
      '--extraction',
      'pdf',
    ];
    const expectList = (stdout: string, file: string): void => {
      expect(stdout).toContain('check 5 decisions the ingest was unsure of:');
      expect(stdout).toContain(`${file}:3: footnote markers without a note text: [^1]`);
      expect(stdout).toContain(`${file}:5: numbered line kept in the body: 12 rounds were held`);
      expect(stdout).toContain(`${file}:7: short line kept as a heading: Dams`);
      expect(stdout).toContain(
        `${file}:9: dated sentence without a curated event: joined no event (2016): Water levels fell`,
      );
      expect(stdout).not.toContain('The rig arrived');
      expect(stdout).toContain(
        `${file}:11: caption-like line kept as a paragraph: Figure 2: Map of the disputed area`,
      );
      // in the order of the raw lines
      expect(stdout.indexOf(':3: ')).toBeLessThan(stdout.indexOf(':11: '));
    };
    it('prints them with line numbers after writing', () => {
      const f = withFile('u.txt', UNSURE);
      const r = run(f, ARGS);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('wrote ');
      expectList(r.stdout, f);
      expect(written()).toEqual(['u-1.md']);
    });
    it('prints the same on --dry-run and writes nothing', () => {
      const f = withFile('u.txt', UNSURE);
      const r = run(f, [...ARGS, '--dry-run']);
      expect(r.code).toBe(0);
      expectList(r.stdout, f);
      expect(written()).toEqual([]);
    });
    it('says when there is nothing to check', () => {
      const f = withFile(
        'ok.txt',
        'Background\n\nThe talks went on for years, and both sides said so.\n',
      );
      const r = run(f, [...ARGS, '--extraction', 'web', '--dry-run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('nothing to check');
    });
  });

  it.each([
    ['an empty file', () => withFile('empty.txt', ''), META, /empty\.txt: the file is empty/u],
    [
      'a whitespace-only file',
      () => withFile('blank.txt', '  \n\n '),
      META,
      /blank\.txt: the file is empty/u,
    ],
    [
      'a binary file',
      () => withFile('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a, 0x0a])),
      META,
      /bin\.txt: the file looks binary/u,
    ],
    [
      'a non-UTF-8 file',
      () =>
        withFile(
          'latin1.txt',
          new Uint8Array([...Buffer.from('Nguy'), 0xea, 0x6e, 0x20, 0x50, 0x68, 0xfa]),
        ),
      META,
      /latin1\.txt: the file is not valid UTF-8 \(first bad byte at offset 4\)/u,
    ],
    [
      'metadata without title',
      () => withFile('a.txt', GOOD),
      META.filter((_, i) => i !== 2 && i !== 3),
      /metadata is missing title/u,
    ],
    [
      'metadata without author',
      () => withFile('a.txt', GOOD),
      META.filter((_, i) => i !== 4 && i !== 5),
      /metadata is missing author/u,
    ],
    [
      'metadata without date',
      () => withFile('a.txt', GOOD),
      META.filter((_, i) => i !== 6 && i !== 7),
      /metadata is missing published \(date\)/u,
    ],
    [
      'an impossible date',
      () => withFile('a.txt', GOOD),
      [...META, '--published', '2015-02-30'],
      /"published": day 30 is impossible in "2015-02-30"/u,
    ],
    [
      'an impossible month',
      () => withFile('a.txt', GOOD),
      [...META, '--published', '2015-13'],
      /month 13 is impossible/u,
    ],
    ['a missing file', () => join(dir, 'nope.txt'), META, /nope\.txt: no such file/u],
  ])('refuses %s: message, exit 1, nothing written', (_label, make, args, message) => {
    const r = run(make(), args);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(1);
    expect(written()).toEqual([]);
  });

  it('refuses an id that already exists unless --force', () => {
    const f = withFile('liu.txt', GOOD);
    expect(run(f, META).code).toBe(0);
    const before = readFileSync(join(out, 'liu-2016.md'), 'utf8');
    writeFileSync(join(out, 'liu-2016.md'), 'hand edit\n');
    const r = run(f, META);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/liu-2016\.md already exists \(id "liu-2016"\); use --force/u);
    expect(readFileSync(join(out, 'liu-2016.md'), 'utf8')).toBe('hand edit\n');
    expect(run(f, [...META, '--force']).code).toBe(0);
    expect(readFileSync(join(out, 'liu-2016.md'), 'utf8')).toBe(before);
  });

  it('reads metadata from a sources.yaml-style list by file name', () => {
    const f = withFile('liu-2016.txt', GOOD);
    const r = run(f, ['--meta', 'content/raw/sources.yaml']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'liu-2016.md'), 'utf8')).toContain('publisher: IPP Review');
  });

  it('refuses a --meta file with no matching record', () => {
    const r = run(withFile('other.txt', GOOD), ['--meta', 'content/raw/sources.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sources\.yaml: no record whose file is "other\.txt"/u);
    expect(written()).toEqual([]);
  });
});

/**
 * A realistic synthetic corpus for benchmarks, recombined from the real one.
 *
 *   node scripts/synth-corpus.ts --claims 10000 --out DIR [--seed 1]
 *
 * writes DIR/content/reports/synth-0001.md … (about 250 claims each, frontmatter valid against
 * src/lib/schemas/report.ts, Markdown sections and paragraphs), a copy of content/actors and
 * content/events and content/eras.yaml, an empty permalink ledger and no briefings, so the site can be built from it:
 * Astro reads content from the project root (`readContent(root)` in src/lib/loader/read-content.ts,
 * `src/content.ts` imports ../content/permalinks.json), so a build benchmark copies the project
 * without its content/ into DIR (symlinking node_modules) and runs `astro build --root DIR`.
 *
 * `synthCorpus({ claims, seed })` returns the same corpus as records (Claim-like claims with text,
 * report, section, kind, actors and dates; reports; the real actors and events) for building a
 * search index without building the site.
 *
 * How sentences are made: each synthetic sentence joins the first clause of one real claim to the
 * rest of another (cut at a comma, semicolon or conjunction), keeps the first claim's kind, actors
 * and dates, and in about one sentence in six a capitalised word is replaced by a name invented for
 * that report from Vietnamese and Chinese syllables, so the vocabulary keeps growing with the corpus
 * as a real one would (Heaps' law), instead of staying at the five reports' ~5,000 words.
 */
import { mkdirSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../src/lib/parse/corpus.ts';
import type { SearchClaim, SearchReport, SearchSource } from '../src/lib/search/build-index.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';

export interface SynthOptions {
  /** Number of claims to make. */
  claims: number;
  /** Seed of the pseudo-random generator: the same seed gives the same corpus. */
  seed?: number;
  /** Claims per report (default 250). */
  perReport?: number;
  /** The real corpus to recombine; read from the project when absent. */
  base?: Corpus;
}

export interface SynthCorpus extends SearchSource {
  reports: Array<SearchReport & { kind: 'report' | 'article' | 'commentary' | 'paper' }>;
  claims: Array<SearchClaim & { paragraph: number }>;
}

const SYLLABLES = [
  'an',
  'bao',
  'binh',
  'chau',
  'cuong',
  'dai',
  'dong',
  'giang',
  'hai',
  'hao',
  'hong',
  'hua',
  'jian',
  'kang',
  'khanh',
  'lan',
  'liang',
  'long',
  'minh',
  'ming',
  'nam',
  'ngoc',
  'phong',
  'qiang',
  'quan',
  'shan',
  'son',
  'tao',
  'thanh',
  'tian',
  'trung',
  'tuan',
  'vinh',
  'wei',
  'xiao',
  'xuan',
  'yang',
  'yong',
  'zhen',
  'zhou',
];

/** Splits a sentence at its first clause boundary: [head, tail], or null when it has none. */
function clauses(text: string): [string, string] | null {
  const m = /^(.{25,}?)(, (?:and |but |while |which )?|; | and | but | while )(.{20,})$/.exec(text);
  return m && m[1] && m[3] ? [m[1], m[3]] : null;
}

export async function synthCorpus(options: SynthOptions): Promise<SynthCorpus> {
  const base = options.base ?? buildCorpus(await readContent(process.cwd()));
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const perReport = options.perReport ?? 250;
  const realClaims = base.claims.filter((c) => c.text.length >= 40);
  const splittable = realClaims
    .map((c) => ({ c, parts: clauses(c.text) }))
    .filter((x) => x.parts !== null);
  const realReports = base.reports.map((r) => r.report);
  const authors = realReports.flatMap((r) => r.authors);
  const sections = [
    ...new Set(base.claims.map((c) => c.section[0]).filter((s): s is string => !!s)),
  ];

  const reports: SynthCorpus['reports'] = [];
  const claims: SynthCorpus['claims'] = [];
  const nReports = Math.max(1, Math.ceil(options.claims / perReport));
  for (let r = 0; r < nReports; r++) {
    const id = `synth-${String(r + 1).padStart(4, '0')}`;
    const model = pick(realReports);
    const year = 1995 + Math.floor(random() * 30);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const names = Array.from({ length: 6 }, () => {
      const n = pick(SYLLABLES) + pick(SYLLABLES);
      return n.charAt(0).toUpperCase() + n.slice(1);
    });
    reports.push({
      id,
      title: `${pick(realReports).title.split(':')[0]}: ${pick(realReports).title.split(':').pop()?.trim() ?? 'Notes'} (${id})`,
      authors: [pick(authors), ...(random() < 0.3 ? [pick(authors)] : [])],
      publisher: pick(realReports).publisher,
      published: `${year}-${month}-${day}`,
      origin: model.origin,
      kind: model.kind,
    });
    const count = Math.min(perReport, options.claims - r * perReport);
    let section = [pick(sections)];
    for (let i = 0; i < count; i++) {
      if (i > 0 && i % 40 === 0) section = [pick(sections)];
      const a = pick(splittable);
      const b = pick(splittable);
      let text =
        a.parts && b.parts && random() < 0.85
          ? `${a.parts[0]}, ${b.parts[1]}`
          : pick(realClaims).text;
      if (random() < 1 / 6) {
        const words = [...text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)];
        const w = words.length ? pick(words) : undefined;
        if (w && w.index !== undefined)
          text = text.slice(0, w.index) + pick(names) + text.slice(w.index + w[0].length);
      }
      const src = a.c;
      claims.push({
        id: `${id}-${(i + 1).toString(16).padStart(8, '0')}`,
        reportId: id,
        text,
        section,
        paragraph: Math.floor(i / 5) + 1,
        kind: src.kind,
        actors: [...src.actors],
        dates: src.dates.filter((d) => d.end <= (a.parts?.[0].length ?? text.length)),
      });
    }
  }
  return { reports, claims, actors: base.actors, events: base.events };
}

/** Writes the corpus as a content tree (see the module doc). */
export function writeContentTree(
  corpus: SynthCorpus,
  out: string,
  projectRoot = process.cwd(),
): void {
  const reportsDir = join(out, 'content', 'reports');
  mkdirSync(reportsDir, { recursive: true });
  for (const dir of ['actors', 'events']) {
    mkdirSync(join(out, 'content', dir), { recursive: true });
    for (const f of readdirSync(join(projectRoot, 'content', dir)))
      copyFileSync(join(projectRoot, 'content', dir, f), join(out, 'content', dir, f));
  }
  // The timeline's named eras, which events refer to.
  copyFileSync(join(projectRoot, 'content', 'eras.yaml'), join(out, 'content', 'eras.yaml'));
  mkdirSync(join(out, 'content', 'briefings'), { recursive: true });
  writeFileSync(
    join(out, 'content', 'permalinks.json'),
    `${JSON.stringify({ $comment: 'Synthetic corpus: no published permalinks.', claims: {} }, null, 2)}\n`,
  );
  const byReport = new Map<string, SynthCorpus['claims']>();
  for (const c of corpus.claims) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
  for (const r of corpus.reports) {
    const front = stringify({
      id: r.id,
      title: r.title,
      authors: r.authors,
      publisher: r.publisher,
      published: r.published,
      kind: r.kind,
      origin: r.origin,
      language: 'en',
      extraction: 'manual',
    });
    let body = '';
    let section = '';
    let paragraph = -1;
    for (const c of byReport.get(r.id) ?? []) {
      const s = c.section[0] ?? 'Introduction';
      if (s !== section) {
        body += `${body ? '\n\n' : ''}## ${s}\n`;
        section = s;
        paragraph = -1;
      }
      body += c.paragraph !== paragraph ? `\n${c.text}` : ` ${c.text}`;
      paragraph = c.paragraph;
    }
    writeFileSync(join(reportsDir, `${r.id}.md`), `---\n${front}---\n\n${body.trim()}\n`);
  }
}

function usage(message: string): never {
  console.error(
    `synth-corpus: ${message}\nusage: node scripts/synth-corpus.ts --claims N --out DIR [--seed S]`,
  );
  process.exit(2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const get = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const n = Number(get('claims'));
  const out = get('out');
  const seed = Number(get('seed') ?? 1);
  if (!Number.isInteger(n) || n < 1) usage('--claims must be a positive integer');
  if (!out) usage('--out DIR is required');
  if (!Number.isInteger(seed)) usage('--seed must be an integer');
  const started = performance.now();
  const corpus = await synthCorpus({ claims: n, seed });
  writeContentTree(corpus, out);
  console.log(
    `${corpus.claims.length} claims in ${corpus.reports.length} reports written to ${join(out, 'content')} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

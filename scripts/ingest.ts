/**
 * CLI for ingest: `npm run ingest -- <raw file> [--meta <yaml>] [--id … --title … --author … --published …]
 * [--dry-run] [--force] [--out <dir>]`. All logic lives in src/lib/ingest/; this only reads, writes and prints.
 * Exit codes: 0 written (or dry run), 1 refused input, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeRaw,
  formatUnsure,
  ingest,
  IngestError,
  unsureHooks,
} from '../src/lib/ingest/ingest.ts';
import { metaFromFlags, metaFromYaml } from '../src/lib/ingest/meta.ts';
import { readContent } from '../src/lib/loader/read-content.ts';
import { unjoinedDatedSentences } from '../src/lib/review/unjoined.ts';

const BOOL = new Set(['dry-run', 'force']);
const args = process.argv.slice(2);
const flags = new Map<string, string[]>();
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a.startsWith('--')) {
    const k = a.slice(2);
    if (BOOL.has(k)) flags.set(k, ['true']);
    else {
      const v = args[++i];
      if (v === undefined) usage(`--${k} needs a value`);
      flags.set(k, [...(flags.get(k) ?? []), v]);
    }
  } else files.push(a);
}
if (files.length !== 1) usage('give exactly one raw file');

function usage(msg: string): never {
  console.error(
    `ingest: ${msg}\nusage: npm run ingest -- <raw file> [--meta <yaml>] [--id ID --title T --author A… --published YYYY[-MM[-DD]] --publisher P --kind K --origin CC --url U --extraction pdf|web|docx|html|manual] [--dry-run] [--force] [--out DIR]`,
  );
  process.exit(2);
}

const file = files[0]!;
try {
  if (!existsSync(file)) throw new IngestError(`${file}: no such file`);
  const text = decodeRaw(new Uint8Array(readFileSync(file)), file);
  const metaPath = flags.get('meta')?.at(-1);
  const fromFile = metaPath
    ? metaFromYaml(readFileSync(metaPath, 'utf8'), file, metaPath, flags.get('id')?.at(-1))
    : {};
  const meta = metaFromFlags(fromFile, flags, file);
  const result = ingest(text, meta, file);
  // dated sentences that joined no curated event, against the project's gazetteer and events
  const content = await readContent('.');
  unsureHooks.push((r) => {
    try {
      return unjoinedDatedSentences(r.markdown, text, content);
    } catch (err) {
      console.warn(
        `warning: could not check the dated sentences against content/events: ${err instanceof Error ? err.message : String(err)}`,
      );
      return [];
    }
  });
  const outDir = flags.get('out')?.at(-1) ?? 'content/reports';
  const target = join(outDir, `${String(result.frontmatter.id)}.md`);
  if (existsSync(target) && !flags.has('force') && !flags.has('dry-run'))
    throw new IngestError(
      `${file}: ${target} already exists (id "${String(result.frontmatter.id)}"); use --force to overwrite`,
    );
  const s = result.stats;
  const removed =
    Object.entries(s.removed)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  console.log(
    `${String(result.frontmatter.id)}: ${s.paragraphs} paragraphs, ${s.headings} headings, ${s.listItems} list items, ${s.tables} tables, ${s.footnotes} footnotes (${s.footnoteDefinitions} definitions), ${s.references} references, ${s.hyphensRestored} hyphens restored; removed: ${removed}`,
  );
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (flags.has('dry-run')) console.log(`(dry run: ${target} not written)`);
  else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, result.markdown);
    console.log(`wrote ${target}`);
  }
  // what the ingest was unsure of, with the raw file's line numbers, for a person to check
  const unsure = [...result.unsure, ...unsureHooks.flatMap((hook) => hook(result))].sort(
    (a, b) => a.line - b.line,
  );
  if (unsure.length) {
    console.log(
      `check ${unsure.length} decision${unsure.length === 1 ? '' : 's'} the ingest was unsure of:`,
    );
    for (const line of formatUnsure(unsure, file)) console.log(`  ${line}`);
  } else
    console.log(
      'nothing to check: no short headings, numbered lines in the body, markers without notes, caption-like lines or dated sentences without a curated event',
    );
} catch (e) {
  if (e instanceof IngestError) {
    console.error(`ingest: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

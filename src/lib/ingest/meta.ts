/** Reading ingest metadata: a sources.yaml-style list of records or a single record map, plus CLI flags; checked against ingestMetaSchema. */
import { parse } from 'yaml';
import { basename } from 'node:path';
import { ingestMetaSchema, type IngestMeta } from '../schemas/ingest-meta.ts';
import { IngestError } from './types.ts';

type Rec = Record<string, unknown>;

/** Picks the metadata record for a raw file from YAML text (a list whose `file` basename or `id` matches, or one map). */
export function metaFromYaml(
  yamlText: string,
  rawFile: string,
  metaFile: string,
  id?: string,
): Partial<IngestMeta> {
  let doc: unknown;
  try {
    doc = parse(yamlText);
  } catch (e) {
    throw new IngestError(`${metaFile}: not valid YAML: ${(e as Error).message}`);
  }
  const base = basename(rawFile);
  let rec: Rec | undefined;
  if (Array.isArray(doc)) {
    rec = (doc as Rec[]).find(
      (r) =>
        (typeof r.file === 'string' && basename(r.file) === base) ||
        (id !== undefined && r.id === id),
    );
    if (!rec)
      throw new IngestError(
        `${metaFile}: no record whose file is "${base}"${id ? ` or whose id is "${id}"` : ''}`,
      );
  } else if (doc && typeof doc === 'object') rec = doc as Rec;
  else throw new IngestError(`${metaFile}: expected a list of records or one record map`);
  return normaliseRecord(rec, base);
}

function normaliseRecord(rec: Rec, base: string): Partial<IngestMeta> {
  const out: Rec = { ...rec, file: typeof rec.file === 'string' ? basename(rec.file) : base };
  if (typeof rec.author === 'string' && !rec.authors) {
    out.authors = [rec.author];
    delete out.author;
  }
  if (rec.published !== undefined && rec.published !== null) out.published = String(rec.published);
  return out as Partial<IngestMeta>;
}

/** Overlays command-line flags (`--author` repeatable) on metadata from a file. */
export function metaFromFlags(
  base: Partial<IngestMeta>,
  flags: Map<string, string[]>,
  rawFile: string,
): Partial<IngestMeta> {
  const out: Rec = { ...base, file: basename(rawFile) };
  const one = (k: string): string | undefined => flags.get(k)?.at(-1);
  for (const k of [
    'id',
    'title',
    'publisher',
    'published',
    'kind',
    'origin',
    'url',
    'extraction',
    'confidence',
    'author_note',
  ]) {
    const v = one(k);
    if (v !== undefined) out[k] = v;
  }
  const authors = flags.get('author');
  if (authors?.length) out.authors = authors;
  return out as Partial<IngestMeta>;
}

/** How a field is named in "metadata is missing …" messages. */
const FIELD_LABEL: Record<string, string> = { authors: 'author', published: 'published (date)' };

/**
 * Validates metadata against ingestMetaSchema; throws naming the file, each missing or bad field and
 * what was expected.
 */
export function checkMeta(
  meta: Partial<IngestMeta> | Record<string, unknown>,
  file: string,
): IngestMeta {
  const input: Rec = { file: basename(file), ...meta };
  const r = ingestMetaSchema.safeParse(input);
  if (r.success) return r.data;
  const missing: string[] = [];
  const bad: string[] = [];
  for (const issue of r.error.issues) {
    const top = String(issue.path[0] ?? '');
    const value = issue.path.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Rec)[k as string] : undefined),
      input,
    );
    const empty =
      value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    if (
      issue.path.length <= 2 &&
      ['id', 'title', 'authors', 'published'].includes(top) &&
      (empty || value === '')
    ) {
      const label = FIELD_LABEL[top] ?? top;
      if (!missing.includes(label)) missing.push(label);
    } else bad.push(`metadata field "${issue.path.join('.')}": ${issue.message}`);
  }
  if (missing.length)
    throw new IngestError(
      `${file}: metadata is missing ${missing.join(', ')}; give --meta <yaml> or --id/--title/--author/--published`,
    );
  throw new IngestError(`${file}: ${bad.join('; ')}`);
}

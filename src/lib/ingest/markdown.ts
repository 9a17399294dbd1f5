/** Markdown pass: text repairs and escaping of block text, the Markdown body, and the frontmatter. */
import { Document, Scalar } from 'yaml';
import { reportSchema } from '../schemas/report.ts';
import { collapseCjkSpacing, restoreLostHyphens } from './text.ts';
import { IngestError, type Block, type IngestContext } from './types.ts';
import type { Notes } from './notes.ts';

/**
 * A block's text repaired (CJK spacing, lost hyphens) and escaped; returns it and how many hyphens were
 * restored. A table row rebuilt as a list item starts with its date in bold: that markup is ours.
 */
export function repairAndEscape(b: Block): { text: string; hyphens: number } {
  const bold = b.kind === 'li' ? (/^\*\*[^*\n]+\*\* — /u.exec(b.text)?.[0] ?? '') : '';
  const r = restoreLostHyphens(
    bold + escapeMarkdownText(collapseCjkSpacing(b.text.slice(bold.length))),
  );
  return { text: r.text, hyphens: r.count };
}

/** The Markdown body: blocks, then `## References`, then footnote definitions. */
export function renderBody(body: readonly Block[], notes: Notes): string {
  let md = '';
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    const line =
      b.kind === 'h'
        ? `${'#'.repeat(b.level ?? 2)} ${b.text}`
        : b.kind === 'li'
          ? `${b.ordinal ? `${b.ordinal}.` : '-'} ${b.text}`
          : b.text;
    const sep = i === 0 ? '' : b.kind === 'li' && body[i - 1]!.kind === 'li' ? '\n' : '\n\n';
    md += sep + line;
  }
  if (notes.references.length)
    md += `\n\n## References\n\n${notes.references.map((r) => `- ${escapeMarkdownText(r)}`).join('\n')}`;
  if (notes.defs.size) md += `\n\n${[...notes.defs].map(([n, t]) => `[^${n}]: ${t}`).join('\n')}`;
  return `${md}\n`;
}

/** The report frontmatter, checked against the report schema. */
export function frontmatterOf(ctx: IngestContext): Record<string, unknown> {
  const { meta } = ctx;
  ctx.removed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const frontmatter: Record<string, unknown> = {
    id: meta.id,
    title: meta.title,
    authors: meta.authors,
    ...(meta.family_names ? { family_names: meta.family_names } : {}),
    ...(meta.author_note ? { author_note: meta.author_note } : {}),
    publisher: meta.publisher,
    published: String(meta.published),
    kind: meta.kind,
    origin: meta.origin,
    ...(meta.url ? { url: meta.url } : {}),
    language: 'en',
    extraction: ctx.extraction,
    ...(meta.confidence ? { confidence: meta.confidence } : {}),
    source: `content/raw/${meta.file}`,
    removed: ctx.removed,
  };
  const parsed = reportSchema.safeParse(frontmatter);
  if (!parsed.success)
    throw new IngestError(
      `${ctx.file}: metadata does not fit the report schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return frontmatter;
}

/** Frontmatter and body as one Markdown file. */
export function toMarkdownFile(frontmatter: Record<string, unknown>, body: string): string {
  const doc = new Document(frontmatter);
  // dates stay strings for every YAML reader (YAML 1.1 readers would turn 2016-02-29 into a Date)
  const pub = doc.get('published', true);
  if (pub instanceof Scalar) pub.type = 'QUOTE_DOUBLE';
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}

/**
 * Raw extractions are plain text, so characters Markdown would read as syntax are escaped: `<` (else
 * "<script>" or "</b>" in a quote would become HTML, which the renderer drops with its text), `*`,
 * `_` and backticks (emphasis and code), `&` before something entity-like, and `[` `]` except in the
 * bracketed note numbers ("[11]") that the footnote step turns into markers.
 */
export function escapeMarkdownText(s: string): string {
  // Bare URLs stay as they are: GFM links them, and an escape inside would end up in the address.
  return s
    .split(/((?:https?:\/\/|www\.)[^\s<>\[\]]+)/u)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdownPart(part)))
    .join('');
}

function escapeMarkdownPart(s: string): string {
  return s
    .replace(/[\\<>*_`]/gu, '\\$&')
    .replace(/&(?=#?\w+;)/gu, '\\&')
    .replace(/\[(?!\d{1,3}\])/gu, '\\[')
    .replace(/(?<!\[\d{1,3})\]/gu, '\\]');
}

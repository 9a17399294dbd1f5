/**
 * Claims from a report's Markdown body: every sentence of every paragraph, list item and table row
 * outside the References/Notes sections and footnote definitions, with a stable id, its section path,
 * positions and a W3C TextQuoteSelector.
 */
import { createHash } from 'node:crypto';
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Claim } from '../schemas/claim.ts';
import { classifyClaim } from './classify.ts';
import { normalizeForId } from './normalize.ts';
import { splitSentences } from './sentences.ts';

/** Sections whose content is apparatus, not body text. */
export const NON_BODY_SECTION =
  /^(references|notes|endnotes|bibliography|sources|works cited|footnotes)$/i;

const CONTEXT = 32;

/** `<reportId>-<8 hex>` of the normalised text (before any repeat suffix). */
export function claimIdBase(reportId: string, text: string): string {
  return `${reportId}-${createHash('sha256').update(normalizeForId(text)).digest('hex').slice(0, 8)}`;
}

/** Markdown source of inline content with footnote references kept as `[^n]` markers. */
function inlineText(node: Paragraph | TableRow | ListItem | Heading): string {
  let out = '';
  const walk = (n: RootContent | Paragraph | TableRow | ListItem | Heading): void => {
    if (n.type === 'footnoteReference') {
      out += `[^${n.label ?? n.identifier}]`;
      return;
    }
    if (n.type === 'text' || n.type === 'inlineCode') {
      out += n.value;
      return;
    }
    if (n.type === 'break') {
      out += ' ';
      return;
    }
    if (n.type === 'tableCell') {
      if (out) out += ' | ';
    }
    if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

interface Block {
  section: string[];
  text: string;
}

/** A report body's Markdown syntax tree (CommonMark and GitHub tables and footnotes). */
export function parseReportMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

/**
 * Lines (1-based, within `markdown`) holding raw HTML, which the reading view would drop with its
 * text. Reports are text: the ingest escapes `<`, so raw HTML in a report is an error to fix.
 */
export function rawHtmlLines(markdown: string | Root): number[] {
  const tree = typeof markdown === 'string' ? parseReportMarkdown(markdown) : markdown;
  const lines = new Set<number>();
  visit(tree, 'html', (node) => {
    if (node.position) lines.add(node.position.start.line);
  });
  return [...lines].sort((a, b) => a - b);
}

/** The body's text blocks (paragraphs, list items, table rows) in document order with their section path. */
export function bodyBlocks(markdown: string | Root): Block[] {
  const tree = typeof markdown === 'string' ? parseReportMarkdown(markdown) : markdown;
  const blocks: Block[] = [];
  const path: Array<{ depth: number; text: string }> = [];
  let skipping = false;
  const visitList = (list: List) => {
    for (const item of list.children) {
      const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
      const text = paragraphs.map((p) => inlineText(p)).join(' ');
      if (text) blocks.push({ section: path.map((p) => p.text), text });
      for (const c of item.children) if (c.type === 'list') visitList(c);
    }
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      while (path.length && (path.at(-1)?.depth ?? 0) >= node.depth) path.pop();
      path.push({ depth: node.depth, text });
      skipping = path.some((p) => NON_BODY_SECTION.test(p.text));
      continue;
    }
    if (skipping || node.type === 'footnoteDefinition' || node.type === 'definition') continue;
    if (node.type === 'paragraph') {
      const text = inlineText(node);
      if (text) blocks.push({ section: path.map((p) => p.text), text });
    } else if (node.type === 'list') {
      visitList(node);
    } else if (node.type === 'table') {
      for (const row of (node as Table).children.slice(1)) {
        const text = inlineText(row);
        if (text) blocks.push({ section: path.map((p) => p.text), text });
      }
    } else if (node.type === 'blockquote') {
      for (const c of node.children)
        if (c.type === 'paragraph')
          blocks.push({ section: path.map((p) => p.text), text: inlineText(c) });
    }
  }
  return blocks;
}

/** Every claim of a report body, deterministic for the same text. */
export function claimsFromMarkdown(reportId: string, body: string | Root): Claim[] {
  const blocks = bodyBlocks(body);
  // The report's plain text: each block with its footnote markers removed, joined by blank lines.
  const drafts: Array<Omit<Claim, 'id' | 'selector'>> = [];
  let plain = '';
  blocks.forEach((block, b) => {
    if (plain) plain += '\n\n';
    const sentences = splitSentences(block.text);
    sentences.forEach((s, k) => {
      if (k > 0) plain += ' ';
      const start = plain.length;
      plain += s.text;
      drafts.push({
        reportId,
        section: block.section,
        paragraph: b + 1,
        sentence: k + 1,
        text: s.text,
        footnotes: s.footnotes,
        position: { start, end: plain.length },
        kind: classifyClaim(s.text),
        actors: [],
        mentions: [],
        dates: [],
        events: [],
      });
    });
  });
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const base = claimIdBase(reportId, d.text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      ...d,
      id: n === 1 ? base : `${base}-${n}`,
      selector: {
        type: 'TextQuoteSelector' as const,
        exact: d.text,
        prefix: plain.slice(Math.max(0, d.position.start - CONTEXT), d.position.start),
        suffix: plain.slice(d.position.end, d.position.end + CONTEXT),
      },
    };
  });
}

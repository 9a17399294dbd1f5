/**
 * Renders a report's Markdown body to HTML for the reading view, with what a researcher needs:
 * a stable anchor on every paragraph (and list item and table row), ids on headings, a table of
 * contents, and GFM footnotes. Raw HTML in a report is never passed through: report text is data, so
 * remark-rehype drops it and every text node is escaped by rehype-stringify.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, PhrasingContent, Text } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { rehypeClaimAnchors, type AnchorClaim, type ClaimAnchorStats } from './claim-anchors.ts';

export interface TocEntry {
  depth: number;
  text: string;
  id: string;
}

/** Finds actor names in a run of text (offsets into it); called on text nodes in document order. */
export type ActorLinker = (text: string) => Array<{ actorId: string; start: number; end: number }>;

export interface RenderedReport {
  html: string;
  toc: TocEntry[];
  /** Paragraph anchors in document order (unique). */
  anchors: string[];
}

/** Whitespace-normalised NFC text, the input of paragraph anchors. */
export function normalizeParagraph(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Stable anchor of a paragraph: `p-` + 8 hex digits of SHA-1 over its normalised text. Re-wrapping or
 * re-numbering the report does not move it; a repeated paragraph gets "-2", "-3"… in document order.
 */
export function paragraphAnchor(text: string): string {
  return `p-${createHash('sha1').update(normalizeParagraph(text)).digest('hex').slice(0, 8)}`;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  // Footnote reference markers are not part of the paragraph's text.
  if (node.tagName === 'sup') return '';
  return node.children.map((c) => textOf(c)).join('');
}

/**
 * A footnote reference whose note text the extraction does not contain (hayton-2015 and
 * gitter-kania-2017 lost their endnotes) is left by the Markdown parser as the literal text "[^12]".
 * Show it as a superscript note number instead, saying the note is not in the source text.
 */
function remarkOrphanNoteMarkers() {
  return (tree: MdastRoot) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !/\[\^[\w-]+\]/.test(node.value)) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(/\[\^([\w-]+)\]/g)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const label = m[1] ?? '';
        parts.push({
          type: 'text',
          value: label,
          data: {
            hName: 'sup',
            hProperties: {
              className: ['note-marker'],
              title: `Note ${label} (its text is not in the extracted source)`,
            },
            hChildren: [{ type: 'text', value: label }],
          },
        });
        last = m.index + m[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/**
 * Links actor names in body text to their profiles. Runs on text nodes in document order (so a bare
 * surname counts only after the full name, as in claims); skips headings, links, footnote markers and
 * the footnotes section. Builds element nodes, never HTML strings, so the text stays escaped.
 */
function rehypeActorLinks(linker: ActorLinker) {
  return (tree: HastRoot) => {
    const walk = (node: Element | HastRoot) => {
      const children = node.children;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (!child) continue;
        if (child.type === 'element') {
          if (
            /^(a|sup|h[1-6]|code)$/.test(child.tagName) ||
            child.properties['dataFootnotes'] !== undefined
          )
            continue;
          walk(child);
          continue;
        }
        if (child.type !== 'text') continue;
        const found = linker(child.value);
        if (!found.length) continue;
        const parts: ElementContent[] = [];
        let at = 0;
        for (const m of found) {
          if (m.start < at) continue;
          if (m.start > at) parts.push({ type: 'text', value: child.value.slice(at, m.start) });
          parts.push({
            type: 'element',
            tagName: 'a',
            properties: { href: `/actors/${m.actorId}/`, className: ['actor'] },
            children: [{ type: 'text', value: child.value.slice(m.start, m.end) }],
          });
          at = m.end;
        }
        if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    };
    walk(tree);
  };
}

const ANCHORED = new Set(['p', 'li', 'tr', 'blockquote']);

function rehypeAnchors(toc: TocEntry[], anchors: string[]) {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    const used = new Map<string, number>();
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (/^h[2-4]$/.test(node.tagName)) {
        const text = textOf(node).trim();
        // Keep ids other markup points at (GFM's footnote label is referenced by aria-describedby).
        const existing = node.properties['id'];
        const id = typeof existing === 'string' ? existing : `s-${slugger.slug(text) || 'section'}`;
        node.properties['id'] = id;
        toc.push({ depth: Number(node.tagName.slice(1)), text, id });
        return;
      }
      if (!ANCHORED.has(node.tagName)) return;
      // Inside the footnotes section items already carry GFM's own ids; paragraphs inside list items
      // are anchored through the item.
      if (node.properties['id'] !== undefined) return;
      if (
        node.tagName === 'p' &&
        parent &&
        'tagName' in parent &&
        (parent.tagName === 'li' || parent.tagName === 'blockquote')
      )
        return;
      const text = textOf(node);
      if (!text.trim()) return;
      const base = paragraphAnchor(text);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      node.properties['id'] = id;
      anchors.push(id);
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['anchor'], ariaLabel: 'Link to this paragraph' },
        children: [{ type: 'text', value: '¶' }],
      };
      const target =
        node.tagName === 'tr'
          ? (node.children.find((c) => c.type === 'element') as Element | undefined)
          : node;
      target?.children.push({ type: 'text', value: ' ' }, link);
    });
  };
}

/**
 * What the reading view lets through: GitHub's schema (rehype-sanitize), which drops every element,
 * attribute and URL scheme not on its lists (`<script>`, `on*` handlers, `javascript:` and `data:`
 * links), plus the classes, ids and ARIA attributes our own plugins add. Ids are already unique and
 * prefixed by us (`clobberPrefix`), so they are not clobbered again.
 */
const SANITIZE: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    // GitHub's per-element class lists ("footnotes", "task-list-item"…) would strip ours: any class.
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
        tag,
        list.filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ]),
    ),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'ariaHidden', 'ariaLabel'],
  },
};

/**
 * Renders a report body. `clobberPrefix` is put before footnote ids (`fn-1`, `fnref-1`); `linkActors`,
 * when given, turns actor names into links to their profiles; `claims` makes every claim addressable.
 */
export function renderReport(
  markdown: string,
  options: {
    clobberPrefix?: string;
    linkActors?: ActorLinker;
    /** The report's claims in document order: each gets a `#<claimId>` anchor and a permalink. */
    claims?: readonly AnchorClaim[];
    /** Filled with how the claims were anchored. */
    claimStats?: ClaimAnchorStats;
  } = {},
): RenderedReport {
  const clobberPrefix = options.clobberPrefix ?? '';
  const linker = options.linkActors;
  const toc: TocEntry[] = [];
  const anchors: string[] = [];
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkOrphanNoteMarkers)
    .use(remarkRehype, {
      clobberPrefix,
      footnoteLabel: 'Notes',
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: {},
    })
    .use(() => (linker ? rehypeActorLinks(linker) : () => undefined))
    .use(() =>
      options.claims ? rehypeClaimAnchors(options.claims, options.claimStats) : () => undefined,
    )
    .use(() => rehypeAnchors(toc, anchors))
    .use(rehypeSanitize, SANITIZE)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(file), toc, anchors };
}

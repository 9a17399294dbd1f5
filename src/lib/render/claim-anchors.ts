/**
 * Makes every claim addressable in the reading view: each claim's sentence is wrapped in
 * `<span class="claim" id="<claimId>">` with a small permalink (`a.claim-link`) at its end, so
 * `/reports/<id>/#<claimId>` scrolls to it and `:target` highlights it.
 *
 * Blocks are enumerated exactly as `bodyBlocks` (src/lib/parse/claims.ts) enumerates them — top-level
 * paragraphs, list items, table body rows and blockquote paragraphs outside the References/Notes
 * sections — so the claims of paragraph N are looked for in block N. Inside a block the claim text is
 * found with all whitespace ignored (footnote markers and soft line breaks change spacing only), and
 * the matching range of the tree is split and wrapped. Inline elements cut by a sentence boundary
 * (an emphasis spanning two sentences) are split into two clones; a claim that crosses block-level
 * children (two table cells) gets an empty anchor span at its start instead. Footnote markers
 * (`sup`) have no text: at a boundary they stay with the sentence they follow.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { NON_BODY_SECTION } from '../parse/claims.ts';

export interface AnchorClaim {
  id: string;
  /** 1-based block position, as in `Claim.paragraph`. */
  paragraph: number;
  text: string;
}

export interface ClaimAnchorStats {
  /** Claims wrapped as a highlighted range. */
  wrapped: number;
  /** Claims given only an anchor point (their text crosses block-level elements). */
  points: number;
  /** Claims whose text was not found in their block: anchored at the block's start. */
  unmatched: string[];
}

const BLOCK = /^(p|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|div|section|h[1-6])$/;

/** Elements whose text is not part of the claim text (footnote markers, permalinks). */
function isZeroWidth(node: ElementContent): boolean {
  if (node.type !== 'element') return node.type !== 'text';
  if (node.tagName === 'sup') return true;
  const cls = node.properties['className'];
  return Array.isArray(cls) && (cls.includes('claim-link') || cls.includes('anchor'));
}

function isNestedList(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

function lengthOf(node: ElementContent): number {
  if (isZeroWidth(node) || isNestedList(node)) return 0;
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element') return 0;
  let n = 0;
  for (const c of node.children) n += lengthOf(c);
  return n;
}

function textOf(node: ElementContent): string {
  if (isZeroWidth(node) || isNestedList(node)) return '';
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

/** Splits a node at a text offset into a left and a right part; zero-width content stays left. */
function splitNode(
  node: ElementContent,
  offset: number,
): [ElementContent | null, ElementContent | null] {
  const len = lengthOf(node);
  if (offset <= 0 && !isZeroWidth(node) && len > 0) return [null, node];
  if (offset >= len) return [node, null];
  if (node.type === 'text')
    return [
      { type: 'text', value: node.value.slice(0, offset) },
      { type: 'text', value: node.value.slice(offset) },
    ];
  if (node.type !== 'element') return [node, null];
  const [left, right] = splitChildren(node.children, offset);
  return [
    { ...node, properties: { ...node.properties }, children: left },
    { ...node, properties: { ...node.properties }, children: right },
  ];
}

function splitChildren(
  children: ElementContent[],
  offset: number,
): [ElementContent[], ElementContent[]] {
  const left: ElementContent[] = [];
  const right: ElementContent[] = [];
  let at = 0;
  for (const child of children) {
    const len = lengthOf(child);
    if (at + len <= offset && !(len === 0 && at === offset && right.length > 0)) {
      if (right.length === 0) left.push(child);
      else right.push(child);
    } else if (at >= offset) {
      right.push(child);
    } else {
      const [l, r] = splitNode(child, offset - at);
      if (l) left.push(l);
      if (r) right.push(r);
    }
    at += len;
  }
  return [left, right];
}

function claimSpan(id: string, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['claim'], id },
    children: [
      ...children,
      {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `/claims/${id}/`,
          className: ['claim-link'],
          ariaLabel: 'Permalink to this claim',
        },
        children: [],
      },
    ],
  };
}

/**
 * Wraps the text range [start, end) of `container` in a claim span. Recurses into the single child
 * that holds the whole range; returns false when the range crosses block-level children.
 */
function wrapRange(container: Element, start: number, end: number, id: string): boolean {
  const kids = container.children;
  const offsets: number[] = [];
  let at = 0;
  for (const c of kids) {
    offsets.push(at);
    at += lengthOf(c);
  }
  // The single child that holds the whole range (it must have text there).
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    const s = offsets[i] ?? 0;
    const len = c ? lengthOf(c) : 0;
    if (c && c.type === 'element' && len > 0 && s <= start && end <= s + len && !isZeroWidth(c)) {
      const whole = start === s && end === s + len;
      if (BLOCK.test(c.tagName) || !whole) return wrapRange(c, start - s, end - s, id);
    }
  }
  if (
    container.tagName === 'tr' ||
    container.tagName === 'table' ||
    container.tagName === 'ul' ||
    container.tagName === 'ol'
  )
    return false;
  const [before, rest] = splitChildren(kids, start);
  const [inside, after] = splitChildren(rest, end - start);
  if (inside.some((c) => c.type === 'element' && BLOCK.test(c.tagName))) return false;
  container.children = [...before, claimSpan(id, inside), ...after];
  return true;
}

/** Inserts an empty anchor for a claim at text offset `start` of the block (its first text leaf). */
function pointAnchor(block: Element, start: number, id: string): void {
  const span: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['claim', 'claim-point'], id },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `/claims/${id}/`,
          className: ['claim-link'],
          ariaLabel: 'Permalink to this claim',
        },
        children: [],
      },
    ],
  };
  // Descend to the deepest phrasing container that holds the offset.
  let node: Element = block;
  let offset = start;
  for (;;) {
    let at = 0;
    let next: Element | null = null;
    for (const c of node.children) {
      const len = lengthOf(c);
      if (
        c.type === 'element' &&
        len > 0 &&
        at <= offset &&
        offset < at + len &&
        BLOCK.test(c.tagName)
      ) {
        next = c;
        offset -= at;
        break;
      }
      at += len;
    }
    if (!next) break;
    node = next;
  }
  const [before, after] = splitChildren(node.children, offset);
  node.children = [...before, span, ...after];
}

/**
 * Text with whitespace removed (and, for table rows, the " | " that claims put between cells), and
 * for each kept character its offset in the original.
 */
function squeeze(text: string, dropBars = false): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch) || (dropBars && ch === '|')) continue;
    out += ch;
    map.push(i);
  }
  return { text: out, map };
}

function headingText(node: Element): string {
  return textOf(node).trim();
}

/** The body's blocks in the order `bodyBlocks` gives them. */
function bodyBlockElements(tree: Root): Element[] {
  const blocks: Element[] = [];
  const path: Array<{ depth: number; text: string }> = [];
  let skipping = false;
  const visitList = (list: Element) => {
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      if (lengthOf(item) > 0) blocks.push(item);
      for (const c of item.children) if (isNestedList(c)) visitList(c as Element);
    }
  };
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'element') continue;
    const h = /^h([1-6])$/.exec(node.tagName);
    if (h) {
      const depth = Number(h[1]);
      while (path.length && (path.at(-1)?.depth ?? 0) >= depth) path.pop();
      path.push({ depth, text: headingText(node) });
      skipping = path.some((p) => NON_BODY_SECTION.test(p.text));
      continue;
    }
    if (skipping) continue;
    if (node.tagName === 'section') continue; // GFM footnotes
    if (node.tagName === 'p') {
      if (lengthOf(node) > 0) blocks.push(node);
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      visitList(node);
    } else if (node.tagName === 'table') {
      for (const part of node.children) {
        if (part.type !== 'element' || part.tagName !== 'tbody') continue;
        for (const row of part.children)
          if (row.type === 'element' && row.tagName === 'tr' && lengthOf(row) > 0) blocks.push(row);
      }
    } else if (node.tagName === 'blockquote') {
      for (const c of node.children) if (c.type === 'element' && c.tagName === 'p') blocks.push(c);
    }
  }
  return blocks;
}

/** The rehype plugin: wraps each claim of `claims` (document order) in its block. */
export function rehypeClaimAnchors(claims: readonly AnchorClaim[], stats?: ClaimAnchorStats) {
  return (tree: Root) => {
    const blocks = bodyBlockElements(tree);
    const byBlock = new Map<number, AnchorClaim[]>();
    for (const c of claims) {
      const list = byBlock.get(c.paragraph) ?? [];
      list.push(c);
      byBlock.set(c.paragraph, list);
    }
    for (const [paragraph, list] of byBlock) {
      const block = blocks[paragraph - 1];
      if (!block) {
        stats?.unmatched.push(...list.map((c) => c.id));
        continue;
      }
      // Search from the end of the previous claim; wrap from the last claim backwards so earlier
      // offsets stay valid while the tree changes.
      const full = textOf(block);
      const row = block.tagName === 'tr';
      const sq = squeeze(full, row);
      let cursor = 0;
      const ranges: Array<
        | { claim: AnchorClaim; start: number; end: number }
        | { claim: AnchorClaim; start: -1; end: -1 }
      > = [];
      for (const claim of list) {
        const needle = squeeze(claim.text, row).text;
        const at = needle ? sq.text.indexOf(needle, cursor) : -1;
        if (at < 0) {
          ranges.push({ claim, start: -1, end: -1 });
          continue;
        }
        const start = sq.map[at] ?? 0;
        const end = (sq.map[at + needle.length - 1] ?? start) + 1;
        ranges.push({ claim, start, end });
        cursor = at + needle.length;
      }
      for (const r of ranges.reverse()) {
        if (r.start < 0) {
          stats?.unmatched.push(r.claim.id);
          pointAnchor(block, 0, r.claim.id);
          continue;
        }
        if (wrapRange(block, r.start, r.end, r.claim.id)) {
          if (stats) stats.wrapped++;
        } else {
          if (stats) stats.points++;
          pointAnchor(block, r.start, r.claim.id);
        }
      }
    }
  };
}

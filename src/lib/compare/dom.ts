/**
 * A small element builder for the comparison's browser code: attributes are set one by one and
 * children given as strings become text nodes, so report text is never parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(
  doc: Document,
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Child | Child[]>
): HTMLElement {
  const node = doc.createElement(tag);
  setAttrs(node, attrs);
  append(doc, node, children);
  return node;
}

export function svg(
  doc: Document,
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Child | Child[]>
): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(node, attrs);
  append(doc, node, children);
  return node;
}

function setAttrs(
  node: Element,
  attrs: Record<string, string | number | boolean | undefined>,
): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'style') throw new Error('style attributes are not allowed under the page’s CSP');
    node.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(doc: Document, node: Node, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
}

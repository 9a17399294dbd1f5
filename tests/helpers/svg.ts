/**
 * A stable text form of rendered SVG (or any DOM subtree) for snapshot tests: one element per line,
 * indented by depth, attributes sorted by name, numbers in attribute values rounded (to `digits`
 * decimals; `-0` is `0`; not in names, links and labels), and ids renumbered in document order (`id-1`, `id-2`, …) together with the
 * references to them (`url(#…)`, `href="#…"`, `aria-describedby`, `aria-labelledby`, `clip-path`).
 * Text nodes are kept (trimmed), each on its own line. What a snapshot of it holds is what the chart
 * draws: a layer that changes a shape, a position by a tenth of a pixel, a class or a label fails it.
 */

/** Decimals and exponent forms (d3 writes 1e-7 for a near-zero position); integers are left alone. */
const NUMBER = /-?\d+(?:\.\d+)?e[-+]?\d+|-?\d+\.\d+/gi;
/** Attributes that hold text or names, not geometry: never rounded. */
const TEXT_ATTRIBUTE = /^(aria-.*|data-.*|href|id|class|role)$/;
const ID_LISTS = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns']);

export function roundNumbers(value: string, digits = 1): string {
  return value.replace(NUMBER, (n) => {
    const r = Number(Number(n).toFixed(digits));
    return String(Object.is(r, -0) ? 0 : r);
  });
}

export function normaliseSvg(root: Element, options: { digits?: number } = {}): string {
  const digits = options.digits ?? 1;
  const ids = new Map<string, string>();
  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    const id = el.getAttribute('id');
    if (id !== null && !ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  }
  const renumber = (name: string, value: string): string => {
    if (name === 'id') return ids.get(value) ?? value;
    if (ID_LISTS.has(name))
      return value
        .split(/\s+/)
        .map((t) => ids.get(t) ?? t)
        .join(' ');
    return value.replace(/#([\w:.-]+)/g, (m, id: string) => {
      const n = ids.get(id);
      return n ? `#${n}` : m;
    });
  };
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').trim();
      if (text) lines.push(`${pad}"${text}"`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const attrs = [...el.attributes]
      .map((a) => [
        a.name,
        renumber(a.name, TEXT_ATTRIBUTE.test(a.name) ? a.value : roundNumbers(a.value, digits)),
      ])
      .sort(([a], [b]) => (a as string).localeCompare(b as string))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    const children = [...el.childNodes].filter(
      (c) => c.nodeType === 1 || (c.nodeType === 3 && (c.textContent ?? '').trim()),
    );
    if (!children.length) {
      lines.push(`${pad}<${el.localName}${attrs} />`);
      return;
    }
    lines.push(`${pad}<${el.localName}${attrs}>`);
    for (const c of children) walk(c, depth + 1);
    lines.push(`${pad}</${el.localName}>`);
  };
  walk(root, 0);
  return lines.join('\n');
}

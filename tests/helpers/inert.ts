/**
 * What an HTML page would run, read with parse5 (the HTML standard's parsing algorithm, as browsers
 * parse it): every script element, event-handler attribute and script-scheme URL. Tests of hostile
 * content expect the lists to hold only the site's own scripts.
 */
import { parse, parseFragment } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

export interface Active {
  /** `<script>` elements: type, src and the first characters of the inline text. */
  scripts: Array<{ type: string; src: string; text: string }>;
  /** Elements that have no business in report text (iframe, object, embed, base, frames). */
  elements: string[];
  /**
   * `on…=` attributes and href/src/action/formaction values with a javascript:, data: or vbscript:
   * scheme — except a download link (`<a download>`) to a `data:` URL of a citation file type
   * (RIS, CSL-JSON), which browsers save as a file and never render or run.
   */
  attributes: string[];
}

/** `data:` media types of the site's "Add to reference manager" downloads. */
const INERT_DOWNLOADS =
  /^data:(application\/x-research-info-systems|application\/vnd\.citationstyles\.csl\+json);charset=utf-8,/;

const DANGEROUS = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);

export function activeContent(html: string, fragment = false): Active {
  const root = (fragment ? parseFragment(html) : parse(html)) as unknown as Node;
  const out: Active = { scripts: [], elements: [], attributes: [] };
  const walk = (n: Node) => {
    const attrs = n.attrs ?? [];
    const attr = (name: string) => attrs.find((a) => a.name === name)?.value ?? '';
    if (n.nodeName === 'script') {
      const text = (n.childNodes ?? [])
        .map((c) => (c as unknown as { value?: string }).value ?? '')
        .join('');
      out.scripts.push({ type: attr('type'), src: attr('src'), text: text.slice(0, 40) });
    }
    if (DANGEROUS.has(n.nodeName)) out.elements.push(n.nodeName);
    for (const a of attrs) {
      if (/^on/i.test(a.name)) out.attributes.push(`${n.nodeName} ${a.name}="${a.value}"`);
      const inertDownload =
        n.nodeName === 'a' &&
        a.name === 'href' &&
        attrs.some((d) => d.name === 'download') &&
        INERT_DOWNLOADS.test(a.value);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
        /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\u0000-\u001f]/g, '')) &&
        !inertDownload
      )
        out.attributes.push(`${n.nodeName} ${a.name}="${a.value}"`);
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(root);
  return out;
}

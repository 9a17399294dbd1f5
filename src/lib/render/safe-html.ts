/**
 * The one place HTML strings for `set:html` come from. Everything else on a page is text that Astro
 * escapes. tests/unit/render/safe-html.test.ts fails when a `set:html` in src/ takes anything but these.
 *
 * - `jsonScriptHtml`: JSON for a data `<script>` (JSON-LD, page data for a client script); `<`, `>`, `&`, U+2028 and U+2029 are
 *   written as \u escapes, so report text such as "</script>" cannot close the element.
 * - `reportBodyHtml`: a report body from `renderReport`, whose pipeline drops raw HTML, runs
 *   rehype-sanitize (GitHub's schema: no scripts, no `on…` attributes, only http(s)/mailto links) and
 *   escapes every text node (rehype-stringify).
 */
import { renderReport, type RenderedReport } from './report-html.ts';

declare const audited: unique symbol;
/** A string of HTML produced by one of the helpers below. */
export type SafeHtml = string & { readonly [audited]: true };

/** JSON text safe inside a data script element (`<script type="application/ld+json">`, `application/json`). */
export function jsonScriptHtml(value: unknown): SafeHtml {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029') as SafeHtml;
}

/** A report body rendered for the reading view (see `renderReport` for the options). */
export function reportBodyHtml(
  markdown: string,
  options: Parameters<typeof renderReport>[1],
): Omit<RenderedReport, 'html'> & { html: SafeHtml } {
  const rendered = renderReport(markdown, options);
  return { ...rendered, html: rendered.html as SafeHtml };
}

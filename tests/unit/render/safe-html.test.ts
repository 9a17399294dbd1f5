// Report text reaches HTML only through Astro's escaping or through src/lib/render/safe-html.ts: every
// `set:html` in the source must take the output of one of its helpers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonScriptHtml } from '../../../src/lib/render/safe-html.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : /\.(astro|mdx|ts|tsx)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

describe('set:html', () => {
  const uses = files('src').flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/set:html=\{\s*([\w.]+)/g)].map((m) => ({
      file: f,
      expr: m[1] ?? '',
    })),
  );

  it('is used only with the audited helpers (jsonScriptHtml, reportBodyHtml output)', () => {
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      const source = readFileSync(u.file, 'utf8');
      const ok =
        u.expr === 'jsonScriptHtml' ||
        (/^(\w+)\.html$/.test(u.expr) &&
          new RegExp(`const ${u.expr.split('.')[0]} = reportBodyHtml\\(`).test(source));
      expect(
        ok,
        `${u.file}: set:html={${u.expr}…} must come from src/lib/render/safe-html.ts`,
      ).toBe(true);
    }
  });

  it('jsonScriptHtml leaves nothing that could end the script element or start markup', () => {
    const text = jsonScriptHtml({ q: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ q: '</script><script>alert(1)</script> & <!-- \u2028' });
  });
});

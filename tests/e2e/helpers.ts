import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** WCAG 2.2 AA, as the design asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Starts summing layout shifts not caused by input (CLS) from the page's first paint on; call before goto. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!e.hadRecentInput) {
          w.__cls += e.value;
          w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms`);
        }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed since `watchLayoutShifts`, and each shift. */
export function layoutShifts(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

export interface ReportFile {
  id: string;
  title: string;
  authors: string[];
  published: string;
  headings: string[];
  /** The Markdown body, frontmatter removed. */
  body: string;
}

/** The reports as committed in content/reports, read straight from the files (not from the site). */
export function reportFiles(): ReportFile[] {
  return readdirSync('content/reports')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(`content/reports/${f}`, 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const data = parse(fm?.[1] ?? '') as {
        id: string;
        title: string;
        authors: string[];
        published: string;
      };
      const body = text.slice(fm?.[0].length ?? 0);
      const headings = [...body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => m[1] ?? '');
      return {
        id: data.id,
        title: data.title,
        authors: data.authors,
        published: data.published,
        headings,
        body,
      };
    });
}
